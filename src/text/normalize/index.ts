import { expectString } from "../../errors.ts";
import { normalizeTones, repairTones } from "./tones.ts";

export { normalizeTones, repairTones, toneSpellings } from "./tones.ts";

/** Invisible or odd characters that scraped text carries: zero-width spaces, soft hyphens, BOM. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Unicode spaces other than the plain space and newline. */
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Cleans the characters of a text without changing its words: NFC, invisible characters
 * dropped, odd spaces made plain, CRLF/CR made LF, tone marks typed onto the wrong vowel put
 * back (`Đôỉ mơí` → `Đổi mới`, see `repairTones`). Output keeps the source's own spelling
 * convention (`hòa` or `hoà`).
 */
export function normalizeText(text: string): string {
  expectString(text, "text");
  return repairTones(
    text.normalize("NFC").replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(ODD_SPACE, " "),
  );
}

/** Key for comparing Vietnamese text: NFC, canonical tone placement, lowercase. */
export function comparisonKey(text: string): string {
  expectString(text, "text");
  return normalizeTones(text.normalize("NFC")).toLowerCase();
}
