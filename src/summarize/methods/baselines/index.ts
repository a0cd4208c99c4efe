import type { Summarizer } from "../../types.ts";

/** Baseline summarizers (lead, LexRank, …), each in its own file. */
export const baselines: Summarizer[] = [];
