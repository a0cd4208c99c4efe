/**
 * Class and id names read as words, and lists of word sequences matched against them: the
 * page reader tells a comment box, a caption or a lead by the names its markup gives it.
 */

/**
 * The words of each name in a class or id value: names split at `-`, `_` and where a lowercase
 * letter or digit meets a capital (`PhotoCMS_Caption` → photo, cms, caption), lowercased, a
 * trailing number or version dropped (`tinlienquanv2` → tinlienquan, `sidebar-1` → sidebar).
 */
export function nameWords(value: string): string[][] {
  const names: string[][] = [];
  for (const name of value.split(/\s+/)) {
    const words = name
      .split(/[-_]+|(?<=[a-z0-9])(?=[A-Z])/)
      .map((w) => w.toLowerCase().replace(/(?:v\d+|(?<!\d)\d+)$/, ""))
      .filter((w) => w !== "");
    if (words.length > 0) names.push(words);
  }
  return names;
}

/**
 * A list of names, each a sequence of words written with `-` (`tin-lien-quan`), that matches
 * a class or id holding the sequence, whole words in a row, within one of its names:
 * `binhluan` matches `box-binhluan` but not `binhluanmoi`; `tin-lien-quan` matches
 * `box-tin-lien-quan-2`.
 */
export class NameList {
  /** The entries by their first word. */
  private readonly byFirst = new Map<string, string[][]>();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const words = entry.toLowerCase().split("-");
      const first = words[0] as string;
      const list = this.byFirst.get(first);
      if (list) list.push(words);
      else this.byFirst.set(first, [words]);
    }
  }

  /** Whether some name of a class or id value (nameWords) holds an entry. */
  matches(names: readonly (readonly string[])[]): boolean {
    for (const words of names) {
      for (let i = 0; i < words.length; i++) {
        const entries = this.byFirst.get(words[i] as string);
        if (entries?.some((e) => e.every((w, j) => words[i + j] === w))) return true;
      }
    }
    return false;
  }
}
