/**
 * Syllable-set containment of two sentences: the share of the smaller sentence's distinct
 * syllables that the other sentence also has, |A ∩ B| / min(|A|, |B|); 0 when either is empty.
 * Unlike TF-IDF cosine it is not diluted when one sentence adds new material, so it catches a
 * shorter sentence that restates a longer one in other word order (the same event told by two
 * outlets' leads).
 */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
