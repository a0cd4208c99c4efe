import { readListFile } from "../data-files.ts";
import { quoteCounts } from "../sentence-shape.ts";
import { opensWithTime } from "../time-expressions.ts";

let openers: string[] | undefined;
let names: string[] | undefined;

function load(): [string[], string[]] {
  if (openers === undefined || names === undefined) {
    const lines = readListFile("fused-openers.txt");
    openers = lines.filter((l) => !l.startsWith("!"));
    names = lines.filter((l) => l.startsWith("!")).map((l) => l.slice(1));
  }
  return [openers, names];
}

/** A space between a lowercase word (or a closing quote, or a number) and a capitalized word. */
const JOINT = /(?<=(?:^|\s)\p{Ll}[\p{L}\p{M}]*|[”"\d])\s+(?=\p{Lu})/gu;

function startsWithPhrase(text: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => text.startsWith(p) && /^(?:\s|$)/u.test(text.slice(p.length)));
}

/** Whether the sentence's next part opens a new sentence: "Trong số …", "Sáng 15/3, …". */
function opensSentence(rest: string): boolean {
  const [phrases, blocked] = load();
  if (startsWithPhrase(rest, blocked)) return false;
  return startsWithPhrase(rest, phrases) || opensWithTime(rest);
}

function quotesOpen(text: string): boolean {
  const { curly, straight } = quoteCounts(text);
  return curly !== 0 || straight % 2 === 1;
}

/** Cuts one piece wherever a sentence opener follows a lowercase word with no punctuation. */
function cutFused(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  JOINT.lastIndex = 0;
  for (let m = JOINT.exec(piece); m !== null; m = JOINT.exec(piece)) {
    const head = piece.slice(start, m.index);
    const rest = piece.slice(m.index + m[0].length);
    if (!opensSentence(rest) || quotesOpen(head)) continue;
    out.push(head.trim());
    start = m.index + m[0].length;
  }
  out.push(piece.slice(start).trim());
  return out.filter((s) => s !== "");
}

/**
 * Pass 6: a heading or photo caption fused to the sentence after it, with no punctuation between
 * ("Phi văn hóa Trong số những ca khúc …", "… vì Syria Trong cuộc hội đàm …"), is cut off as a
 * piece of its own; with no final punctuation it is never a summary sentence. The cut is made
 * only before a sentence opener that is not part of a name (data/text/fused-openers.txt) or a
 * time word with a day, right after a lowercase word, outside quotation marks.
 */
export function splitFused(pieces: string[]): string[] {
  return pieces.flatMap(cutFused);
}
