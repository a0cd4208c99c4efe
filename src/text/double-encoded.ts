/**
 * UTF-8 text that was decoded as Windows-1252 or Latin-1 and saved again ("mojibake", what a
 * scraper that trusts the wrong charset writes): every Vietnamese letter of U+1EA0–U+1EFF turns
 * into `áº…` or `á»…`, `đ` into `Ä‘`, `ư` and `ơ` into `Æ°` and `Æ¡`. These pairs never occur in
 * Vietnamese text, and they carry letters that pass for Vietnamese ones (`á`), so such a page
 * would be summarized as garbage.
 */
const MOJIBAKE = /á[º»]|Ä[‘\u0091]|Æ[°¡]/gu;

/** At this many pairs a document is double-encoded (a real page has dozens per paragraph). */
const MIN_PAIRS = 3;

/** True when `text` reads as UTF-8 decoded with a one-byte Western charset. */
export function looksDoubleEncoded(text: string): boolean {
  let pairs = 0;
  MOJIBAKE.lastIndex = 0;
  while (MOJIBAKE.exec(text) !== null) if (++pairs >= MIN_PAIRS) return true;
  return false;
}
