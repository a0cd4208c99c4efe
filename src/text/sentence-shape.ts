/** Ends with sentence-final punctuation, optionally followed by closing quotes or brackets. */
const FINAL = /[.!?…]["”’»)\]]*$/u;

/** Curly quotes balanced and an even number of straight double quotes. */
function quotesBalanced(text: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === "“") curly++;
    else if (ch === "”") curly--;
    else if (ch === '"') straight++;
  }
  return curly === 0 && straight % 2 === 0;
}

/**
 * True for a complete sentence: final punctuation and balanced quotes. Headlines, subheadings
 * and quotation fragments fail it, and tomtat never puts them in a summary.
 */
export function isCompleteSentence(text: string): boolean {
  const t = text.trim();
  return FINAL.test(t) && quotesBalanced(t);
}
