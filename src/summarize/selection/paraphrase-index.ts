import type { SparseVector } from "../vectors.ts";
import { pushTo } from "./multimap.ts";

/**
 * The candidates that may be paraphrases of a newly chosen sentence, found through inverted
 * indexes instead of testing every open candidate (a budget of 100,000 syllables chooses
 * thousands of sentences, and testing them all after every pick grew with the square of the
 * cluster). It keeps every candidate whose TF-IDF cosine with the pick can be above `maxCosine`
 * or whose syllable-set containment (containment.ts) can be above `maxContainment`; the caller
 * still runs the exact tests on them. Prefix filtering (Chaudhuri, Ganti & Kaushik 2006; Bayardo,
 * Ma & Srikant 2007):
 *
 * - Cosine. Split the pick's vector into a prefix and a suffix of common terms whose dot product
 *   with any candidate is surely below `maxCosine`: a candidate that shares no prefix term has a
 *   dot product of at most that, so only the holders of the prefix terms are kept. The bound is
 *   the smaller of the suffix's norm times the largest candidate norm (Cauchy–Schwarz) and the
 *   sum of its weights, each times the term's largest weight in any candidate.
 * - Containment, |A ∩ B| / min(|A|, |B|). Order each syllable set rarest first (one order for
 *   the cluster); the smaller set S can share more than `maxContainment`·|S| syllables with the
 *   other only if one of its first |S| − s syllables is shared, where s is the largest count
 *   with s / |S| not above `maxContainment` (worked out with the same division the test makes).
 *   So the candidates kept are those no larger than the pick whose prefix holds one of the
 *   pick's syllables, and those larger than it that hold one of the pick's prefix syllables.
 *
 * The pick must be one of `candidates`. Returns the candidates that may pass each test, or
 * undefined when a threshold is negative (then a candidate that shares nothing repeats too, and
 * all must be tested).
 */
export function paraphraseIndex(
  candidates: readonly number[],
  vectors: readonly SparseVector[],
  maxCosine: number,
  syllables: (i: number) => ReadonlySet<string>,
  maxContainment: number | undefined,
): ((pick: number) => { cosine: number[]; containment: number[] }) | undefined {
  if (maxCosine < 0 || (maxContainment !== undefined && maxContainment < 0)) return undefined;
  const byTerm = new Map<number, number[]>();
  /** The largest weight of each term over the candidates. */
  const maxWeight = new Map<number, number>();
  let maxNorm = 0;
  for (const i of candidates) {
    const v = vectors[i];
    if (!v) continue;
    let sq = 0;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      const w = Math.abs(v.weights[k] as number);
      pushTo(byTerm, id, i);
      maxWeight.set(id, Math.max(maxWeight.get(id) ?? 0, w));
      sq += w * w;
    }
    maxNorm = Math.max(maxNorm, Math.sqrt(sq));
  }
  // The cosine bound must hold whatever the rounding: a suffix is allowed a norm a little under
  // the threshold only.
  const allowed = maxCosine * (1 - 1e-9);

  // Containment: syllable ids, candidates per syllable, each set's prefix.
  const ids = new Map<string, number>();
  const holders: number[][] = [];
  const sets = new Map<number, number[]>();
  const prefixHolders: number[][] = [];
  const prefixes = new Map<number, number[]>();
  if (maxContainment !== undefined) {
    for (const i of candidates) {
      const set: number[] = [];
      for (const t of syllables(i)) {
        let id = ids.get(t);
        if (id === undefined) {
          id = ids.size;
          ids.set(t, id);
          holders.push([]);
          prefixHolders.push([]);
        }
        set.push(id);
        (holders[id] as number[]).push(i);
      }
      sets.set(i, set);
    }
    const rarestFirst = (a: number, b: number) =>
      (holders[a] as number[]).length - (holders[b] as number[]).length || a - b;
    for (const [i, set] of sets) {
      set.sort(rarestFirst);
      const prefix = set.slice(0, set.length - containedCount(set.length, maxContainment));
      prefixes.set(i, prefix);
      for (const id of prefix) (prefixHolders[id] as number[]).push(i);
    }
  }

  const seenByCosine = new Map<number, number>();
  const seenByContainment = new Map<number, number>();
  let round = 0;
  const keep = (seen: Map<number, number>, out: number[], i: number) => {
    if (seen.get(i) !== round) {
      seen.set(i, round);
      out.push(i);
    }
  };
  return (pick) => {
    round++;
    const byCosine: number[] = [];
    const byContainment: number[] = [];
    const v = vectors[pick];
    if (v && !Number.isNaN(maxCosine)) {
      // Common terms (the most holders) go to the suffix while the bound allows.
      const terms = Array.from(v.ids.keys()).sort(
        (a, b) =>
          (byTerm.get(v.ids[b] as number)?.length ?? 0) -
            (byTerm.get(v.ids[a] as number)?.length ?? 0) || a - b,
      );
      // Two bounds on the suffix's dot product with any candidate, the smaller of which counts:
      // its norm times the largest candidate norm, and the sum of its weights times each term's
      // largest candidate weight.
      let squares = 0;
      let products = 0;
      let k = 0;
      for (; k < terms.length; k++) {
        const term = terms[k] as number;
        const w = Math.abs(v.weights[term] as number);
        const nextSquares = squares + w * w;
        const nextProducts = products + w * (maxWeight.get(v.ids[term] as number) ?? 0);
        if (Math.min(Math.sqrt(nextSquares) * maxNorm, nextProducts) > allowed) break;
        squares = nextSquares;
        products = nextProducts;
      }
      for (; k < terms.length; k++)
        for (const i of byTerm.get(v.ids[terms[k] as number] as number) ?? [])
          keep(seenByCosine, byCosine, i);
    }
    if (maxContainment !== undefined && !Number.isNaN(maxContainment)) {
      const own = sets.get(pick) ?? [];
      for (const id of own)
        for (const i of prefixHolders[id] as number[])
          if ((sets.get(i)?.length ?? 0) <= own.length) keep(seenByContainment, byContainment, i);
      for (const id of prefixes.get(pick) ?? [])
        for (const i of holders[id] as number[])
          if ((sets.get(i)?.length ?? 0) > own.length) keep(seenByContainment, byContainment, i);
    }
    return { cosine: byCosine, containment: byContainment };
  };
}

/**
 * The largest number of shared syllables s for which s / size (containment's division) is not
 * above `max`: a smaller set whose first size − s syllables (rarest first) are all missing from
 * the other cannot be contained above `max`.
 */
function containedCount(size: number, max: number): number {
  if (size === 0) return 0;
  let s = Math.min(size, Math.max(0, Math.floor(max * size)));
  while (s > 0 && s / size > max) s--;
  while (s < size && !((s + 1) / size > max)) s++;
  return s;
}
