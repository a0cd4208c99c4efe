/**
 * A first word written with a lowercase initial and a capital inside (`iPhone`, `iOS`, `eSIM`):
 * a name, so a piece that opens with it is a sentence of its own.
 */
const LOWERCASE_NAME = /^\p{Ll}{1,2}\p{Lu}/u;

/**
 * Pass 3: a piece that starts with a lowercase letter continues the previous sentence
 * (an ellipsis mid-sentence, "v.v. và", a quoted sentence followed by "ông nói"), unless it
 * opens with a name spelled that way.
 */
export function mergeLowercase(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^\p{Ll}/u.test(piece) && !LOWERCASE_NAME.test(piece))
      out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}
