import type { PRF } from "./types.ts";

/** Joins the tokens of an n-gram into one map key (U+0001 never occurs in text). */
const SEP = "\u0001";

/** The n-grams of a token stream in order, as string keys (Lin 2004, ROUGE-N). */
export function ngramKeys(tokens: readonly string[], n: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    keys.push(n === 1 ? (tokens[i] as string) : tokens.slice(i, i + n).join(SEP));
  }
  return keys;
}

/** Distinct n-grams: each counted once, as pltrdy `rouge` does with `exclusive=True`. */
export function ngramSet(tokens: readonly string[], n: number): Set<string> {
  return new Set(ngramKeys(tokens, n));
}

/** N-gram multiset: how often each n-gram occurs, for ROUGE-1.5.5 clipped counts. */
export function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of ngramKeys(tokens, n)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** |A ∩ B| of two n-gram sets. */
export function setOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let hits = 0;
  for (const key of small) if (large.has(key)) hits++;
  return hits;
}

/** Σ_g min(count_a(g), count_b(g)): the clipped overlap of ROUGE-1.5.5. */
export function clippedOverlap(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let hits = 0;
  for (const [key, count] of small) hits += Math.min(count, large.get(key) ?? 0);
  return hits;
}

/** Total number of n-grams in a multiset. */
export function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

/**
 * P = overlap/|hyp|, R = overlap/|ref|, F = 2PR/(P+R+ε); a zero denominator gives 0.
 * ε = 1e-8 reproduces pltrdy `rouge`; ε = 0 is ROUGE-1.5.5 with α = 0.5.
 */
export function prf(overlap: number, hypCount: number, refCount: number, epsilon: number): PRF {
  const p = hypCount === 0 ? 0 : overlap / hypCount;
  const r = refCount === 0 ? 0 : overlap / refCount;
  const denominator = p + r + epsilon;
  return { p, r, f: denominator === 0 ? 0 : (2 * p * r) / denominator };
}
