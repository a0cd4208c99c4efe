import { isCompleteSentence, startsDependent } from "../../text/sentence-shape.ts";
import { countSyllables } from "../../text/tokenize.ts";
import { type CompressionRule, RULES } from "./rules.ts";

export type { CompressionRule, Cut } from "./rules.ts";

/** A compressed sentence: its new text and the spans removed from the source, in cut order. */
export interface Compressed {
  text: string;
  removed: string[];
}

/** The fewest syllables a compressed sentence keeps. */
const MIN_KEPT_SYLLABLES = 8;

/**
 * Safe compression of one sentence (issue 5): drops a leading attribution (`Theo ông X,`), a
 * trailing one (`…, ông X cho biết.`) and parenthetical asides without figures, each only when
 * the rest is still a complete sentence of at least 8 syllables that does not open with a word
 * pointing back. `others` are the summary's other sentences: an aside whose words they use stays.
 * The source sentence is unchanged when no cut is safe.
 */
export function compressSentence(
  text: string,
  others: readonly string[] = [],
  rules: readonly CompressionRule[] = RULES,
): Compressed {
  let current = text;
  const removed: string[] = [];
  for (const rule of rules) {
    // Each cut shortens the text, so a repeatable rule stops.
    for (;;) {
      const cut = rule.apply(current, others);
      if (!cut || !safe(cut.text)) break;
      current = cut.text;
      removed.push(cut.removed);
      if (rule.repeatable !== true) break;
    }
  }
  return { text: current, removed };
}

function safe(text: string): boolean {
  return (
    isCompleteSentence(text) && countSyllables(text) >= MIN_KEPT_SYLLABLES && !startsDependent(text)
  );
}

/**
 * Compresses every sentence of a summary, each with the others as context (an abbreviation
 * that a later sentence uses keeps its definition).
 */
export function compressSummary(texts: readonly string[]): Compressed[] {
  return texts.map((text, k) =>
    compressSentence(
      text,
      texts.filter((_, j) => j !== k),
    ),
  );
}

/** A summary assembled from ordered sentences: each part (compressed or as it was), the text, its syllables. */
export interface AssembledSummary {
  parts: Compressed[];
  summary: string;
  syllables: number;
}

/**
 * Joins the ordered sentences into the summary, compressing them when `compress` is true. The
 * syllables are recounted only then; otherwise the sentences' own counts are summed. Used by
 * `summarize()` and by the evaluation systems, so both measure the same text.
 */
export function assembleSummary(
  sentences: readonly { text: string; syllables: number }[],
  compress: boolean,
): AssembledSummary {
  const parts = compress
    ? compressSummary(sentences.map((s) => s.text))
    : sentences.map((s): Compressed => ({ text: s.text, removed: [] }));
  const summary = parts.map((p) => p.text).join(" ");
  const syllables = compress
    ? countSyllables(summary)
    : sentences.reduce((n, s) => n + s.syllables, 0);
  return { parts, summary, syllables };
}
