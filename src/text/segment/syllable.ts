/**
 * Loose check that a lower-cased NFC token is one Vietnamese syllable: optional onset from the
 * Vietnamese consonant set, one to three vowels, optional final consonant (the syllable
 * structure C(w)V(C) of Vietnamese phonology, tone marks ignored). Foreign words, names and
 * acronyms (`joe`, `putin`, `ubnd`) fail it, which tells the segmenter they are not Vietnamese.
 */

const TONED = [
  ["àáảãạ", "a"],
  ["ằắẳẵặ", "ă"],
  ["ầấẩẫậ", "â"],
  ["èéẻẽẹ", "e"],
  ["ềếểễệ", "ê"],
  ["ìíỉĩị", "i"],
  ["òóỏõọ", "o"],
  ["ồốổỗộ", "ô"],
  ["ờớởỡợ", "ơ"],
  ["ùúủũụ", "u"],
  ["ừứửữự", "ư"],
  ["ỳýỷỹỵ", "y"],
] as const;
const UNTONED = new Map<string, string>();
for (const [toned, base] of TONED) for (const ch of toned) UNTONED.set(ch, base);

const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** True when `lower` (lower case, NFC) has the shape of a Vietnamese syllable. */
export function isVietnameseSyllable(lower: string): boolean {
  let base = "";
  for (const ch of lower) base += UNTONED.get(ch) ?? ch;
  return SYLLABLE.test(base);
}
