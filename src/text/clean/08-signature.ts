import { isAbbreviated } from "../abbreviations.ts";
import { readListFile } from "../data-files.ts";
import { comparisonKey } from "../normalize/index.ts";
import { withCapitalized } from "../phrase-pattern.ts";
import { hasEndMark } from "../sentence-shape.ts";
import { isByline, NAME_REST } from "./byline.ts";
import type { Draft } from "./types.ts";

/**
 * A name's word: a capital, then letters, with periods only between letters (`Khánh`, `B.Ngân`,
 * `PHẠM`), or an initial (`T.`). A word that ends with a period is not a name's (`Nội.` ends the
 * last sentence).
 */
const NAME_WORD = new RegExp(String.raw`^\p{Lu}${NAME_REST}$|^\p{Lu}\.$`, "u");
/** What may join two writers' names: `Minh Anh - Hiệp Mai`, `Lan/Hà`. */
const JOINER = /^[-–/&]$/u;
/**
 * The writers' station or paper in brackets, after their names or on a line of its own: "(Đài
 * TT-TH huyện X)", "(Báo Y)": a capitalized word and at most nine more, no sentence's end (a
 * period only inside a word, `TP.HCM`).
 */
const SOURCE_BRACKET = /(?:^|\s+)\((\p{Lu}(?:[^()!?.…]|\.(?=[^\s()]))*)\)$/u;
const SOURCE_WORDS_MAX = 10;

/** The signature's names and the source in brackets after them, if any. */
function splitSource(text: string): { names: string; source?: string } {
  const m = SOURCE_BRACKET.exec(text);
  if (!m || (m[1] as string).split(/\s+/u).length > SOURCE_WORDS_MAX) return { names: text };
  return { names: text.slice(0, m.index), source: m[1] };
}
/** The most words a signature's names take. */
const NAME_WORDS_MAX = 6;
/** The most words read back from a paragraph's end. */
const TAIL_WORDS_MAX = 12;
/** How far back from a paragraph's end those words are looked for, in characters. */
const TAIL_CHARS_MAX = 400;
/** The most pieces cut from one article's end ("Bích Đào/VOV online" then "Theo AP"). */
const PIECES_MAX = 3;

/** A title before a name (`TS.`, `PGS.TS.`) or an initial (`V.`): its period ends no sentence. */
function isTitle(word: string): boolean {
  return word.endsWith(".") && isAbbreviated(word.slice(0, -1));
}

/** True for a word that ends a sentence: an end mark that is not a title's or an initial's period. */
function endsSentence(word: string): boolean {
  return hasEndMark(word) && !isTitle(word);
}

let labels: string[] | undefined;
let roles: Set<string> | undefined;

/** The signature's names without the label before them ("Thực hiện:") or a role after ("ghi"). */
function namesOf(text: string): string {
  labels ??= readListFile("signature-labels.txt").map(comparisonKey);
  roles ??= new Set(withCapitalized(readListFile("byline-roles.txt")).map(comparisonKey));
  let rest = text.trim();
  const key = comparisonKey(rest);
  const label = labels.find((l) => key.startsWith(l) && /^\s*:/u.test(rest.slice(l.length)));
  if (label !== undefined) rest = rest.slice(label.length).replace(/^\s*:\s*/u, "");
  const words = rest.split(/\s+/u);
  const last = comparisonKey(words.slice(-2).join(" "));
  const lastOne = comparisonKey(words.at(-1) ?? "");
  if (words.length > 2 && roles.has(last)) words.splice(-2);
  else if (words.length > 1 && roles.has(lastOne)) words.pop();
  return words.join(" ");
}

/**
 * True for the writers' names that sign an article: one to six capitalized words, perhaps
 * joined by a dash or a slash ("Phạm Khánh", "Minh Anh - Hiệp Mai", "PHẠM AN ghi", "Thực hiện:
 * Lan Hương", "TS. Lê Bình"), perhaps with their station in brackets ("Lan Hương (Đài huyện
 * X)"), the station alone, or any byline `isByline` knows ("Theo AP", "Minh Châu/VOV online").
 */
export function isSignature(text: string): boolean {
  if (isByline(text)) return true;
  const { names: signed, source } = splitSource(text.trim());
  if (signed === "") return source !== undefined;
  const words = namesOf(signed).split(/\s+/u);
  const names = words.filter((w) => !JOINER.test(w));
  if (names.length === 0 || names.length > NAME_WORDS_MAX) return false;
  const inside = (i: number) => i > 0 && i < words.length - 1;
  return words.every(
    (w, i) =>
      NAME_WORD.test(w) || (isTitle(w) && i < words.length - 1) || (JOINER.test(w) && inside(i)),
  );
}

/**
 * Where the signature that ends `paragraph` starts, or -1: the longest run of its last words that
 * is a signature and follows a sentence's end (or, when `whole`, the whole paragraph).
 */
function signatureStart(paragraph: string, whole: boolean): number {
  // Only the paragraph's end is read; its first word may be cut short, so it only bounds the run.
  const from = Math.max(0, paragraph.length - TAIL_CHARS_MAX);
  const words = [...paragraph.slice(from).matchAll(/\S+/gu)];
  let start = -1;
  for (let k = 1; k <= Math.min(TAIL_WORDS_MAX, words.length - (from > 0 ? 1 : 0)); k++) {
    const first = from + ((words[words.length - k] as RegExpMatchArray).index ?? 0);
    const before = words[words.length - k - 1];
    const after = before === undefined ? whole : endsSentence(before[0]);
    if (after && isSignature(paragraph.slice(first))) start = first;
  }
  return start;
}

/**
 * Pass 8: cut the signature that ends an article: the writers' names after its last sentence,
 * run on in the last paragraph ("… ngày mai. Phạm Khánh") or as a last paragraph of their own.
 * A byline line anywhere in the text is pass 1's and pass 6's; here only the end is read, where
 * names without an end mark cannot be the text's last words.
 */
export function cutSignature(draft: Draft): Draft {
  const paragraphs = [...draft.paragraphs];
  const removed = [...draft.removed];
  for (let n = 0; n < PIECES_MAX && paragraphs.length > 0; n++) {
    const last = paragraphs[paragraphs.length - 1] as string;
    const start = signatureStart(last, paragraphs.length > 1);
    if (start < 0) break;
    removed.push({ kind: "signature", text: last.slice(start) });
    if (start === 0) paragraphs.pop();
    else paragraphs[paragraphs.length - 1] = last.slice(0, start).trimEnd();
  }
  return { ...draft, paragraphs, removed };
}
