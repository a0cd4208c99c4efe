/**
 * Word-segmentation corpora as text: the VLSP line format (one sentence per line, syllables of
 * a word joined by `_`, tokens separated by spaces) and CoNLL-U (a multi-syllable word is one
 * token whose FORM contains spaces), and the word F1 used to score a segmentation.
 */

/** A sentence as words, each word its syllables. */
export type WordSentence = string[][];

/** Parses one line of the VLSP format; an empty line gives no words. */
export function parseSegmentedLine(line: string): WordSentence {
  const words: WordSentence = [];
  for (const token of line.split(" ")) {
    if (token === "") continue;
    const syllables = token.split("_").filter((s) => s !== "");
    if (syllables.length > 0) words.push(syllables);
  }
  return words;
}

/** Sentences of a CoNLL-U file (multi-word-token ranges and empty nodes skipped). */
export function parseConllu(text: string): WordSentence[] {
  const sentences: WordSentence[] = [];
  let current: WordSentence = [];
  for (const raw of text.split("\n")) {
    const line = raw.trimEnd();
    if (line === "") {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    if (line.startsWith("#")) continue;
    const cols = line.split("\t");
    const id = cols[0] ?? "";
    const form = cols[1];
    if (form === undefined || id.includes("-") || id.includes(".")) continue;
    const syllables = form.split(" ").filter((s) => s !== "");
    if (syllables.length > 0) current.push(syllables);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Counts for word precision/recall/F1. */
export interface F1Counts {
  gold: number;
  predicted: number;
  correct: number;
}

/**
 * Word spans over the non-space characters of a sentence (`_` counts as space), so that a
 * different splitting of punctuation does not change the other words' spans.
 */
function spans(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  let pos = 0;
  for (const word of words) {
    const len = word.replace(/[_\s]/g, "").length;
    if (len === 0) continue;
    out.add(`${pos}:${pos + len}`);
    pos += len;
  }
  return out;
}

/** Adds the span matches of one sentence (words as `_`-joined strings) to `counts`. */
export function addF1(
  counts: F1Counts,
  gold: readonly string[],
  predicted: readonly string[],
): void {
  const g = spans(gold);
  const p = spans(predicted);
  counts.gold += g.size;
  counts.predicted += p.size;
  for (const s of p) if (g.has(s)) counts.correct++;
}

/** Precision, recall and F1 (0–1) of accumulated counts. */
export function f1Score(counts: F1Counts): { precision: number; recall: number; f1: number } {
  const precision = counts.predicted === 0 ? 0 : counts.correct / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.correct / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
