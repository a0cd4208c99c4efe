/**
 * UTF-8 text that was decoded as Windows-1252 or Latin-1 and saved again ("mojibake", what a
 * scraper that trusts the wrong charset writes): every Vietnamese letter of U+1EA0–U+1EFF turns
 * into `áº…` or `á»…`, `đ` into `Ä‘`, `ư` and `ơ` into `Æ°` and `Æ¡`. These pairs never occur in
 * Vietnamese text, and they carry letters that pass for Vietnamese ones (`á`), so such a page
 * would be summarized as garbage.
 */
const MOJIBAKE = /á[º»]|Ä[‘\u0091]|Æ[°¡]/gu;

/**
 * A garbled page holds about one pair for every other word (.40 to .59 per word, 92 AbMuSu
 * validation articles garbled so; a word can hold two); an article that quotes a few garbled
 * words (about a font bug, a scraper's fault) holds a few per hundred. Three pairs and at least
 * .15 per word mark a page.
 */
const MIN_PAIRS = 3;
const MIN_SHARE = 0.15;

/** True when `text` reads as UTF-8 decoded with a one-byte Western charset. */
export function looksDoubleEncoded(text: string): boolean {
  const pairs = text.match(MOJIBAKE)?.length ?? 0;
  if (pairs < MIN_PAIRS) return false;
  const words = text.match(/\S+/gu)?.length ?? 0;
  return pairs >= MIN_SHARE * words;
}
