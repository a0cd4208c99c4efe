import { conformanceSuite } from "../conformance.ts";
import { baselines } from "./index.ts";

for (const summarizer of baselines) conformanceSuite(summarizer);
