import { readListFile } from "./data-files.ts";

let shape: RegExp | undefined;

/**
 * True when a word spelled without marks (lowercase Latin letters: `nguoi`, `khong`) fits the
 * shape of one Vietnamese syllable: an onset of data/text/unmarked-onsets.txt, then a rhyme of
 * data/text/unmarked-rhymes.txt. `diaz`, `council` and `raul` do not.
 */
export function fitsSyllableShape(unmarked: string): boolean {
  shape ??= new RegExp(
    `^(?:${alternatives("unmarked-onsets.txt")})?(?:${alternatives("unmarked-rhymes.txt")})$`,
  );
  return shape.test(unmarked);
}

/** A list file's entries as regex alternatives, longest first. */
function alternatives(name: string): string {
  return readListFile(name)
    .sort((a, b) => b.length - a.length)
    .join("|");
}

/** A word with its marks taken off and lowercased, as `fitsSyllableShape` reads it: `Người` → `nguoi`. */
export function unmarked(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/gu, "d").toLowerCase();
}
