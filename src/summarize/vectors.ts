/** Sparse vectors over string terms (TF-IDF), the shared currency of similarity-based methods. */
export type SparseVector = Map<string, number>;

/** Syllable unigrams and bigrams of a token list (bigrams joined by a space). */
export function terms(tokens: string[], bigrams = true): string[] {
  const out = [...tokens];
  if (bigrams)
    for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

/** Smoothed inverse document frequency over a set of term lists: idf(t) = ln((1 + N) / (1 + df)) + 1. */
export function inverseDocumentFrequency(termLists: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((1 + n) / (1 + d)) + 1);
  return idf;
}

/** TF-IDF vector with raw term counts, L2-normalized (Salton & Buckley 1988). */
export function tfidf(list: string[], idf: Map<string, number>): SparseVector {
  const v: SparseVector = new Map();
  for (const t of list) v.set(t, (v.get(t) ?? 0) + 1);
  let norm = 0;
  for (const [t, c] of v) {
    const w = c * (idf.get(t) ?? 1);
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

/** Cosine similarity of two L2-normalized sparse vectors (a dot product). */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/** Mean of vectors, L2-normalized: the centroid of a cluster (Radev et al. 2004). */
export function centroid(vectors: SparseVector[]): SparseVector {
  const c: SparseVector = new Map();
  for (const v of vectors) for (const [t, w] of v) c.set(t, (c.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of c.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of c) c.set(t, w / norm);
  return c;
}
