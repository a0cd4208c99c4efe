import { readListFile } from "./data-files.ts";
import { alternation } from "./phrase-pattern.ts";

let shape: RegExp | undefined;

/**
 * True when a word spelled without marks (lowercase Latin letters: `nguoi`, `khong`) fits the
 * shape of one Vietnamese syllable: an onset of data/text/unmarked-onsets.txt, then a rhyme of
 * data/text/unmarked-rhymes.txt. `diaz`, `council` and `raul` do not.
 */
export function fitsSyllableShape(unmarked: string): boolean {
  shape ??= new RegExp(
    `^(?:${alternation(readListFile("unmarked-onsets.txt"))})?(?:${alternation(readListFile("unmarked-rhymes.txt"))})$`,
  );
  return shape.test(unmarked);
}

/** A word with its marks taken off and lowercased, as `fitsSyllableShape` reads it: `Người` → `nguoi`. */
export function unmarked(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/gu, "d").toLowerCase();
}
