import { Picker } from "../../select.ts";
import type { Budget, PreparedCluster, Selection } from "../../types.ts";

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): repeatedly offer the sentence that
 * maximizes λ·relevance(i) − (1−λ)·max_{j taken} sim(i, j), relevance scaled to [0, 1], until
 * the budget is full or every sentence was offered. Ties go to the earlier sentence.
 */
export function selectMmr(
  cluster: PreparedCluster,
  budget: Budget,
  relevance: ArrayLike<number>,
  similarity: (i: number, j: number) => number,
  lambda: number,
): Selection {
  const n = cluster.sentences.length;
  let top = 0;
  for (let i = 0; i < n; i++) top = Math.max(top, relevance[i] as number);
  const rel = Float64Array.from({ length: n }, (_, i) =>
    top > 0 ? (relevance[i] as number) / top : 0,
  );
  const maxSim = new Float64Array(n);
  const offered = new Uint8Array(n);
  const picker = new Picker(cluster, budget);
  for (let round = 0; round < n && !picker.full; round++) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (offered[i]) continue;
      const value = lambda * (rel[i] as number) - (1 - lambda) * (maxSim[i] as number);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    offered[best] = 1;
    if (!picker.offer(best)) continue;
    for (let i = 0; i < n; i++) {
      if (!offered[i]) maxSim[i] = Math.max(maxSim[i] as number, similarity(i, best));
    }
  }
  return picker.selection(Array.from(relevance), true);
}
