import { isReadMore } from "./markers.ts";

/** A headline is short and has no sentence's end mark. */
const HEADLINE_WORDS_MAX = 25;
const SENTENCE_END = /[.!?…:]["”’»)]*$/u;
const HEADLINE_START = /^["“‘'(]?[\p{Lu}\d]/u;

/** A line that reads as a story's headline: "Hà Nội rà soát toàn bộ chung cư mini sau vụ cháy". */
export function isHeadline(line: string | undefined): boolean {
  if (line === undefined) return false;
  const p = line.trim();
  return (
    HEADLINE_START.test(p) && !SENTENCE_END.test(p) && p.split(/\s+/).length <= HEADLINE_WORDS_MAX
  );
}

/**
 * A related story's block opens at `i`: a read-more line ("Đọc thêm", data/text/read-more-lines.txt)
 * with a headline right after it. Followed by a sentence, the line is a folded page's "read on"
 * button and the article goes on after it.
 */
export function opensRelatedStory(paragraphs: readonly string[], i: number): boolean {
  return isReadMore(paragraphs[i] as string) && isHeadline(paragraphs[i + 1]);
}
