/**
 * Lexicon features of a gap (after UETsegmenter and RDRsegmenter, which both gain most of their
 * accuracy from a dictionary): for the gap before syllable i, the longest dictionary word that
 * spans it (A), the longest that ends just before it (E) and the longest that starts at it (S),
 * each capped at 4, combined into one code A·25 + E·5 + S. Words are reported as spans by the
 * caller (the trie walk at run time, the cross-fold dictionary at training time).
 */
import type { Workspace } from "./workspace.ts";

const CAP = 4;

/** Clears the span counters for a sentence of `n` syllables. */
export function resetSpans(ws: Workspace, n: number): void {
  ws.startMax.fill(0, 0, n + 1);
  ws.endMax.fill(0, 0, n + 1);
  ws.cover.fill(0, 0, n + 1);
}

/** Records the dictionary word covering syllables [start, start + length). */
export function addSpan(ws: Workspace, start: number, length: number): void {
  const { startMax, endMax, cover } = ws;
  const end = start + length - 1;
  if ((startMax[start] as number) < length) startMax[start] = length;
  if ((endMax[end] as number) < length) endMax[end] = length;
  for (let g = start + 1; g <= end; g++) if ((cover[g] as number) < length) cover[g] = length;
}

/** Writes the lexicon code of every gap 1..n-1 into `ws.lex`. */
export function spanCodes(ws: Workspace, n: number): void {
  const { startMax, endMax, cover, lex } = ws;
  for (let i = 1; i < n; i++) {
    const a = Math.min(cover[i] as number, CAP);
    const e = Math.min(endMax[i - 1] as number, CAP);
    const s = Math.min(startMax[i] as number, CAP);
    lex[i] = a * 25 + e * 5 + s;
  }
}
