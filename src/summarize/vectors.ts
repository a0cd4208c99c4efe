/**
 * Sparse TF-IDF vectors over one cluster's vocabulary (Salton & Buckley 1988): term ids in
 * ascending order with their weights, L2-normalized, so cosine is a merge of sorted ids.
 * Similarities across documents go through an inverted index, so their cost follows the pairs
 * that share terms rather than a Map look-up per pair.
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

/**
 * Cosine of two normalized vectors: the dot product over shared ids. A vector many times longer
 * than the other (a cluster's centroid against a sentence) is searched rather than walked, so a
 * sentence costs its own length, not the cluster's vocabulary; the products are summed in the
 * same order either way.
 */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.ids.length > 16 * b.ids.length) return cosine(b, a);
  if (b.ids.length > 16 * a.ids.length) return searchedDot(a, b);
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

/** The dot product of a short vector with a long one, each id of the short one searched in the long one. */
function searchedDot(short: SparseVector, long: SparseVector): number {
  let dot = 0;
  let from = 0;
  for (let i = 0; i < short.ids.length; i++) {
    const id = short.ids[i] as number;
    from = lowerBound(long.ids, id, from);
    if (from === long.ids.length) break;
    if (long.ids[from] === id) dot += (short.weights[i] as number) * (long.weights[from] as number);
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

/** bestSimilarityByGroup's bound on the vectors a term may hold and still count. */
export const MAX_POSTINGS = 2000;

/** First position in ascending `rows`, from `lo` on, whose value is at least `x`. */
function lowerBound(rows: ArrayLike<number>, x: number, lo = 0): number {
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rows[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For every vector i, the largest cosine between i and any vector of each other group
 * (`groups[i]`: i's document; nondecreasing, so a group is a run of rows), keyed by group;
 * groups with no positive cosine are absent. One inverted index; each row reads only the
 * postings outside its own group's run, so a long document costs no pairs with itself and the
 * cost follows the pairs across documents that share terms.
 * A term held by more than `maxPostings` vectors is left out: each row would otherwise read
 * nearly every other row through it, quadratic in a huge cluster (100 long documents of one
 * style: 41 s for 1.2 MB), while such a term, being everywhere, tells the documents apart least.
 * At the default, 2,000, the result is exact for any cluster of up to 2,000 sentences (every
 * cluster of the corpora).
 */
export function bestSimilarityByGroup(
  vectors: readonly SparseVector[],
  groups: readonly number[],
  maxPostings = MAX_POSTINGS,
): Map<number, number>[] {
  const runStart: number[] = [];
  const runEnd: number[] = [];
  groups.forEach((g, row) => {
    if (row > 0 && g < (groups[row - 1] as number)) {
      throw new Error("bestSimilarityByGroup: groups must be nondecreasing");
    }
    runStart[row] = row > 0 && g === groups[row - 1] ? (runStart[row - 1] as number) : row;
  });
  for (let row = groups.length - 1; row >= 0; row--) {
    const next = row + 1 < groups.length && groups[row + 1] === groups[row];
    runEnd[row] = next ? (runEnd[row + 1] as number) : row + 1;
  }
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
  const touched: number[] = [];
  const add = (p: { rows: number[]; weights: number[] }, w: number, from: number, to: number) => {
    for (let m = from; m < to; m++) {
      const j = p.rows[m] as number;
      if (sims[j] === 0) touched.push(j);
      sims[j] = (sims[j] as number) + w * (p.weights[m] as number);
    }
  };
  return vectors.map((v, i) => {
    const lo = runStart[i] as number;
    const hi = runEnd[i] as number;
    v.ids.forEach((id, k) => {
      const p = postings.get(id);
      if (!p || p.rows.length > maxPostings) return;
      const w = v.weights[k] as number;
      add(p, w, 0, lowerBound(p.rows, lo));
      add(p, w, lowerBound(p.rows, hi), p.rows.length);
    });
    const best = new Map<number, number>();
    for (const j of touched) {
      const g = groups[j] as number;
      const sim = sims[j] as number;
      if (sim > (best.get(g) ?? 0)) best.set(g, sim);
      sims[j] = 0;
    }
    touched.length = 0;
    return best;
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
