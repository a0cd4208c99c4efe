import { fitsSyllableShape } from "./syllable-shape.ts";
import { ADDRESS_SOURCE } from "./tokenize.ts";

/** Letters that only Vietnamese (among Latin-script languages) uses: đ, ă, â, ê, ô, ơ, ư and the five tone marks. */
const VIETNAMESE_LETTER = /[đăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Web and e-mail addresses are not words of any language: a long link (`https://…/muc-1/…`) in a
 * Vietnamese article would otherwise count as hundreds of unmarked words. An address is tried
 * only where a run of the characters it is made of starts: tried inside a long run of letters, the
 * e-mail pattern would read up to 64 of them from every position.
 */
const ADDRESS = new RegExp(String.raw`(?<![\p{L}\d._%+-])(?:${ADDRESS_SOURCE})`, "gu");

/**
 * Share of words that carry a Vietnamese-only letter; Vietnamese prose scores about .5–.7,
 * English about 0. Text in decomposed form (NFD: a letter, then its combining marks) is composed
 * first, so it is judged as the same text in NFC.
 */
export function vietnameseShare(text: string): { words: number; share: number } {
  return share(countWords(text, isMarked));
}

/** Words of a text and how many of them pass a test. */
type Counts = { words: number; fitting: number };

function isMarked(word: string): boolean {
  return VIETNAMESE_LETTER.test(word);
}

/** How many words a text has (after NFC, addresses aside) and how many of them `fits` accepts. */
function countWords(text: string, fits: (word: string) => boolean): Counts {
  let words = 0;
  let fitting = 0;
  for (const m of text.normalize("NFC").replace(ADDRESS, " ").matchAll(WORD)) {
    words++;
    if (fits(m[0])) fitting++;
  }
  return { words, fitting };
}

function share({ words, fitting }: Counts): { words: number; share: number } {
  return { words, share: words > 0 ? fitting / words : 0 };
}

/**
 * Under this share of marked words a text is not Vietnamese. The lowest share of any document
 * of AbMuSu train/validation and VietnameseMDS is .41 (a phone review full of model names).
 */
export const MIN_VIETNAMESE_SHARE = 0.15;

/** Below this many words a document's language is not judged. */
const MIN_DOCUMENT_WORDS = 40;

/**
 * Below this many words a whole cluster's language is not judged. Lower than a document's: a
 * cluster is all the text a summary can come from, so a short English one (sentences of under 8
 * words, each too short for the sentence test) would be summarized in English.
 */
const MIN_CLUSTER_WORDS = 15;

/**
 * Below this many words a sentence's language is not judged. Vietnamese sentences of 8+ words
 * with under 15% marked words are team line-ups (`Chelsea: Cech; Ivanovic, …`) in the three
 * corpora: 7 of 26,693 complete sentences, none in a summary.
 */
const MIN_SENTENCE_WORDS = 8;

type Measure = { words: number; share: number };

function judged(measured: Measure, minWords: number): Measure | undefined {
  return measured.words >= minWords && measured.share < MIN_VIETNAMESE_SHARE ? measured : undefined;
}

function clearlyNot(text: string, minWords: number): Measure | undefined {
  return judged(vietnameseShare(text), minWords);
}

/**
 * The measured share when a document (or a whole cluster's text) is long enough to judge and
 * clearly not Vietnamese; undefined otherwise.
 */
export function notVietnameseDocument(text: string): Measure | undefined {
  return clearlyNot(text, MIN_DOCUMENT_WORDS);
}

/**
 * `notVietnameseDocument` of each document, and of the documents together from 15 words
 * (MIN_CLUSTER_WORDS), reading each text once: the whole's counts are the sum of the documents'
 * (a word never spans two documents).
 */
export function notVietnameseDocuments(texts: readonly string[]): {
  whole: Measure | undefined;
  each: (Measure | undefined)[];
} {
  const counts = texts.map((t) => countWords(t, isMarked));
  const sum: Counts = { words: 0, fitting: 0 };
  for (const c of counts) {
    sum.words += c.words;
    sum.fitting += c.fitting;
  }
  return {
    whole: judged(share(sum), MIN_CLUSTER_WORDS),
    each: counts.map((c) => judged(share(c), MIN_DOCUMENT_WORDS)),
  };
}

/**
 * True when a sentence is long enough to judge and clearly not Vietnamese: an English quotation,
 * a line-up of foreign names. Such a sentence never enters a Vietnamese summary.
 */
export function foreignSentence(text: string): boolean {
  if (clearlyNot(text, MIN_SENTENCE_WORDS) !== undefined) return true;
  const quoted = foreignQuotationWords(text);
  return quoted > 0 && quoted * 2 >= countWords(text, isMarked).words;
}

/** A quotation between curly or straight double quotes. */
const QUOTATION = /“([^“”]*)”|"([^"]*)"/gu;

/**
 * Words of the sentence's quotations that are long enough to judge and clearly not Vietnamese:
 * an English quotation with a Vietnamese attribution (`"We will …," ông nói.`) is foreign when
 * such quotations make half of the sentence's words or more.
 */
function foreignQuotationWords(text: string): number {
  let words = 0;
  for (const m of text.matchAll(QUOTATION)) {
    words += clearlyNot(m[1] ?? m[2] ?? "", MIN_SENTENCE_WORDS)?.words ?? 0;
  }
  return words;
}

/**
 * Over this share of words that fit the shape of a Vietnamese syllable spelled without marks, an
 * unmarked text is Vietnamese typed without diacritics. Four English sentences of the tests fit
 * at .22–.30 (`the`, `on`, `long` fit; `council`, `approved` do not); the mark-stripped
 * sentences fit at 1. Only the wording of an error depends on it.
 */
const MIN_UNMARKED_SHARE = 0.8;

/**
 * True when a text without Vietnamese letters is still Vietnamese: typed without diacritics
 * (`Ha Noi mo tuyen xe buyt dien`), which tomtat cannot read because its models and cleaning
 * rules see the marks. At least 80% of its words are Latin letters that fit a Vietnamese
 * syllable: an onset of data/text/unmarked-onsets.txt and a rhyme of
 * data/text/unmarked-rhymes.txt.
 */
export function looksUnmarkedVietnamese(text: string): boolean {
  const measured = share(countWords(text, (word) => fitsSyllableShape(word.toLowerCase())));
  return measured.words > 0 && measured.share >= MIN_UNMARKED_SHARE;
}
