import { readListFile } from "./data-files.ts";

let cached: Set<string> | undefined;

/** Abbreviations whose final period does not end a sentence (data/text/abbreviations.txt). */
export function abbreviations(): Set<string> {
  cached ??= new Set(readListFile("abbreviations.txt"));
  return cached;
}
