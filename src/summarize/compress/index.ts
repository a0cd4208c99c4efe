import { dropConnective } from "../../text/back-reference.ts";
import { isCompleteSentence, startsDependent } from "../../text/sentence-shape.ts";
import { countSyllables } from "../../text/tokenize.ts";
import { followsInSource, type SourcePlace } from "../source-order.ts";
import { dropListLabel } from "./list-label.ts";
import { type CompressionRule, RULES } from "./rules.ts";

export { dropConnective } from "../../text/back-reference.ts";
export { dropListLabel } from "./list-label.ts";
export type { CompressionRule, Cut } from "./rules.ts";

/** A compressed sentence: its new text and the spans removed from the source, in cut order. */
export interface Compressed {
  text: string;
  removed: string[];
}

/** The fewest syllables a compressed sentence keeps. */
const MIN_KEPT_SYLLABLES = 8;

/** The most cuts a repeatable rule makes in one sentence (a sentence holds one to three asides). */
export const MAX_REPEATS = 8;

/**
 * Safe compression of one sentence (issue 5): drops a neutral leading attribution (`Theo Bộ Y
 * tế,`), a trailing report (`…, ông X cho biết.`) and parenthetical glosses without figures or
 * hedges (never a party's claim, a doubtful speaker or a hedge: stakes.ts), each only when
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
    // Each cut shortens the text, so a repeatable rule stops; at MAX_REPEATS at the latest, as
    // each try reads the whole sentence again (a sentence of 8,000 asides took 32 s).
    for (let n = 0; n < MAX_REPEATS; n++) {
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

/** A sentence to assemble; `doc` and `index` (its place in its source) tell what came before it there. */
export interface AssemblyInput extends SourcePlace {
  text: string;
  syllables: number;
}

/**
 * Joins the ordered sentences into the summary. A list item loses its label (`c) `, `3. `;
 * list-label.ts). A sentence whose source sentence before it is not the one before it here loses
 * an opening connective that points back (`Tuy nhiên,`, `Theo đó,`; text/back-reference.ts). With
 * `compress` true, each sentence is then compressed. The syllables are recounted when a sentence
 * changed; otherwise the sentences' own counts are summed. Used by `summarize()` and by the
 * evaluation systems, so both measure the same text.
 */
export function assembleSummary(
  sentences: readonly AssemblyInput[],
  compress: boolean,
): AssembledSummary {
  const loose = sentences.map((s, k): Compressed => {
    const part: Compressed = { text: s.text, removed: [] };
    const cuts = [dropListLabel, followsInSource(sentences[k - 1], s) ? undefined : dropConnective];
    for (const drop of cuts) {
      const cut = drop?.(part.text);
      if (!cut) continue;
      part.text = cut.text;
      part.removed.push(cut.removed);
    }
    return part;
  });
  const parts = compress
    ? compressSummary(loose.map((p) => p.text)).map((c, k) => ({
        text: c.text,
        removed: [...(loose[k]?.removed ?? []), ...c.removed],
      }))
    : loose;
  const summary = parts.map((p) => p.text).join(" ");
  const syllables = parts.some((p) => p.removed.length > 0)
    ? countSyllables(summary)
    : sentences.reduce((n, s) => n + s.syllables, 0);
  return { parts, summary, syllables };
}
