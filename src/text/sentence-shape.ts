import { readListFile, readListWithExceptions } from "./data-files.ts";
import { comparisonKey } from "./normalize/index.ts";

/** Ends with sentence-final punctuation, optionally followed by closing quotes or brackets. */
const FINAL = /[.!?…]["”’»)\]]*$/u;

/** True for a text that ends with a sentence's end mark (`… hôm nay.`, `… rồi!”`). */
export function hasEndMark(text: string): boolean {
  return FINAL.test(text);
}

/** Quotation marks of a text: curly opening minus closing quotes, and straight `"` count. */
export function quoteCounts(text: string): { curly: number; straight: number } {
  let curly = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === "“") curly++;
    else if (ch === "”") curly--;
    else if (ch === '"') straight++;
  }
  return { curly, straight };
}

/** Curly quotes balanced and an even number of straight double quotes. */
export function quotesBalanced(text: string): boolean {
  const { curly, straight } = quoteCounts(text);
  return curly === 0 && straight % 2 === 0;
}

/**
 * True for a complete sentence: final punctuation and balanced quotes. Headlines, subheadings
 * and quotation fragments fail it, and tomtat never puts them in a summary.
 */
export function isCompleteSentence(text: string): boolean {
  const t = text.trim();
  return hasEndMark(t) && quotesBalanced(t);
}

/** `?` at the end, after which only a closing bracket may come. */
const QUESTION_END = /\?[)\]]*$/u;
/** A sentence that is one quotation from start to end and ends by asking. */
const QUOTED_QUESTION = /^["“][^"“”]*\?["”][)\]]*$/u;

/**
 * True for a direct question: it ends with `?` outside quotation marks, or it is wholly a quoted
 * question. An interviewer's question (`Thưa ông, …?`) or a teaser (`… sẽ ra sao?`) asks rather
 * than tells. A question reported inside a statement (`Ông hỏi: “Vì sao?”`) does not count.
 */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  return QUESTION_END.test(t) || QUOTED_QUESTION.test(t);
}

/**
 * A first word of lowercase letters only, ended by a space, punctuation or the text's end; an
 * ellipsis may come before it (`… và …`).
 */
const LOWERCASE_HEAD = /^(?:(?:\.{3}|…)\s*)?\p{Ll}[\p{Ll}\p{M}]*(?=[\s,.;:!?…]|$)/u;
/** A comma, semicolon or colon before the first word: what came before it was lost. */
const PUNCTUATION_HEAD = /^[,;:]/u;

/**
 * True for a piece that opens mid-sentence: its first word is all lowercase (`và …`, `ở mục …`,
 * `… và …`), or a comma or a colon comes before it (`, Giám đốc Sở chủ trì.`), as when a page's
 * links or bold words were lost in scraping. A brand written with an inner capital (`iOS`,
 * `iPhone`) and a list label (`a) `) do not count.
 */
export function opensMidSentence(text: string): boolean {
  const t = text.trimStart();
  return LOWERCASE_HEAD.test(t) || PUNCTUATION_HEAD.test(t);
}

let turns: { labels: string[]; address: string[]; except: string[] } | undefined;

/**
 * True for an interviewer's turn: a sentence that opens with a speaker label (`PV:`, `Hỏi:`) or
 * with a form of address before a name or a pronoun (`Thưa Bộ trưởng, …`, `Thưa bà, …`) or a
 * vocative of up to four words that a comma ends (`Thưa luật sư, …`, `Thưa bác sĩ Hùng, …`);
 * data/text/interviewer-turns.txt, whose `!` lines are words that start like one but are not
 * (`thưa thớt`, sparse). It asks the interviewee rather than telling the event.
 */
export function isInterviewerTurn(text: string): boolean {
  if (!turns) {
    const { entries, exceptions } = readListWithExceptions("interviewer-turns.txt");
    const heads = entries.map(comparisonKey);
    turns = {
      labels: heads.filter((h) => h.endsWith(":")),
      address: heads.filter((h) => !h.endsWith(":")),
      except: exceptions.map((e) => `${comparisonKey(e)} `),
    };
  }
  const t = text.trimStart().slice(0, 60);
  const head = comparisonKey(t).replace(/\s+:/u, ":");
  if (turns.labels.some((l) => head.startsWith(l))) return true;
  if (turns.except.some((e) => `${head.replace(/,/gu, " ")} `.startsWith(e))) return false;
  const [first, second] = firstWords(t);
  if (!turns.address.includes(comparisonKey(first))) return false;
  return /^\p{Lu}/u.test(second) || isPersonalPronoun(second) || VOCATIVE.test(t);
}

