/** Ranges of a page, kept in order and apart, and the search of a position among them. */

/** A range of the page's markup, [start, end). */
export interface SourceRange {
  start: number;
  end: number;
}

/**
 * The outermost of `ranges` (sorted by start, then longest first; nested or apart), whole:
 * a range inside one kept is left out.
 */
export function outermost(ranges: Iterable<SourceRange>): SourceRange[] {
  const out: SourceRange[] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (!last || r.start >= last.end) out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Whether `at` lies in one of the ranges (in order and apart). */
export function within(ranges: readonly SourceRange[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as SourceRange).end <= at) lo = mid + 1;
    else hi = mid;
  }
  const range = ranges[lo];
  return range !== undefined && range.start <= at;
}
