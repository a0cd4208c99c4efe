import { expectString } from "../../errors.ts";
import { normalizeTones, repairTones } from "./tones.ts";

export { normalizeTones, repairTones, toneSpellings } from "./tones.ts";

/**
 * Invisible or odd characters that scraped text carries: zero-width spaces, soft hyphens, BOM,
 * and marks of writing direction (left-to-right and right-to-left marks, embeddings, overrides
 * and isolates), which split a word for every comparison while showing nothing.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\uFEFF\u00AD]/g;
/**
 * A tone mark typed before the circumflex or the breve it sits on (`e` + acute + circumflex):
 * both marks are of one canonical class, so NFC leaves them in the order typed and `é` + `̂`
 * stays two characters; the vowel's own mark goes first (`ế`).
 */
const TONE_BEFORE_SHAPE = /([\u0300\u0301\u0303\u0309])([\u0302\u0306])/g;
/** Combining marks with no letter under them: at the start, or after a space or punctuation. */
const ORPHAN_MARKS = /(^|[\s\p{P}])[\u0300-\u036F]+/gu;
/** Unicode spaces other than the plain space and newline. */
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Control characters (C0 but tab and newline, DEL, C1): not text, left by a bad copy or decode. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what it removes
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
/** Line breaks other than LF and CR: vertical tab, form feed, next line, line separator. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab, form feed: line breaks
const ODD_LINE_BREAK = /[\u000B\u000C\u0085\u2028]/g;
/** Half of a surrogate pair without its other half: not a character (JSON allows `\ud800`). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cleans the characters of a text without changing its words: NFC (a tone mark typed before
 * its vowel's circumflex or breve put after it), invisible, control and direction characters
 * and combining marks with no letter dropped, odd spaces made plain, CRLF/CR and the other line
 * breaks made LF (a paragraph separator, U+2029, a blank line), a lone surrogate made U+FFFD,
 * tone marks typed onto the wrong vowel put back (`Đôỉ mơí` → `Đổi mới`, see `repairTones`).
 * Output keeps the source's own spelling convention (`hòa` or `hoà`).
 */
export function normalizeText(text: string): string {
  expectString(text, "text");
  return repairTones(
    text
      .replace(LONE_SURROGATE, "\uFFFD")
      .replace(INVISIBLE, "")
      .normalize("NFD")
      .replace(TONE_BEFORE_SHAPE, "$2$1")
      .normalize("NFC")
      .replace(ORPHAN_MARKS, "$1")
      .replace(/\r\n?/g, "\n")
      .replace(ODD_LINE_BREAK, "\n")
      .replace(/\u2029/g, "\n\n")
      .replace(CONTROL, "")
      .replace(ODD_SPACE, " "),
  );
}

/** Key for comparing Vietnamese text: NFC, canonical tone placement, lowercase. */
export function comparisonKey(text: string): string {
  expectString(text, "text");
  return normalizeTones(text.normalize("NFC")).toLowerCase();
}
