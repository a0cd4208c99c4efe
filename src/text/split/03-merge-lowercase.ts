import { LIST_LABEL } from "./05-merge-fragments.ts";

/**
 * A first word written with a lowercase initial and a capital inside (`iPhone`, `iOS`, `eSIM`):
 * a name, so a piece that opens with it is a sentence of its own.
 */
const LOWERCASE_NAME = /^\p{Ll}{1,2}\p{Lu}/u;

/** A list item that opens with a letter and a bracket: "b) Xử lý vi phạm." */
const BRACKET_ITEM = /^\p{Ll}\)\s+\p{Lu}/u;

/**
 * Pass 3: a piece that starts with a lowercase letter continues the previous sentence
 * (an ellipsis mid-sentence, "v.v. và", a quoted sentence followed by "ông nói"), unless it
 * opens with a name spelled that way or is a list label.
 */
export function mergeLowercase(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    const continues = /^\p{Ll}/u.test(piece) && !LOWERCASE_NAME.test(piece);
    // a list label ("b.") numbers the piece after it (pass 5); "b) Xử lý …" is an item
    const item = LIST_LABEL.test(piece) || BRACKET_ITEM.test(piece);
    if (prev !== undefined && continues && !item) out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}
