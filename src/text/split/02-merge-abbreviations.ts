import { exclaimedNames, isAbbreviated, isInitial } from "../abbreviations.ts";
import { readListFile } from "../data-files.ts";
import { comparisonKey } from "../normalize/index.ts";
import { isPersonalPronoun } from "../sentence-shape.ts";

/** Last word before a final period, e.g. "TP." → "TP", "ông V." → "V", "PGS.TS." → "PGS.TS". */
const LAST_WORD = /(?:^|[\s(“"])([\p{L}.]+)\.$/u;
/** Last word before a final exclamation mark, with it: "Yahoo!". */
const LAST_EXCLAIMED = /(?:^|[\s(“"])(\p{L}+!)$/u;

/**
 * Pass 2: re-join a piece that ends with an abbreviation (TP., ThS., PGS.TS.), a
 * one-letter initial (ông V. Bình, ông T.V.K. (35 tuổi)) or a name written with an exclamation
 * mark (Yahoo! Mail) to the piece after it.
 */
export function mergeAbbreviations(pieces: string[]): string[] {
  // Merged pieces are kept as lists and joined once, and the test reads only the last piece (a
  // merged one ends with it): testing the growing merged text made a long run of initials
  // ("Ab Cd Theo X. " repeated) quadratic.
  const groups: string[][] = [];
  let last: string | undefined;
  for (const piece of pieces) {
    const joins =
      last !== undefined &&
      ((endsWithAbbreviation(last) && !endsAtLetter(last, piece)) || endsWithExclaimedName(last));
    if (joins) groups[groups.length - 1]?.push(piece);
    else groups.push([piece]);
    last = piece;
  }
  return groups.map((g) => g.join(" "));
}

function endsWithAbbreviation(piece: string): boolean {
  const m = LAST_WORD.exec(piece);
  return m !== null && isAbbreviated(m[1] as string);
}

function endsWithExclaimedName(piece: string): boolean {
  const m = LAST_EXCLAIMED.exec(piece);
  return m !== null && exclaimedNames().has(m[1] as string);
}

/** A letter with its period after a lowercase word, and the word before it: "độ C." → "độ". */
const LETTER_AFTER_WORD = /(?:^|\s)(\p{Ll}+)\s+(\p{Lu})\.$/u;
/** A sentence's opening: a capitalized word and a lowercase one ("Trời nắng", "Để phòng"). */
const OPENING = /^["“]?\p{Lu}\p{Ll}*,?\s+\p{Ll}/u;

let personNouns: Set<string> | undefined;

/**
 * Whether a piece that ends with a capital letter and its period ends its sentence there: the
 * letter follows a lowercase word that does not name a person (`38 độ C.`, `viêm gan B.`,
 * `bảng E.`; not `bị can T.`, `chị H.`, data/text/person-nouns.txt) and the next piece opens as
 * a sentence does. After a capitalized word the letter is a name's initial (`Michael B. Jordan`).
 */
function endsAtLetter(piece: string, next: string): boolean {
  const m = LETTER_AFTER_WORD.exec(piece);
  if (m === null || !isInitial(m[2] as string) || !OPENING.test(next)) return false;
  const words = piece
    .slice(0, m.index + m[0].length - 3)
    .trim()
    .split(/\s+/u)
    .slice(-2);
  personNouns ??= new Set(readListFile("person-nouns.txt").map(comparisonKey));
  const last = words.at(-1) ?? "";
  if (isPersonalPronoun(last) || personNouns.has(comparisonKey(last))) return false;
  return !personNouns.has(comparisonKey(words.join(" ")));
}
