import { countSyllables } from "./tokenize.ts";

/**
 * A line over this many syllables is a paragraph of article text. The 1,553 titles of AbMuSu and
 * VietnameseMDS run 2–35 syllables (median 12), and one of them ends with a full stop.
 */
export const MAX_HEADLINE_SYLLABLES = 60;

/** A line that ends with a full stop (not an ellipsis), before closing quotes or brackets. */
const FULL_STOP = /(?<![.…])\.["”’»)\]]*$/u;

/**
 * Whether a plain-text article's first line reads as its headline rather than as the opening
 * of its body: Vietnamese news headlines do not end with a full stop (`Hà Nội mở tuyến buýt
 * mới`, `Vì sao giá xăng tăng?`) and are short. A line that ends with a full stop or runs past
 * `MAX_HEADLINE_SYLLABLES` is article text, so a file pasted without its headline keeps its lead.
 */
export function readsAsHeadline(line: string): boolean {
  const text = line.trim();
  return text !== "" && !FULL_STOP.test(text) && countSyllables(text) <= MAX_HEADLINE_SYLLABLES;
}
