import { joinBrokenLines } from "../../text/clean/broken-lines.ts";

/** A line of a page's text, and whether a single `<br>` began it (not a block). */
export interface BrokenLine {
  text: string;
  afterBr: boolean;
}

/**
 * The lines with a sentence that a single `<br>` cut joined again by a space, as the cleaner
 * joins a text's broken lines (`joinBrokenLines`: "… vi phạm tốc độ<br>và dừng đỗ sai quy định
 * …"), but only across a single `<br>`: a block's end, or a run of `<br>`, always ends the line.
 */
export function joinBrokenSentences(lines: readonly BrokenLine[]): string[] {
  return joinBrokenLines(
    lines.map((l) => l.text),
    (i) => lines[i]?.afterBr === true,
  );
}
