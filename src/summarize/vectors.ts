/**
 * Sparse TF-IDF vectors over one cluster's vocabulary (Salton & Buckley 1988): term ids in
 * ascending order with their weights, L2-normalized, so cosine is a merge of sorted ids.
 * All-pairs similarities go through an inverted index, so their cost follows the pairs that
 * share terms rather than a Map look-up per pair.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Term ↔ id table of one cluster. */
export class Vocabulary {
  readonly #ids = new Map<string, number>();

  /** The id of `term`, added when new. */
  add(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(term, id);
    }
    return id;
  }

  get(term: string): number | undefined {
    return this.#ids.get(term);
  }

  get size(): number {
    return this.#ids.size;
  }
}

/** Syllable unigrams and, when `bigrams`, bigrams (joined by a space) of a token list. */
export function terms(tokens: readonly string[], bigrams = true): string[] {
  const out = [...tokens];
  if (bigrams)
    for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

/** A TF-IDF model of one cluster: vocabulary plus smoothed idf(t) = ln((1 + N) / (1 + df)) + 1. */
export interface TfidfModel {
  vocabulary: Vocabulary;
  idf: Float64Array;
}

/** Fits vocabulary and idf on term lists (one per sentence). */
export function fitTfidf(lists: readonly (readonly string[])[]): TfidfModel {
  const vocabulary = new Vocabulary();
  const df: number[] = [];
  for (const list of lists) {
    const seen = new Set<number>();
    for (const t of list) {
      const id = vocabulary.add(t);
      if (!seen.has(id)) {
        seen.add(id);
        df[id] = (df[id] ?? 0) + 1;
      }
    }
  }
  const n = lists.length;
  const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  return { vocabulary, idf };
}

function normalized(acc: Map<number, number>): SparseVector {
  const entries = [...acc.entries()].sort((a, b) => a[0] - b[0]);
  let sq = 0;
  for (const [, w] of entries) sq += w * w;
  const norm = Math.sqrt(sq) || 1;
  return {
    ids: Int32Array.from(entries, ([id]) => id),
    weights: Float64Array.from(entries, ([, w]) => w / norm),
  };
}

/** The L2-normalized TF-IDF vector of a term list; terms outside the vocabulary are ignored. */
export function vectorize(model: TfidfModel, list: readonly string[]): SparseVector {
  const acc = new Map<number, number>();
  for (const t of list) {
    const id = model.vocabulary.get(t);
    if (id !== undefined) acc.set(id, (acc.get(id) ?? 0) + (model.idf[id] as number));
  }
  return normalized(acc);
}

/** Cosine of two normalized vectors: the dot product over shared ids. */
export function cosine(a: SparseVector, b: SparseVector): number {
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
  return dot;
}

/** Normalized mean of vectors: the cluster centroid (Radev et al. 2004). */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  const acc = new Map<number, number>();
  for (const v of vectors) {
    v.ids.forEach((id, k) => {
      acc.set(id, (acc.get(id) ?? 0) + (v.weights[k] as number));
    });
  }
  return normalized(acc);
}

/**
 * Calls `visit(i, sims)` for every vector i with `sims[j]` = cosine(i, j) for all j (sims[i]
 * is 0). Uses an inverted index; `sims` is reused between calls, so copy what you keep.
 */
export function forEachSimilarityRow(
  vectors: readonly SparseVector[],
  visit: (i: number, sims: Float64Array) => void,
): void {
  const postings = new Map<number, { rows: number[]; weights: number[] }>();
  vectors.forEach((v, row) => {
    v.ids.forEach((id, k) => {
      let p = postings.get(id);
      if (!p) {
        p = { rows: [], weights: [] };
        postings.set(id, p);
      }
      p.rows.push(row);
      p.weights.push(v.weights[k] as number);
    });
  });
  const sims = new Float64Array(vectors.length);
  vectors.forEach((v, i) => {
    sims.fill(0);
    v.ids.forEach((id, k) => {
      const p = postings.get(id);
      if (!p) return;
      const w = v.weights[k] as number;
      for (let m = 0; m < p.rows.length; m++) {
        const j = p.rows[m] as number;
        sims[j] = (sims[j] as number) + w * (p.weights[m] as number);
      }
    });
    sims[i] = 0;
    visit(i, sims);
  });
}

/** TF-IDF vectors of term lists, with vocabulary and idf fitted on those same lists. */
export function tfidfVectors(lists: readonly (readonly string[])[]): SparseVector[] {
  const model = fitTfidf(lists);
  return lists.map((l) => vectorize(model, l));
}

/** All-pairs similarity as a dense n×n matrix (row-major), diagonal 0: for graph methods. */
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
