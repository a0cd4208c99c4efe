import { sentenceLimit } from "../select.ts";
import type { Budget, PreparedCluster, Selection } from "../types.ts";

/** What the expected-F1 selection needs to know about a cluster's concepts. */
export interface ConceptWeights {
  /** Ids of the distinct concepts (bigrams) of each sentence, parallel to the sentences. */
  sentenceConcepts: readonly Int32Array[];
  /** Probability that each concept is in the gold summary, by id. */
  probability: ArrayLike<number>;
}

export interface ExpectedF1Options {
  /** Expected number of distinct concepts of the gold summary (the F1 denominator's other half). */
  expectedGold: number;
  /** Sentences that may be chosen; the others are never offered. */
  candidates: readonly number[];
  /** Score reported for each chosen sentence (parallel to the sentences). */
  scores?: readonly number[];
  /**
   * Redundancy filter: once a sentence is chosen, the candidates for which
   * `repeats(candidate, summary)` holds are dropped (`summary`: the sentences chosen so far, the
   * newest last, one array that grows between calls), so a near-paraphrase of the newest one, or
   * a sentence the summary as a whole has told, does not repeat a fact though it adds a few new
   * bigrams.
   */
  repeats?: (candidate: number, summary: readonly number[]) => boolean;
  /**
   * A candidate for which `waits(candidate, summary)` holds is not offered at this step (it may
   * be later, once the summary holds what it needs: a sentence that points back waits for its
   * antecedent). Same `summary` array as `repeats`.
   */
  waits?: (candidate: number, summary: readonly number[]) => boolean;
}

/**
 * Greedy maximization of the expected ROUGE-2 F1 of the summary, with distinct bigrams as
 * concepts (Gillick & Favre 2009's coverage objective, weighted by learned probabilities as in
 * Li, Qian & Liu 2013): F1 ≈ 2 Σ_{covered c} p_c / (|covered| + expectedGold). Each step adds the
 * sentence that raises it most; selection stops when no sentence that fits the budget raises it,
 * so the length is chosen by the objective rather than by a fixed cut. A concept counts once,
 * which makes repeated content worthless; a redundancy test also keeps out paraphrases.
 */
export function selectExpectedF1(
  cluster: PreparedCluster,
  weights: ConceptWeights,
  budget: Budget,
  options: ExpectedF1Options,
): Selection {
  const covered = new Uint8Array(weights.probability.length);
  const chosen: number[] = [];
  const open = new Set(options.candidates);
  let mass = 0;
  let size = 0;
  let used = 0;
  let current = 0;
  const maxSentences = sentenceLimit(budget);
  while (chosen.length < maxSentences) {
    let best = -1;
    let bestF = current;
    for (const i of open) {
      const syllables = cluster.sentences[i]?.syllables ?? 0;
      if (syllables === 0 || used + syllables > budget.maxSyllables) continue;
      if (options.waits?.(i, chosen)) continue;
      let gain = 0;
      let added = 0;
      for (const c of weights.sentenceConcepts[i] ?? []) {
        if (covered[c]) continue;
        gain += weights.probability[c] as number;
        added++;
      }
      if (added === 0) continue;
      const f = (2 * (mass + gain)) / (size + added + options.expectedGold);
      if (f > bestF) {
        bestF = f;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    open.delete(best);
    const { repeats } = options;
    if (repeats) for (const i of open) if (repeats(i, chosen)) open.delete(i);
    used += cluster.sentences[best]?.syllables ?? 0;
    for (const c of weights.sentenceConcepts[best] ?? []) {
      if (covered[c]) continue;
      covered[c] = 1;
      mass += weights.probability[c] as number;
      size++;
    }
    current = bestF;
  }
  return { chosen, scores: chosen.map((i) => options.scores?.[i] ?? 0) };
}
