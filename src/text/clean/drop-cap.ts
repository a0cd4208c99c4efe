import { fitsSyllableShape, unmarked } from "../syllable-shape.ts";

/**
 * A paragraph's first letter set apart as a drop cap and scraped with a space after it:
 * "N hóm bạn trẻ …" for "Nhóm bạn trẻ …". Only a consonant letter that is never a word on its
 * own (not `Ở`, `Á`, `Ô`, `Ý`), before a lowercase word, and only where the two together spell
 * one Vietnamese syllable (`nhom`; `K của` stays).
 */
const DROP_CAP = /^([BCDĐGHKLMNPQRSTVX]) (\p{Ll}[\p{L}\p{M}]*)/u;

/** The paragraph with a drop cap joined back to its word; unchanged otherwise. */
export function joinDropCap(paragraph: string): string {
  const m = DROP_CAP.exec(paragraph);
  if (!m) return paragraph;
  const word = `${m[1]}${m[2]}`;
  if (!fitsSyllableShape(unmarked(word))) return paragraph;
  return word + paragraph.slice(m[0].length);
}
