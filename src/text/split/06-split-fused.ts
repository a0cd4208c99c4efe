import { readListFile } from "../data-files.ts";
import { comparisonKey } from "../normalize/index.ts";
import { quotesBalanced } from "../sentence-shape.ts";
import { opensWithTime } from "../time-expressions.ts";

interface Openers {
  phrases: string[];
  /** Phrases that are names and block the cut ("Theo dõi"). */
  blocked: string[];
  /** Comparison keys of every first word a cut may start with: a quick pre-check. */
  firstWords: Set<string>;
}

let openers: Openers | undefined;

function load(): Openers {
  if (openers) return openers;
  const lines = readListFile("fused-openers.txt");
  const phrases = lines.filter((l) => !l.startsWith("!"));
  const blocked = lines.filter((l) => l.startsWith("!")).map((l) => l.slice(1));
  const firstWord = (l: string) => comparisonKey(l.split(/\s+/u)[0] ?? "");
  const firstWords = new Set([
    ...phrases.map(firstWord),
    ...readListFile("time-cues.txt").map(firstWord),
  ]);
  openers = { phrases, blocked, firstWords };
  return openers;
}

/** White space before a capitalized word. */
const BEFORE_CAPITAL = /\s+(?=\p{Lu})/gu;

function startsWithPhrase(text: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => text.startsWith(p) && /^(?:\s|$)/u.test(text.slice(p.length)));
}

/** The word before `end`: a lowercase word with no punctuation, or one ending in a closing quote or a digit ("… dấu” Theo …"). */
function joinsAfter(text: string, end: number): boolean {
  const start = text.lastIndexOf(" ", end - 1) + 1;
  const word = text.slice(start, end);
  return /^\p{Ll}[\p{L}\p{M}]*$/u.test(word) || /[”"\d]$/u.test(word);
}

/** Whether the sentence's next part opens a new sentence: "Trong số …", "Sáng 15/3, …". */
function opensSentence(rest: string): boolean {
  const { phrases, blocked, firstWords } = load();
  const space = rest.indexOf(" ");
  if (!firstWords.has(comparisonKey(space < 0 ? rest : rest.slice(0, space)))) return false;
  if (startsWithPhrase(rest, blocked)) return false;
  return startsWithPhrase(rest, phrases) || opensWithTime(rest);
}

/** Cuts one piece wherever a sentence opener follows a lowercase word with no punctuation. */
function cutFused(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  BEFORE_CAPITAL.lastIndex = 0;
  for (let m = BEFORE_CAPITAL.exec(piece); m !== null; m = BEFORE_CAPITAL.exec(piece)) {
    if (m.index === 0 || !joinsAfter(piece, m.index)) continue;
    const rest = piece.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (!opensSentence(rest)) continue;
    const head = piece.slice(start, m.index);
    if (!quotesBalanced(head)) continue;
    out.push(head.trim());
    start = m.index + m[0].length;
  }
  out.push(piece.slice(start).trim());
  return out.filter((s) => s !== "");
}

/**
 * Pass 6: a heading or photo caption fused to the sentence after it, with no punctuation between
 * ("Mùa lúa mới Trong tuần này, nông dân …", "… đông vui Tối 2/9, hàng nghìn người …"), is cut off as a
 * piece of its own; with no final punctuation it is never a summary sentence. The cut is made
 * only before a sentence opener that is not part of a name (data/text/fused-openers.txt) or a
 * time word with a day, right after a lowercase word, outside quotation marks.
 */
export function splitFused(pieces: string[]): string[] {
  return pieces.flatMap(cutFused);
}
