/** A list label alone: a letter or a Roman numeral with its period or bracket ("b.", "II."). */
export const LIST_LABEL = /^(?:\p{Ll}|[IVXL]{2,6})[.)]$/u;

/**
 * Pass 5: a piece with no letters ("1.", "-", "…") or a list label ("b.", "II.") is not a
 * sentence; attach it to the next piece (the item it numbers) or, at the end, to the previous
 * one.
 */
export function mergeFragments(pieces: string[]): string[] {
  const out: string[] = [];
  let pending = "";
  for (const piece of pieces) {
    if (!/\p{L}/u.test(piece) || LIST_LABEL.test(piece)) {
      pending = pending ? `${pending} ${piece}` : piece;
      continue;
    }
    out.push(pending ? `${pending} ${piece}` : piece);
    pending = "";
  }
  if (pending) {
    if (out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${pending}`;
    else out.push(pending);
  }
  return out;
}
