import { expectString } from "../../errors.ts";
import { normalizeTones, repairTones } from "./tones.ts";

export { normalizeTones, repairTones, toneSpellings } from "./tones.ts";

/** Invisible or odd characters that scraped text carries: zero-width spaces, soft hyphens, BOM. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
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
 * Cleans the characters of a text without changing its words: NFC, invisible and control
 * characters dropped, odd spaces made plain, CRLF/CR and the other line breaks made LF (a
 * paragraph separator, U+2029, a blank line), a lone surrogate made U+FFFD, tone marks typed onto
 * the wrong vowel put back (`Đôỉ mơí` → `Đổi mới`, see `repairTones`). Output keeps the source's
 * own spelling convention (`hòa` or `hoà`).
 */
export function normalizeText(text: string): string {
  expectString(text, "text");
  return repairTones(
    text
      .replace(LONE_SURROGATE, "\uFFFD")
      .normalize("NFC")
      .replace(/\r\n?/g, "\n")
      .replace(ODD_LINE_BREAK, "\n")
      .replace(/\u2029/g, "\n\n")
      .replace(INVISIBLE, "")
      .replace(CONTROL, "")
      .replace(ODD_SPACE, " "),
  );
}

/** Key for comparing Vietnamese text: NFC, canonical tone placement, lowercase. */
export function comparisonKey(text: string): string {
  expectString(text, "text");
  return normalizeTones(text.normalize("NFC")).toLowerCase();
}
