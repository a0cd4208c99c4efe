import { comparisonKey } from "../normalize/index.ts";
import { agencyKeys } from "./markers.ts";

/** The longest credit tried, in words ("Ảnh: Vietnam+ / TTXVN" is 3). */
const CREDIT_WORDS_MAX = 4;
/** A credit alone up to the end of the paragraph may be any short name ("Ảnh: Chí Linh"). */
const TAIL_CREDIT_WORDS_MAX = 6;

/** What may open the article's next sentence after a credit or a caption marker. */
export const SENTENCE_START = /^["“‘'(]?[\p{Lu}\d]/u;
/** A word in capitals: "REUTERS", "KHẢ", "AFP/TTXVN", "T.L". */
const CAPITALS = /^[\p{Lu}\d.\-/&+]*\p{Lu}[\p{Lu}\d.\-/&+]*$/u;
/** A web address as a credit: "scmp.com", "aninews.in". */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?$/u;

let agencies: Set<string> | undefined;

function bare(word: string): string {
  return word.replace(/^[(“"']+|[)”"',;:.]+$/gu, "");
}

/** "AFP", "AFP/TTXVN", "Vietnam+": every part of a slash chain is a known agency. */
function isAgencyChain(words: readonly string[]): boolean {
  agencies ??= new Set(agencyKeys());
  const parts = bare(words.join(" "))
    .split("/")
    .map((p) => comparisonKey(p.trim()));
  return parts.every((p) => p !== "" && agencies?.has(p));
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
 * (data/text/agencies.txt, "AFP/TTXVN"), a web address, or a name in capitals, followed by the
 * end of the text or by a sentence's start ("Reuters Theo hãng tin AFP, …" → "Reuters" + "Theo …").
 */
export function knownCredit(text: string): { credit: string; rest: string } | undefined {
  const words = text.split(/\s+/u).filter((w) => w !== "");
  const k = knownCreditLength(words);
  const rest = words.slice(k).join(" ");
  if (k === 0 || !(rest === "" || SENTENCE_START.test(rest))) return undefined;
  return { credit: words.slice(0, k).join(" "), rest };
}

/**
 * Splits the text after a caption marker ("Ảnh:", "Nguồn:", …) into the credit and the article
 * text that follows it: a credit of a known kind (`knownCredit`), or a short name that runs to
 * the paragraph's end ("Ảnh: Chí Linh"). With `optional`, the text may start at once with no
 * credit ("Ảnh minh họa Thủ tướng …"). Undefined when the end of the credit cannot be told
 * ("Ảnh: Anh Tài Như tin đã đưa, …").
 */
export function splitCredit(
  text: string,
  optional = false,
): { credit: string; rest: string } | undefined {
  const known = knownCredit(text);
  if (known !== undefined) return known;
  const words = text.split(/\s+/u).filter((w) => w !== "");
  if (optional && SENTENCE_START.test(text)) return { credit: "", rest: words.join(" ") };
  if (words.length <= TAIL_CREDIT_WORDS_MAX && !/[.!?…]\s/u.test(text)) {
    return { credit: words.join(" "), rest: "" };
  }
  return undefined;
}
