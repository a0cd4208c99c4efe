import type { PreparedCluster } from "../types.ts";

/**
 * Orders chosen sentences for reading: by relative position in their document (leads first,
 * as news is written top-down), then by document order; sentences of one document keep
 * their source order.
 */
export function orderForReading(cluster: PreparedCluster, chosen: number[]): number[] {
  const rel = (i: number): number => {
    const s = cluster.sentences[i];
    if (!s) return 0;
    const n = cluster.documents[s.doc]?.sentences.length ?? 1;
    return n > 1 ? s.index / (n - 1) : 0;
  };
  return [...chosen].sort((a, b) => {
    const sa = cluster.sentences[a];
    const sb = cluster.sentences[b];
    if (sa && sb && sa.doc === sb.doc) return sa.index - sb.index;
    return rel(a) - rel(b) || (sa?.doc ?? 0) - (sb?.doc ?? 0);
  });
}
