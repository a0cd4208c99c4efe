/**
 * Feature normalization of one token for the segmenter: NFC, lower case, one tone-mark
 * placement (`hòa` → `hoà`, `thủy` → `thuỷ`; shared with the rest of tomtat), every digit
 * mapped to `0` (`1.500` → `0.000`), so the model sees one form per spelling variant.
 * Also the token's shape class (case, digits, punctuation), which carries the capitalization
 * of proper names and abbreviations that the lower-cased form loses.
 */

import { normalizeTones } from "../normalize/tones.ts";
import { isVietnameseSyllable } from "./syllable.ts";

const COMBINING = /[\u0300-\u036f]/;
const DIGIT = /[0-9]/g;

/** Normalized form used as the model's key for a token (never used for output). */
export function normalizeToken(token: string): string {
  let s = COMBINING.test(token) ? token.normalize("NFC") : token;
  s = normalizeTones(s.toLowerCase());
  return s.replace(DIGIT, "0");
}

/** Shape classes; the model's shape features are tuples of these. */
export const Shape = {
  lower: 0,
  title: 1,
  upper: 2,
  initial: 3,
  number: 4,
  punct: 5,
  mixed: 6,
  other: 7,
  /** lower, title, upper for tokens that are not Vietnamese syllables (Putin, UBND). */
  lowerForeign: 8,
  titleForeign: 9,
  upperForeign: 10,
} as const;
export const SHAPE_COUNT = 11;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Shape class of a surface token whose normalized form is `normalized` (see {@link Shape}). */
export function shapeOf(token: string, normalized: string): number {
  const shape = caseShape(token);
  if (shape > Shape.upper || isVietnameseSyllable(normalized)) return shape;
  return shape + Shape.lowerForeign;
}

function caseShape(token: string): number {
  let letters = 0;
  let uppers = 0;
  let digits = 0;
  let others = 0;
  let firstUpper = false;
  let i = 0;
  for (const ch of token) {
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) digits++;
    else if (c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : LETTER.test(ch)) {
      letters++;
      const up = c < 128 ? c <= 90 : UPPER.test(ch) && !LOWER.test(ch);
      if (up) {
        uppers++;
        if (i === 0) firstUpper = true;
      }
    } else if (c < 0x300 || c > 0x36f) others++;
    i++;
  }
  if (letters === 0) {
    if (digits > 0) return Shape.number;
    return others > 0 ? Shape.punct : Shape.other;
  }
  if (digits > 0) return Shape.mixed;
  if (uppers === 0) return others > 0 ? Shape.other : Shape.lower;
  if (uppers === letters) return letters === 1 ? Shape.initial : Shape.upper;
  if (firstUpper && uppers === 1) return others > 0 ? Shape.other : Shape.title;
  return Shape.mixed;
}
