import { readListFile } from "./data-files.ts";

let cached: Set<string> | undefined;

/** Abbreviations whose final period does not end a sentence (data/text/abbreviations.txt). */
export function abbreviations(): Set<string> {
  cached ??= new Set(readListFile("abbreviations.txt"));
  return cached;
}

/** Tone marks (NFD): a capital that carries one is a word (`Á`, Asia; `Ý`, Italy), not an initial. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** A one-letter initial, given without its period: `V`, `Đ`; not `Á` (`châu Á.` ends its sentence). */
export function isInitial(word: string): boolean {
  return /^\p{Lu}$/u.test(word) && !TONE_MARK.test(word.normalize("NFD"));
}

/**
 * True for a word, given without its final period, whose period does not end a sentence: an
 * abbreviation (`TP`, `ThS`), an initial (`V`) or a dotted chain of them (`PGS.TS`, `T.V.K`).
 */
export function isAbbreviated(word: string): boolean {
  if (isInitial(word) || abbreviations().has(word)) return true;
  const parts = word.split(".");
  return parts.length > 1 && parts.every((p) => abbreviations().has(p) || isInitial(p));
}

let cachedNames: Set<string> | undefined;

/** Names whose exclamation mark does not end a sentence (data/text/exclaimed-names.txt): `Yahoo!`. */
export function exclaimedNames(): Set<string> {
  cachedNames ??= new Set(readListFile("exclaimed-names.txt"));
  return cachedNames;
}
