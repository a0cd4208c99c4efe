import { continuesLine } from "../../text/clean/broken-lines.ts";

/** A line of a page's text, and whether a single `<br>` began it (not a block). */
export interface BrokenLine {
  text: string;
  afterBr: boolean;
}

/**
 * The lines with a sentence that a single `<br>` cut joined again by a space: a line that a
 * `<br>` began and that goes on with the sentence the line before left open, as the cleaner
 * reads a text's lines (`continuesLine`: "… vi phạm tốc độ<br>và dừng đỗ sai quy định …"). Any
 * other `<br>` stays a line break: before a capital or a digit, after a full stop or a colon,
 * after an empty line (a run of `<br>`).
 */
export function joinBrokenSentences(lines: readonly BrokenLine[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const before = joined.at(-1)?.trim();
    if (line.afterBr && before !== undefined && continuesLine(before, line.text.trim())) {
      joined[joined.length - 1] = `${before} ${line.text.trim()}`;
    } else joined.push(line.text);
  }
  return joined;
}
