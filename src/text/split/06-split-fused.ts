import { fusedCaptionEnd } from "../caption-heads.ts";
import { readListFile, readListWithExceptions } from "../data-files.ts";
import { comparisonKey } from "../normalize/index.ts";
import { isPersonalPronoun, quotesBalanced } from "../sentence-shape.ts";
import { opensWithTime } from "../time-expressions.ts";

interface Openers {
  phrases: string[];
  /** Phrases that are names and block the cut ("Theo dõi"). */
  blocked: string[];
  /** Comparison keys of every first word a cut may start with: a quick pre-check. */
  firstWords: Set<string>;
  /** Comparison keys of the words that name a work whose title follows (`bộ phim`, `ca khúc`). */
  titleNouns: Set<string>;
}

let openers: Openers | undefined;

function load(): Openers {
  if (openers) return openers;
  const { entries: phrases, exceptions: blocked } = readListWithExceptions("fused-openers.txt");
  const firstWord = (l: string) => comparisonKey(l.split(/\s+/u)[0] ?? "");
  const firstWords = new Set([
    ...phrases.map(firstWord),
    ...readListFile("time-cues.txt").map(firstWord),
  ]);
  openers = {
    phrases,
    blocked,
    firstWords,
    titleNouns: new Set(readListFile("title-nouns.txt").map(comparisonKey)),
  };
  return openers;
}

/** White space before a capitalized word. */
const BEFORE_CAPITAL = /\s+(?=\p{Lu})/gu;

/**
 * The phrase of `phrases` that `text` starts with as whole words, if any; a comma may follow it
 * (`Tuy nhiên, …`).
 */
function phraseAt(text: string, phrases: readonly string[]): string | undefined {
  return phrases.find((p) => text.startsWith(p) && /^,?(?:\s|$)/u.test(text.slice(p.length)));
}

/**
 * How the word before `end` can join a fused heading: `lower` for a lowercase word with no
 * punctuation or one ending in a closing quote or a digit ("… dấu” Theo …"), `capital` for
 * any other word ending in a letter ("… ở Đà Lạt Trong …", "… quốc lộ 9A Tại …"), which may
 * also be the end of a name.
 */