/** A form of address, then up to four words and a comma: `Thưa luật sư, …`. */
const VOCATIVE = /^\S+(?:\s+[\p{L}.]+){1,4},/u;

let pronouns: Set<string> | undefined;

/**
 * An opener list as comparison keys, each followed by a space: the openers, and the words that
 * start like one but are not (`!riêng tư` in the file: privacy, not `Riêng …`).
 */
interface OpenerKeys {
  openers: string[];
  except: string[];
}

const openerLists = new Map<string, OpenerKeys>();

/** The phrases of an opener list as comparison keys; read once. */
function openerKeys(file: string): OpenerKeys {
  let keys = openerLists.get(file);
  if (!keys) {
    const { entries, exceptions } = readListWithExceptions(file);
    const key = (o: string) => `${comparisonKey(o)} `;
    keys = { openers: entries.map(key), except: exceptions.map(key) };
    openerLists.set(file, keys);
  }
  return keys;
}

/**
 * Whether a text opens with one of the openers of `keys` (openerKeys) as whole words, and not
 * with one of its exceptions; a comma or colon after the phrase counts as a space (`Tuy nhiên,
 * …`, `Cụ thể: …`). Only its head is read.
 */
function opensWithListed(text: string, keys: OpenerKeys): boolean {
  const head = `${comparisonKey(text.trimStart().slice(0, 40)).replace(/[,:]/g, " ")} `;
  if (keys.except.some((k) => head.startsWith(k))) return false;
  return keys.openers.some((k) => head.startsWith(k));
}

/** First two words of a text (punctuation aside), as written; only its head is read. */
function firstWords(text: string): [string, string] {
  const [first = "", second = ""] = text
    .trimStart()
    .slice(0, 60)
    .split(/[\s,:;]+/u, 2);
  return [first, second];
}

/**
 * Starts with a word that points back to an earlier sentence (`ông này`, `động thái này`,
 * `tuy nhiên`, …; data/text/dependent-openers.txt), or with a personal pronoun not followed by a
 * capitalized name (`Ông cho biết …` points back, `Ông Nguyễn Văn A cho biết …` does not;
 * data/text/pronoun-openers.txt), so it reads badly without its antecedent.
 */
export function startsDependent(text: string): boolean {
  if (opensWithListed(text, openerKeys("dependent-openers.txt"))) return true;
  const [first, second] = firstWords(text);
  return isPersonalPronoun(first) && !/^\p{Lu}/u.test(second);
}

/**
 * Starts with a phrase that details the sentence before it (`Trong đó, …` splits a total given
 * before it, `Cụ thể, …` spells out what it says) or sets itself against that one (`Riêng …`,
 * `Còn …`: "as for …"; data/text/detail-openers.txt), so it reads as a fragment without that
 * sentence. Kept apart from `startsDependent`, whose list also feeds the scorer's features.
 */
export function detailsPrevious(text: string): boolean {
  return opensWithListed(text, openerKeys("detail-openers.txt"));
}

/**
 * Starts with a demonstrative as its subject (`Đây cũng là …`, `Đó chính là …`, `Đây không
 * phải …`; data/text/demonstrative-openers.txt), which points at what the sentence before it
 * said. `startsDependent` lists only `Đây là`, `Đó là`, since its list also feeds the scorer's
 * features.
 */
export function opensWithDemonstrative(text: string): boolean {
  return opensWithListed(text, openerKeys("demonstrative-openers.txt"));
}

/**
 * Starts with a phrase that stands for a time, a place, a choice or people told in the sentence
 * before it (`Khi đó, …`, `Tại đây, …`, `Thay vào đó, …`, `Chiều cùng ngày, …`, `Cả hai …`;
 * data/text/antecedent-openers.txt): told after another sentence, it would be told of that one.
 * Kept apart from `startsDependent`, whose list also feeds the scorer's features.
 */
export function opensWithAntecedentWord(text: string): boolean {
  return opensWithListed(text, openerKeys("antecedent-openers.txt"));
}

/** A personal pronoun of data/text/pronoun-openers.txt (`ông`, `bà`, `họ`, …), any case. */
export function isPersonalPronoun(word: string): boolean {
  pronouns ??= new Set(readListFile("pronoun-openers.txt").map(comparisonKey));
  return pronouns.has(comparisonKey(word));
}

/**
 * Starts with a back-pointing word or with a personal pronoun, whether a name follows it or not
 * (`Ông Nguyễn Văn A cho biết …` counts): the scorer's `dependentOpener` feature, which marks
 * sentences that attribute or continue rather than report. Wider than `startsDependent`, which
 * the ordering uses.
 */
export function opensWithPersonOrLink(text: string): boolean {
  return startsDependent(text) || isPersonalPronoun(firstWords(text)[0]);
}
