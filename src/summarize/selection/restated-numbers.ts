/**
 * Figures told twice. Outlets often restate the same figures (a price, a count, a date) in
 * sentences worded differently enough that neither cosine nor pairwise containment links them,
 * sometimes spread over two chosen sentences. A candidate with at least `min` distinct number
 * tokens, every one of which the summary already states, adds no new figure and is taken for a
 * restatement.
 */

/** At least two digits: `60`, `1,1`, `29/8`, `aim-9x` no, `84h` yes. */
const TWO_DIGITS = /\p{Nd}.*\p{Nd}/u;
/** A bare year (1900–2099) is a date every sentence of a cluster may give, not a figure. */
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * A sentence's figures: its distinct tokens of at least two digits (`60`, `1,1`, `29/8`,
 * `84h`), except bare years. One-digit numbers (`1`, `2 đội`) and years are too common in a
 * cluster to tell that two sentences give the same facts.
 */
export function numberTokens(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (TWO_DIGITS.test(t) && !YEAR.test(t)) out.add(t);
  return out;
}

/**
 * Whether a candidate's figures (at least `min` of them already in the summary's figures) are
 * all told, or all but at most `allowNew` of them.
 */
export function restatesNumbers(
  candidate: ReadonlySet<string>,
  summary: ReadonlySet<string>,
  min: number,
  allowNew = 0,
): boolean {
  let told = 0;
  let fresh = 0;
  for (const n of candidate) {
    if (summary.has(n)) told++;
    else if (++fresh > allowNew) return false;
  }
  return told >= min;
}
