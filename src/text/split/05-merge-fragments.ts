/**
 * Pass 5: a piece with no letters ("1.", "-", "…") is not a sentence; attach it to the
 * next piece (a list number) or, at the end, to the previous one.
 */
export function mergeFragments(pieces: string[]): string[] {
  const out: string[] = [];
  let pending = "";
  for (const piece of pieces) {
    if (!/\p{L}/u.test(piece)) {
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
