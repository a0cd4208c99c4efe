import { fill } from "../../select.ts";
import type { Summarizer } from "../../types.ts";
import { positionScores, roundRobin } from "./lead.ts";

/**
 * The first `k` sentences of each document (EVALUATION.md's "first two sentences" baseline),
 * offered round-robin so every document gets its first sentence in, output in document order.
 */
export function createFirstK(k: number): Summarizer {
  return {
    name: "first-k",
    description: `baseline: the first ${k} sentences of each document, in document order`,
    select(cluster, budget) {
      const order = roundRobin(cluster, k);
      return fill(cluster, order, budget, {
        scores: positionScores(cluster, order),
        sourceOrder: true,
      });
    },
    candidates: (cluster) => roundRobin(cluster, k),
  };
}

export const firstK = createFirstK(2);
