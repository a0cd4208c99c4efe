import { readListFile } from "../data-files.ts";
import { comparisonKey } from "../normalize/index.ts";
import { capitalize, spellingsSource, withCapitalized } from "../phrase-pattern.ts";
import { opensWithOpener } from "../split/06-split-fused.ts";
import { isAgencyKey } from "./markers.ts";

/** Credits of an illustration or a file photo (data/text/photo-credits.txt), lower case. */
const PHOTO_CREDITS = readListFile("photo-credits.txt");

/**
 * Regular-expression source of the photo credits (`Ảnh minh họa`, `Ảnh tư liệu`), in either
 * tone-mark convention, for every pass that cuts them. `first` sets the case of the first
 * letter: `lower` (for patterns with the `i` flag), `upper` (a marker in running text, where
 * only a capital tells a credit from the sentence's words) or `either`.
 */
export function photoCreditSource(first: "lower" | "upper" | "either"): string {
  const spellings = {
    lower: PHOTO_CREDITS,
    upper: PHOTO_CREDITS.map(capitalize),
    either: withCapitalized(PHOTO_CREDITS),
  }[first];
  return `(?:${spellings.map(spellingsSource).join("|")})`;
}

/** The longest credit tried, in words ("Ảnh: Vietnam+ / TTXVN" is 3). */
const CREDIT_WORDS_MAX = 4;
/** A credit alone up to the end of the paragraph may be any short name ("Ảnh: Minh An"). */
const TAIL_CREDIT_WORDS_MAX = 6;

/**
 * A photo credit in parentheses without a colon, every word of the name capitalized: "(Ảnh AP)",
 * "(ảnh Internet)", "(ảnh BQL cung cấp)". "(ảnh hưởng …)" is article text: its next word is
 * not capitalized. Source of a regex, shared by the fused-caption and inline passes.
 */
export const PAREN_CREDIT_NO_COLON = String.raw`[Ảả]nh\s+\p{Lu}[\p{L}\d.+/-]*(?:\s+\p{Lu}[\p{L}\d.+/-]*){0,3}(?:\s+cung cấp)?`;

