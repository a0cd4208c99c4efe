/** Where a sentence stands in its source: its document and its index there (either may be unknown). */
export interface SourcePlace {
  doc?: number;
  index?: number;
}

/** Whether `s` comes directly after `before` in the same source document. */
export function followsInSource(
  before: SourcePlace | undefined,
  s: SourcePlace | undefined,
): boolean {
  return (
    before?.doc !== undefined &&
    before.doc === s?.doc &&
    before.index !== undefined &&
    s.index === before.index + 1
  );
}
