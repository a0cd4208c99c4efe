/** A sparse vector: term ids ascending, their weights, and the Euclidean norm. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/**
 * TF-IDF vectors of the sentences of one cluster, each sentence treated as a document
 * (Salton & Buckley 1988): w(t, s) = tf(t, s) · log(1 + N / df(t)).
 */
export function tfidfVectors(sentences: readonly (readonly string[])[]): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const tfs = sentences.map((tokens) => {
    const tf = new Map<number, number>();
    for (const token of tokens) {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
        df.push(0);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const id of tf.keys()) df[id] = (df[id] as number) + 1;
    return tf;
  });
  const n = sentences.length;
  return tfs.map((tf) => {
    const entries = [...tf.entries()].sort((a, b) => a[0] - b[0]);
    const weights = new Float64Array(
      entries.map(([id, c]) => c * Math.log(1 + n / (df[id] as number))),
    );
    let sq = 0;
    for (const w of weights) sq += w * w;
    return { ids: Int32Array.from(entries, ([id]) => id), weights, norm: Math.sqrt(sq) };
  });
}

/** Cosine of two sparse vectors by merging their sorted ids; 0 when either is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** Sum of vectors (a cluster centroid before normalization, Radev et al. 2004). */
export function sumVectors(vectors: readonly SparseVector[]): SparseVector {
  const acc = new Map<number, number>();
  for (const v of vectors) {
    v.ids.forEach((id, k) => {
      acc.set(id, (acc.get(id) ?? 0) + (v.weights[k] as number));
    });
  }
  const entries = [...acc.entries()].sort((a, b) => a[0] - b[0]);
  const weights = new Float64Array(entries.map(([, w]) => w));
  let sq = 0;
  for (const w of weights) sq += w * w;
  return { ids: Int32Array.from(entries, ([id]) => id), weights, norm: Math.sqrt(sq) };
}

/** All-pairs similarity as a dense n×n matrix (row-major), diagonal 0. */
export function similarityMatrix(n: number, sim: (i: number, j: number) => number): Float64Array {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = sim(i, j);
      m[i * n + j] = s;
      m[j * n + i] = s;
    }
  }
  return m;
}
