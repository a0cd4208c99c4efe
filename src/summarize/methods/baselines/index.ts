import type { Summarizer } from "../../types.ts";
import { anchor } from "./anchor.ts";
import { centroid } from "./centroid.ts";
import { firstK } from "./first-k.ts";
import { lead } from "./lead.ts";
import { lexrank } from "./lexrank.ts";
import { oracle } from "./oracle.ts";
import { textrank } from "./textrank.ts";

/**
 * Baseline summarizers, each in its own file. The oracle reads the references
 * (`needsReferences`): the registry offers it only to `tomtat eval`.
 */
export const baselines: Summarizer[] = [lead, firstK, anchor, lexrank, textrank, centroid, oracle];
