/**
 * A sentence broken over lines: the page set a line break inside it (a `<br>`, a hard wrap of a
 * text file) and the scraper kept it. A line goes on with the one before when
 * - the paragraph being rebuilt opens as a sentence does (a capital, a digit, a quote or a
 *   bracket), so a list of lowercase items (`đổi trả …`, `bảo hành …`) stays a list;
 * - the line before ends with a letter, a digit or a comma, with no sentence's end;
 * - the line opens with a wholly lowercase word: not a list label (`a)`, `b.`) nor a name in
 *   mixed case (`iPhone 16 …` after a heading).
 * ("… vi phạm tốc độ" + "và dừng đỗ sai quy định …" are one paragraph again.)
 */
const SENTENCE_OPEN = /^[\p{Lu}\p{N}"“'‘(]/u;
const OPEN_END = /[\p{L}\p{M}\p{N},]$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}]*(?![).\p{L}\p{M}])/u;

/**
 * The lines with every line that goes on with the sentence before it joined to it by a space;
 * `mayJoin(i)` may forbid line `i` to join (the HTML reader joins only after a single `<br>`).
 * A joined paragraph is made of the trimmed lines; a line left alone is returned as given.
 * Linear: each test reads the paragraph's first line and the last line, never what was joined.
 */
export function joinBrokenLines(
  lines: readonly string[],
  mayJoin: (i: number) => boolean = () => true,
): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  let opensSentence = false;
  const flush = () => {
    if (parts.length > 1) out[out.length - 1] = parts.join(" ");
  };
  lines.forEach((line, i) => {
    const text = line.trim();
    const last = parts[parts.length - 1];
    if (
      last !== undefined &&
      opensSentence &&
      mayJoin(i) &&
      OPEN_END.test(last.slice(-2)) &&
      LOWER_WORD.test(text.slice(0, 64))
    ) {
      parts.push(text);
      return;
    }
    flush();
    out.push(line);
    parts = [text];
    opensSentence = SENTENCE_OPEN.test(text);
  });
  flush();
  return out;
}
