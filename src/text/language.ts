/** Letters that only Vietnamese (among Latin-script languages) uses: đ, ă, â, ê, ô, ơ, ư and the five tone marks. */
const VIETNAMESE_LETTER = /[đăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const WORD = /[\p{L}]+/gu;

/** Share of words that carry a Vietnamese-only letter; Vietnamese prose scores about .5–.7, English about 0. */
export function vietnameseShare(text: string): { words: number; share: number } {
  let words = 0;
  let marked = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    if (VIETNAMESE_LETTER.test(m[0])) marked++;
  }
  return { words, share: words > 0 ? marked / words : 0 };
}

/** Below this many words the language guess is not trusted. */
const MIN_WORDS = 40;
const MIN_SHARE = 0.15;

/** True unless the text is long enough to judge and clearly not Vietnamese. */
export function looksVietnamese(text: string): boolean {
  const { words, share } = vietnameseShare(text);
  return words < MIN_WORDS || share >= MIN_SHARE;
}
