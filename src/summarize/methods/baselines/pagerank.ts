export interface PageRankOptions {
  damping?: number;
  /** Stop when the L1 change of an iteration falls below this; default 1e-6. */
  tolerance?: number;
  maxIterations?: number;
}

/**
 * Weighted PageRank by power iteration (Brin & Page 1998; as used by LexRank, Erkan & Radev
 * 2004, and TextRank, Mihalcea & Tarau 2004): p ← (1−d)/n + d · Σ_j p_j · w_ji / Σ_k w_jk.
 * A node without edges spreads its mass evenly.
 */
export function pagerank(
  weights: Float64Array,
  n: number,
  options: PageRankOptions = {},
): Float64Array {
  const d = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-6;
  const maxIterations = options.maxIterations ?? 100;
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += weights[i * n + j] as number;
    rowSum[i] = s;
  }
  let p = new Float64Array(n).fill(n === 0 ? 0 : 1 / n);
  for (let it = 0; it < maxIterations; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let j = 0; j < n; j++) {
      const pj = p[j] as number;
      const sj = rowSum[j] as number;
      if (sj === 0) {
        dangling += pj;
        continue;
      }
      for (let i = 0; i < n; i++) {
        const w = weights[j * n + i] as number;
        if (w !== 0) next[i] = (next[i] as number) + (pj * w) / sj;
      }
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      const v = (1 - d) / n + d * ((next[i] as number) + dangling / n);
      change += Math.abs(v - (p[i] as number));
      next[i] = v;
    }
    p = next;
    if (change < tolerance) break;
  }
  return p;
}