function joinsAfter(text: string, end: number): "lower" | "capital" | undefined {
  const start = text.lastIndexOf(" ", end - 1) + 1;
  const word = text.slice(start, end);
  if (/^\p{Ll}[\p{L}\p{M}]*$/u.test(word) || /[”"\d]$/u.test(word)) return "lower";
  return /[\p{L}\p{M}]$/u.test(word) ? "capital" : undefined;
}

/** Characters before a cut read for the name test: room for a pronoun and three names. */
const TAIL_CHARS = 120;

/**
 * After a capitalized word the opener could be the last syllable of a name (`Ông Lê Văn Sau
 * đến dự`, `xóm Nước Trong (Quảng Ngãi)`, `Giới Hạn Trên Không`): the cut is made only when a
 * lowercase word follows the opener and the capitalized run is not a name after a personal
 * pronoun (`ông`, `anh`, … followed by at most two capitalized words).
 */
function capitalJoinCuts(before: string, afterOpener: string): boolean {
  if (!/^,?\s+\p{Ll}/u.test(afterOpener)) return false;
  // Only the last few words matter; reading all of `before` would make a long piece with many
  // blocked openers quadratic. A word the cut may have split is dropped.
  const tail = before.length > TAIL_CHARS ? before.slice(-TAIL_CHARS).replace(/^\S*/u, "") : before;
  const words = tail.trim().split(/\s+/u);
  let run = 0;
  while (run < words.length && /^\p{Lu}/u.test(words[words.length - 1 - run] ?? "")) run++;
  const first = words[words.length - run] ?? "";
  const previous = words[words.length - run - 1] ?? "";
  // `ông Lê Văn Sau`, or `Ông Lê Văn Sau` with the pronoun capitalized at the start
  if (run <= 2 && isPersonalPronoun(previous)) return false;
  if (run <= 3 && isPersonalPronoun(first)) return false;
  // `nạn nhân Nguyễn Thị Hiện`, `cụ Đỗ Văn Đến`: a name never ends with its middle name, so the
  // opener is the given name. After a whole name (`Đối tượng Lê Minh Hùng Theo cơ quan điều
  // tra, …`, a caption) the cut stands.
  return !MIDDLE_NAMES.has(words[words.length - 1] ?? "");
}

/** Middle names that are never the last word of a name. */
const MIDDLE_NAMES: ReadonlySet<string> = new Set(["Văn", "Thị"]);

/** Whether the last one or two words of `before` name a work whose title follows (`ca khúc`). */
function afterTitleNoun(before: string): boolean {
  const words = before.trimEnd().split(/\s+/u).slice(-2).map(comparisonKey);
  const { titleNouns } = load();
  return titleNouns.has(words.at(-1) ?? "") || titleNouns.has(words.join(" "));
}

/**
 * Whether the sentence's next part opens a new sentence: "Trong số …", "Sáng 15/3, …". After a
 * capitalized word only an opener phrase counts, under `capitalJoinCuts`.
 */
function opensSentence(rest: string, join: "lower" | "capital", before: string): boolean {
  const { phrases, blocked, firstWords } = load();
  const space = rest.indexOf(" ");
  if (!firstWords.has(comparisonKey(space < 0 ? rest : rest.slice(0, space)))) return false;
  if (phraseAt(rest, blocked) !== undefined) return false;
  const phrase = phraseAt(rest, phrases);
  if (join === "capital")
    return phrase !== undefined && capitalJoinCuts(before, rest.slice(phrase.length));
  // after a personal pronoun the capitalized word is a name: `chị Hiện cho biết …`; after a
  // word that names what follows, a title: `bộ phim Khi con là nhà`
  if (isPersonalPronoun(before.slice(before.lastIndexOf(" ") + 1))) return false;
  if (afterTitleNoun(before)) return false;
  return phrase !== undefined || opensWithTime(rest);
}

/**
 * Whether `text` opens as a sentence that may follow a fused heading or credit does: with an
 * opener phrase of data/text/fused-openers.txt that is not part of a name (`Theo Bộ Y tế, …`,
 * not `Theo dõi …`) or with a time word and its day (`Sáng 5/3, …`).
 */
export function opensWithOpener(text: string): boolean {
  const { phrases, blocked } = load();
  if (phraseAt(text, blocked) !== undefined) return false;
  return phraseAt(text, phrases) !== undefined || opensWithTime(text);
}

/** Cuts one piece wherever a sentence opener follows a word with no punctuation (see splitFused). */
function cutFused(piece: string): string[] {
  const out: string[] = [];
  let start = 0;
  BEFORE_CAPITAL.lastIndex = 0;
  for (let m = BEFORE_CAPITAL.exec(piece); m !== null; m = BEFORE_CAPITAL.exec(piece)) {
    const join = m.index === 0 ? undefined : joinsAfter(piece, m.index);
    if (join === undefined) continue;
    const rest = piece.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (!opensSentence(rest, join, piece.slice(start, m.index))) continue;
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
 * time word with a day, right after a lowercase word that is not a personal pronoun (`chị Hiện
 * cho biết` is a name), outside quotation marks. After a capitalized word ("Lễ hội hoa ở Đà Lạt
 * Trong ba ngày, …", a caption ending in a name) it is made before an opener phrase followed by
 * a lowercase word, unless the capitals are a name after a personal pronoun (`ông Lê Văn Sau
 * đến`). A caption that opens with a caption head (`Hiện trường vụ cháy Vụ cháy bùng phát …`)
 * is cut off first.
 */
export function splitFused(pieces: string[]): string[] {
  return pieces.flatMap(cutCaptionHead).flatMap(cutFused);
}

/**
 * A caption that opens with a caption head (`Hiện trường vụ tai nạn`, data/text/caption-heads.txt)
 * and runs into the article sentence after it is cut off as a piece of its own (see
 * `fusedCaptionEnd`).
 */
function cutCaptionHead(piece: string): string[] {
  const end = fusedCaptionEnd(piece);
  if (end === undefined || !quotesBalanced(piece.slice(0, end))) return [piece];
  return [piece.slice(0, end).trim(), piece.slice(end).trim()];
}
