/**
 * Sentences that lean on the one before them in their source: an opening connective (`Tuy
 * nhiên,`, `Theo đó,`) that the summary's assembly drops where that sentence is not before it,
 * and the openings that make a sentence wait for its antecedent in the selection and follow it
 * in the ordering.
 */
import { readListFile } from "./data-files.ts";
import { speaksUnnamed } from "./first-person.ts";
import { comparisonKey } from "./normalize/index.ts";
import { capitalize, phraseSource, wordsPattern } from "./phrase-pattern.ts";
import {
  detailsPrevious,
  opensWithAntecedentWord,
  opensWithDemonstrative,
  startsDependent,
} from "./sentence-shape.ts";

/** A sentence without its opening connective, and the connective it lost. */
export interface DroppedConnective {
  text: string;
  removed: string;
}

/** One pattern per entry of data/text/dangling-connectives.txt; group 1 is the dropped text. */
let patterns: RegExp[] | undefined;

/** `tuy nhiên` (comma optional), `ngoài ra,` (comma required), `cũng | theo` (`theo` kept). */
function parse(line: string): RegExp {
  const [dropped = "", kept] = line.split("|").map((s) => s.trim());
  const head = phraseSource(dropped.replace(/,$/u, ""));
  if (kept !== undefined) return new RegExp(`^(${head})\\s+(?=${phraseSource(kept)}\\s)`, "iu");
  return new RegExp(`^(${head})${dropped.endsWith(",") ? "," : ",?"}\\s+`, "iu");
}

/**
 * Drops a connective that ties a sentence to the one before it in its source (`Tuy nhiên,`,
 * `Theo đó,`, `Trước đó,`, `Cũng theo` → `Theo`; data/text/dangling-connectives.txt) and
 * capitalizes what follows. The caller applies it only where the summary does not put that
 * source sentence directly before this one, so the connective would point at nothing.
 * Undefined when the sentence opens otherwise or when no word would be left.
 */
export function dropConnective(text: string): DroppedConnective | undefined {
  patterns ??= readListFile("dangling-connectives.txt").map(parse);
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (!m?.[1]) continue;
    const rest = text.slice(m[0].length);
    return /\p{L}/u.test(rest) ? { text: capitalize(rest), removed: m[1] } : undefined;
  }
  return undefined;
}

/** The sentence as the assembly gives it where its source predecessor is not before it. */
export function withoutConnective(text: string): string {
  return dropConnective(text)?.text ?? text;
}

/**
 * Whether a sentence still needs the one before it in its source once the assembly has dropped
 * its connective: it opens pointing back (`Đây là …`, `Nhưng việc này …` reads `Việc này …`),
 * it details the sentence before it (`Trong đó, …`, `Cụ thể, …`; `detailsPrevious`), its subject
 * is a demonstrative (`Đây cũng là …`, `Đó chính là …`; `opensWithDemonstrative`), it opens
 * with a word for a time, place or choice told before it (`Khi đó, …`, `Tại đây, …`, `Thay vào
 * đó, …`; `opensWithAntecedentWord`), or it
 * speaks in the first person without naming its speaker (`Theo tôi, …`; first-person.ts).
 * What the selection waits on (selection/awaits-antecedent.ts).
 */
export function needsAntecedent(text: string): boolean {
  const rest = withoutConnective(text);
  return startsDependent(rest) || leansBeyondOpening(text, rest);
}

/** `needsAntecedent`'s tests but `startsDependent`; `rest` is `text` after its connective. */
function leansBeyondOpening(text: string, rest: string): boolean {
  return (
    detailsPrevious(rest) ||
    opensWithDemonstrative(rest) ||
    opensWithAntecedentWord(rest) ||
    opensWithThis(rest) ||
    speaksUnnamed(text)
  );
}

/** Up to four words that open a sentence, then `này`. */
const OPENS_WITH_THIS = /^\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,3}\s+này(?=[\s,])/u;

let timeNouns: Set<string> | undefined;

/**
 * Whether a sentence opens with a noun phrase that `này` ("this") ends (`Con số này …`, `Cơ quan
 * này …`, `Với quyết định này, …`): it names something told in the sentence before. A noun of
 * time before `này` (`Lúc này`, `Tuần này`; data/text/time-this-nouns.txt) tells when instead.
 */
export function opensWithThis(text: string): boolean {
  const m = OPENS_WITH_THIS.exec(text);
  if (m === null) return false;
  timeNouns ??= new Set(readListFile("time-this-nouns.txt").map(comparisonKey));
  const words = m[0].split(/\s+/u).slice(0, -1).map(comparisonKey);
  const one = words.at(-1) ?? "";
  return !timeNouns.has(one) && !timeNouns.has(words.slice(-2).join(" "));
}

/**
 * Whether a sentence points back at the one before it in its source, as written (`Tuy nhiên,
 * …`, `Đây là …`), as `needsAntecedent` reads it, or by its time (`… cùng ngày …`;
 * tellsTimeByEarlierDate): what the ordering keeps after its antecedent. `startsDependent` runs once on a sentence without a connective.
 */
export function pointsBack(text: string): boolean {
  if (startsDependent(text)) return true;
  const rest = withoutConnective(text);
  return (
    (rest !== text && startsDependent(rest)) ||
    leansBeyondOpening(text, rest) ||
    tellsTimeByEarlierDate(text)
  );
}

let sameTime: RegExp | undefined;

/**
 * Whether a sentence tells its time by a date told before it, anywhere in it (`… lúc 18h cùng
 * ngày, …`; data/text/same-time-words.txt): the ordering keeps it after its source predecessor,
 * so that it does not take another sentence's date.
 */
export function tellsTimeByEarlierDate(text: string): boolean {
  sameTime ??= wordsPattern(readListFile("same-time-words.txt").map(comparisonKey));
  return sameTime.test(comparisonKey(text));
}
