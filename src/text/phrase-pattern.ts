import { toneSpellings } from "./normalize/index.ts";

/** A text with the regular expressions' special characters escaped. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Regular-expression source of a phrase: special characters escaped, each run of spaces `\s+`. */
export function phraseSource(phrase: string): string {
  return escaped(phrase.trim()).replace(/\s+/g, String.raw`\s+`);
}

/**
 * Regular-expression source of a phrase in either tone-mark convention, as scraped text comes:
 * `ảnh minh họa` matches `ảnh minh hoạ` too (`toneSpellings`). Spaces as in `phraseSource`.
 */
export function spellingsSource(phrase: string): string {
  const words = phrase.trim().split(/\s+/u);
  return words
    .map((word) => {
      const spellings = toneSpellings(word).map(escaped);
      return spellings.length === 1 ? spellings[0] : `(?:${spellings.join("|")})`;
    })
    .join(String.raw`\s+`);
}

/** The text with its first letter in upper case: `ảnh tư liệu` → `Ảnh tư liệu`. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/**
 * Each phrase of a lower-case list as written and capitalized, for a case-sensitive pattern in
 * which a phrase may also open a sentence: [`ghi`] → [`ghi`, `Ghi`].
 */
export function withCapitalized(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => [phrase, capitalize(phrase)]);
}

/** Not preceded by a letter or digit: a word's start that works for Vietnamese letters. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
/** Not followed by a letter or digit: a word's end that works for Vietnamese letters. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** Regular-expression source of a list of phrases, longest first, each as `phraseSource`. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join("|");
}

/** A pattern matching any of the phrases as whole words (flags: `u` and more). */
export function wordsPattern(phrases: readonly string[], flags = "u"): RegExp {
  return new RegExp(`${WORD_START}(?:${alternation(phrases)})${WORD_END}`, flags);
}
