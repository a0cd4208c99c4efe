import { readListFile } from "./data-files.ts";

let cached: Set<string> | undefined;

/** Abbreviations whose final period does not end a sentence (data/text/abbreviations.txt). */
export function abbreviations(): Set<string> {
  cached ??= new Set(readListFile("abbreviations.txt"));
  return cached;
}

let cachedNames: Set<string> | undefined;

/** Names whose exclamation mark does not end a sentence (data/text/exclaimed-names.txt): `Yahoo!`. */
export function exclaimedNames(): Set<string> {
  cachedNames ??= new Set(readListFile("exclaimed-names.txt"));
  return cachedNames;
}