/** What may open the article's next sentence after a credit or a caption marker. */
export const SENTENCE_START = /^["“‘'(]?[\p{Lu}\d]/u;
/** A word in capitals: "REUTERS", "KHẢ", "AFP/TTXVN", "T.L". */
const CAPITALS = /^[\p{Lu}\d.\-/&+]*\p{Lu}[\p{Lu}\d.\-/&+]*$/u;
/** A web address as a credit: "hanoi.gov.vn", "example.com". */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?$/u;

function bare(word: string): string {
  return word.replace(/^[(“"']+|(?<![)”"',;:.])[)”"',;:.]+$/gu, "");
}

/** "AFP", "AFP/TTXVN", "Vietnam+": every part of a slash chain is a known agency. */
function isAgencyChain(words: readonly string[]): boolean {
  const parts = bare(words.join(" "))
    .split("/")
    .map((p) => comparisonKey(p.trim()));
  return parts.every((p) => p !== "" && isAgencyKey(p));
}

/** The first `n` words of `text` and the offset where each ends: only the head is read. */
function headWords(text: string, n: number): { words: string[]; ends: number[] } {
  const words: string[] = [];
  const ends: number[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(text); m !== null && words.length < n; m = re.exec(text)) {
    words.push(m[0]);
    ends.push(m.index + m[0].length);
  }
  return { words, ends };
}

/** Number of leading words that are a credit of a known kind, or 0. */
function knownCreditLength(words: readonly string[]): number {
  for (let k = Math.min(CREDIT_WORDS_MAX, words.length); k >= 1; k--) {
    if (isAgencyChain(words.slice(0, k))) return k;
  }
  if (DOMAIN.test(bare(words[0] ?? ""))) return 1;
  let capitals = 0;
  while (capitals < words.length && CAPITALS.test(bare(words[capitals] ?? ""))) capitals++;
  return capitals;
}

/**
 * A credit of a known kind at the head of `text`, and the article text after it: a known agency
 * (data/text/agencies.txt, "AFP/TTXVN"), a web address, or a name in capitals (at most
 * CREDIT_WORDS_MAX words of each), followed by the end of the text or by a sentence's start
 * ("TTXVN Theo Sở Xây dựng, …" → "TTXVN" + "Theo …").
 */
export function knownCredit(text: string): { credit: string; rest: string } | undefined {
  const t = text.trim();
  const { words, ends } = headWords(t, CREDIT_WORDS_MAX);
  const k = knownCreditLength(words);
  if (k === 0) return undefined;
  const rest = t.slice(ends[k - 1]).trim();
  if (!(rest === "" || SENTENCE_START.test(rest))) return undefined;
  return { credit: t.slice(0, ends[k - 1]), rest };
}

/**
 * Splits the text after a caption marker ("Ảnh:", "Nguồn:", …) into the credit and the article
 * text that follows it: a credit of a known kind (`knownCredit`), or a short name that runs to
 * the paragraph's end ("Ảnh: Minh An"). With `optional`, the text may start at once with no
 * credit ("Ảnh minh họa Công viên mở cửa …"). Undefined when the end of the credit cannot be told
 * ("Ảnh: Minh Khang Nhà ga mới đón …"). Reads only the head of a long text.
 */
export function splitCredit(
  text: string,
  optional = false,
): { credit: string; rest: string } | undefined {
  const known = knownCredit(text);
  if (known !== undefined) return known;
  const t = text.trim();
  if (optional && SENTENCE_START.test(t)) return { credit: "", rest: t };
  const { words, ends } = headWords(t, TAIL_CREDIT_WORDS_MAX + 1);
  if (words.length <= TAIL_CREDIT_WORDS_MAX && !/[.!?…]\s/u.test(t)) {
    return { credit: words.join(" "), rest: "" };
  }
  return nameBeforeOpener(t, words, ends);
}

/** Words of a person's name given as a credit ("Ảnh: Lê Minh Hà"). */
const NAME_CREDIT_WORDS_MAX = 4;

/**
 * A name of capitalized words ended by a sentence's opener ("Hoàng Hà Theo Bộ Y tế, …",
 * "Minh An Sáng 5/3, …"; `opensWithOpener`): the credit is the name and the sentence stays.
 */
function nameBeforeOpener(
  text: string,
  words: readonly string[],
  ends: readonly number[],
): { credit: string; rest: string } | undefined {
  for (let k = 1; k <= Math.min(NAME_CREDIT_WORDS_MAX, words.length - 1); k++) {
    if (!OPENS_WITH_CAPITAL.test(words[k - 1] as string)) return undefined;
    const rest = text.slice(ends[k - 1]).trim();
    if (opensWithOpener(rest)) return { credit: text.slice(0, ends[k - 1]), rest };
  }
  return undefined;
}

/** Words of a name before its slash in a slashed credit ("Báo Mới/Reuters": 2). */
const SLASHED_NAME_WORDS_MAX = 3;
/** Capitalized words after the slashed word: the rest of the name and the sentence's first word. */
const AFTER_SLASH_WORDS_MAX = 3;

const OPENS_WITH_CAPITAL = /^\p{Lu}/u;

/**
 * A credit written without a colon as a slashed pair of capitalized names ("TTXNB/Minh An",
 * "Báo Mới/Reuters"), and the article text after it. The next sentence opens with the last
 * capitalized word before the first word in lower case ("TTXNB/Minh An Khánh thành …" →
 * "Khánh thành …"); undefined when that word is not found within `AFTER_SLASH_WORDS_MAX` words of the
 * slash, since a sentence that opens with a name would leave the credit's end unclear.
 */
export function slashedCredit(text: string): { credit: string; rest: string } | undefined {
  const t = text.trim();
  const { words, ends } = headWords(t, SLASHED_NAME_WORDS_MAX + AFTER_SLASH_WORDS_MAX + 1);
  const j = words.findIndex((w) => w.includes("/"));
  if (j < 0 || j >= SLASHED_NAME_WORDS_MAX) return undefined;
  const named = words.slice(0, j + 1).flatMap((w) => w.split("/"));
  if (!named.every((part) => OPENS_WITH_CAPITAL.test(part))) return undefined;
  let k = j + 1;
  while (k < words.length && OPENS_WITH_CAPITAL.test(words[k] as string)) k++;
  const opener = k - 1;
  if (opener <= j || opener - j > AFTER_SLASH_WORDS_MAX) return undefined;
  if (!/^\p{Ll}/u.test(words[k] ?? "")) return undefined;
  const end = ends[opener - 1] as number;
  return { credit: t.slice(0, end), rest: t.slice(end).trim() };
}
