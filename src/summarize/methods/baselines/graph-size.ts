import { TomtatError } from "../../../errors.ts";

/**
 * Most sentences a graph baseline takes: LexRank and TextRank hold all n² sentence pairs
 * (5,000 sentences: 200 MB, a few seconds). A cluster of 100 long news articles has about
 * 2,600 sentences; a larger one is refused rather than left to run for minutes or run out of
 * memory (13,109 sentences took 27 s and 2.8 GB with LexRank).
 */
export const MAX_GRAPH_SENTENCES = 5000;

export function checkGraphSize(method: string, sentences: number): void {
  if (sentences > MAX_GRAPH_SENTENCES) {
    throw new TomtatError(
      "E_TOO_LARGE",
      `method ${method} compares every pair of sentences; this cluster has ${sentences} sentences, the limit is ${MAX_GRAPH_SENTENCES} (the default method tomtat has none)`,
    );
  }
}
