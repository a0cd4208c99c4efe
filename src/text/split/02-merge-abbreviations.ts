import { abbreviations, exclaimedNames } from "../abbreviations.ts";

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
  const abbr = abbreviations();
  // Merged pieces are kept as lists and joined once, and the test reads only the last piece (a
  // merged one ends with it): testing the growing merged text made a long run of initials
  // ("Ab Cd Theo X. " repeated) quadratic.
  const groups: string[][] = [];
  let last: string | undefined;
  for (const piece of pieces) {
    if (last !== undefined && (endsWithAbbreviation(last, abbr) || endsWithExclaimedName(last)))
      groups[groups.length - 1]?.push(piece);
    else groups.push([piece]);
    last = piece;
  }
  return groups.map((g) => g.join(" "));
}

/** Tone marks (NFD): a capital that carries one is a word (`Á`, Asia; `Ý`, Italy), not an initial. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** A one-letter initial: `V.`, `Đ.`; not `Á.` (`châu Á.` ends its sentence). */
function isInitial(word: string): boolean {
  return /^\p{Lu}$/u.test(word) && !TONE_MARK.test(word.normalize("NFD"));
}

function endsWithAbbreviation(piece: string, abbr: Set<string>): boolean {
  const m = LAST_WORD.exec(piece);
  if (!m) return false;
  const word = m[1] as string;
  if (isInitial(word)) return true;
  if (abbr.has(word)) return true;
  // Dotted abbreviation chains like PGS.TS. or TP.HCM. followed by a name, and initials (ông T.V.K.).
  const parts = word.split(".");
  return parts.length > 1 && parts.every((p) => abbr.has(p) || /^\p{Lu}$/u.test(p));
}

function endsWithExclaimedName(piece: string): boolean {
  const m = LAST_EXCLAIMED.exec(piece);
  return m !== null && exclaimedNames().has(m[1] as string);
}
