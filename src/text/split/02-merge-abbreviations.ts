import { exclaimedNames, isAbbreviated } from "../abbreviations.ts";

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
    if (last !== undefined && (endsWithAbbreviation(last) || endsWithExclaimedName(last)))
      groups[groups.length - 1]?.push(piece);
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
