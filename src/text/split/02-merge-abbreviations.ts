import { abbreviations } from "../abbreviations.ts";

/** Last word before a final period, e.g. "TP." → "TP", "ông V." → "V", "PGS.TS." → "PGS.TS". */
const LAST_WORD = /(?:^|[\s(“"])([\p{L}.]+)\.$/u;

/**
 * Pass 2: re-join a piece that ends with an abbreviation (TP., ThS., PGS.TS.) or a
 * one-letter initial (ông V. Bình, ông T.V.K. (35 tuổi)) to the piece after it.
 */
export function mergeAbbreviations(pieces: string[]): string[] {
  const abbr = abbreviations();
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && endsWithAbbreviation(prev, abbr))
      out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}

function endsWithAbbreviation(piece: string, abbr: Set<string>): boolean {
  const m = LAST_WORD.exec(piece);
  if (!m) return false;
  const word = m[1] as string;
  if (/^\p{Lu}$/u.test(word)) return true;
  if (abbr.has(word)) return true;
  // Dotted abbreviation chains like PGS.TS. or TP.HCM. followed by a name, and initials (ông T.V.K.).
  const parts = word.split(".");
  return parts.length > 1 && parts.every((p) => abbr.has(p) || /^\p{Lu}$/u.test(p));
}
