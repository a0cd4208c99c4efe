/**
 * Pass 3: a piece that starts with a lowercase letter continues the previous sentence
 * (an ellipsis mid-sentence, "v.v. và", a quoted sentence followed by "ông nói").
 */
export function mergeLowercase(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^[\p{Ll}]/u.test(piece)) out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}
