/**
 * A sentence broken over two lines: the page set a line break inside it (a `<br>`, a hard wrap
 * of a text file) and the scraper kept it. The first line ends with a letter, a digit or a comma
 * and the next opens with a lowercase word (not a list label, `a)`), which no paragraph of news text does
 * ("… vi phạm tốc độ" + "và dừng đỗ sai quy định …"); the two are one paragraph again.
 */
const OPEN_END = /[\p{L}\p{N},]$/u;
/** A lowercase word, not a list label (`a)`, `b.`). */
const LOWER_START = /^\p{Ll}[\p{L}\p{M}]*(?![).\p{L}\p{M}])/u;

/** True when line `next` goes on with the sentence that line `previous` left open (both trimmed). */
export function continuesLine(previous: string, next: string): boolean {
  return OPEN_END.test(previous) && LOWER_START.test(next);
}

/** The paragraphs with every line that continues the one before joined to it by a space. */
export function joinBrokenLines(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const last = out.length - 1;
    const previous = out[last];
    if (previous !== undefined && continuesLine(previous, p)) out[last] = `${previous} ${p}`;
    else out.push(p);
  }
  return out;
}
