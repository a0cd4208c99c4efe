import type { Budget, PreparedCluster, Selection } from "./types.ts";

/**
 * Greedy budgeted selection shared by score-based methods: walk candidates best first and
 * keep each one that fits the syllable and sentence budget and passes `accept` (redundancy).
 * Never cuts a sentence and never exceeds the budget.
 */
export function fillBudget(
  cluster: PreparedCluster,
  ranked: number[],
  scores: number[],
  budget: Budget,
  accept: (candidate: number, chosen: number[]) => boolean = () => true,
): Selection {
  const chosen: number[] = [];
  let used = 0;
  for (const i of ranked) {
    if (chosen.length >= budget.maxSentences) break;
    const s = cluster.sentences[i];
    if (!s || s.syllables === 0 || used + s.syllables > budget.maxSyllables) continue;
    if (!accept(i, chosen)) continue;
    chosen.push(i);
    used += s.syllables;
  }
  return { chosen, scores: chosen.map((i) => scores[i] ?? 0) };
}

/** Indices 0..n-1 sorted by descending score, ties by position (stable, deterministic). */
export function rankByScore(scores: number[]): number[] {
  return scores
    .map((_, i) => i)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
}
