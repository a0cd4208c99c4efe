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
   * antecedent). Same `summary` array as `repeats`. Its answer must follow from the candidate
   * and the summary alone (it may keep memos): it is asked only of a candidate that would
   * otherwise be the step's best.
   */
  waits?: (candidate: number, summary: readonly number[]) => boolean;
  /**
   * The candidates whose `repeats` answer may turn true now that `pick` joined `summary` (its
   * newest sentence), or undefined for every open candidate (`open`: whether a candidate is
   * still offered). A candidate left out must be one whose answer is still false, so with a
   * large budget only the sentences that share terms with the pick are tested, not every open
   * one after every pick. Not asked after the first pick: then every candidate is tested.
   */
  related?: (
    pick: number,
    summary: readonly number[],
    open: (candidate: number) => boolean,
  ) => Iterable<number> | undefined;
}

/**
 * Greedy maximization of the expected ROUGE-2 F1 of the summary, with distinct bigrams as
 * concepts (Gillick & Favre 2009's coverage objective, weighted by learned probabilities as in
 * Li, Qian & Liu 2013): F1 ≈ 2 Σ_{covered c} p_c / (|covered| + expectedGold). Each step adds the
 * sentence that raises it most; selection stops when no sentence that fits the budget raises it,
 * so the length is chosen by the objective rather than by a fixed cut. A concept counts once,
 * which makes repeated content worthless; a redundancy test also keeps out paraphrases.
 *
 * Each candidate's gain (Σ p_c and count of its concepts not yet covered) is kept between steps
 * and summed again, in its own concept order, only when a pick covers one of its concepts, so a
 * step reads the candidates' kept sums rather than all their concepts (a budget of 100,000
 * syllables over thousands of sentences took seconds to minutes). A candidate that no longer
 * fits the budget or adds no concept never will again and leaves the scan; `waits` is asked
 * only of a candidate that would otherwise be the step's best. The result is the same as
 * summing every candidate's concepts at every step: the same sums, compared in the same order.
 */
export function selectExpectedF1(
  cluster: PreparedCluster,
  weights: ConceptWeights,
  budget: Budget,
  options: ExpectedF1Options,
): Selection {
  const { probability, sentenceConcepts } = weights;
  const covered = new Uint8Array(probability.length);
  const chosen: number[] = [];
  const n = cluster.sentences.length;
  // Open candidates in the order given (the first of equals wins), each once.
  const isOpen = new Uint8Array(n);
  const order: number[] = [];
  for (const i of options.candidates) {
    if (!(i >= 0 && i < n) || isOpen[i]) continue;
    isOpen[i] = 1;
    order.push(i);
  }
  const gain = new Float64Array(n);
  const added = new Int32Array(n);
  const sumGain = (i: number) => {
    let g = 0;
    let a = 0;
    for (const c of sentenceConcepts[i] ?? []) {
      if (covered[c]) continue;
      g += probability[c] as number;
      a++;
    }
    gain[i] = g;
    added[i] = a;
  };
  for (const i of order) sumGain(i);
  // Concept → the candidates that hold it, built at the second step (a short summary of a few
  // steps sums the candidates again instead).
  let holders: Int32Array | undefined;
  let holdersFrom: Int32Array | undefined;
  const indexHolders = () => {
    let top = -1;
    for (const i of order) for (const c of sentenceConcepts[i] ?? []) if (c > top) top = c;
    const from = new Int32Array(top + 2);
    for (const i of order)
      for (const c of sentenceConcepts[i] ?? [])
        if (c >= 0) from[c + 1] = (from[c + 1] as number) + 1;
    for (let c = 0; c <= top; c++) from[c + 1] = (from[c + 1] as number) + (from[c] as number);
    const fill = from.slice(0, top + 1);
    const list = new Int32Array(from[top + 1] as number);
    for (const i of order)
      for (const c of sentenceConcepts[i] ?? []) if (c >= 0) list[(fill[c] as number)++] = i;
    holders = list;
    holdersFrom = from;
  };
  const stamp = new Int32Array(n);
  let step = 0;
  let mass = 0;
  let size = 0;
  let used = 0;
  let current = 0;
  const maxSentences = sentenceLimit(budget);
  const { repeats, waits, related } = options;
  const isOpenNow = (i: number) => isOpen[i] === 1;
  while (chosen.length < maxSentences) {
    let best = -1;
    let bestF = current;
    let kept = 0;
    for (const i of order) {
      if (!isOpen[i]) continue;
      const syllables = cluster.sentences[i]?.syllables ?? 0;
      // Neither a sentence that no longer fits nor one that adds nothing ever will again.
      if (syllables === 0 || used + syllables > budget.maxSyllables || added[i] === 0) {
        isOpen[i] = 0;
        continue;
      }
      order[kept++] = i;
      const f =
        (2 * (mass + (gain[i] as number))) / (size + (added[i] as number) + options.expectedGold);
      if (f > bestF && !waits?.(i, chosen)) {
        bestF = f;
        best = i;
      }
    }
    order.length = kept;
    if (best < 0) break;
    chosen.push(best);
    isOpen[best] = 0;
    if (repeats) {
      const suspects = chosen.length > 1 ? related?.(best, chosen, isOpenNow) : undefined;
      if (suspects === undefined) {
        for (const i of order) if (isOpen[i] && repeats(i, chosen)) isOpen[i] = 0;
      } else {
        for (const i of suspects) if (isOpen[i] && repeats(i, chosen)) isOpen[i] = 0;
      }
    }
    used += cluster.sentences[best]?.syllables ?? 0;
    step++;
    if (step === 2) indexHolders();
    // The candidates that hold a concept this pick covers are summed again once all are covered.
    const touched: number[] = [];
    for (const c of sentenceConcepts[best] ?? []) {
      if (covered[c]) continue;
      covered[c] = 1;
      mass += probability[c] as number;
      size++;
      if (holders && holdersFrom && c >= 0 && c + 1 < holdersFrom.length) {
        for (let k = holdersFrom[c] as number; k < (holdersFrom[c + 1] as number); k++) {
          const i = holders[k] as number;
          if (stamp[i] !== step && isOpen[i]) {
            stamp[i] = step;
            touched.push(i);
          }
        }
      }
    }
    if (holders) for (const i of touched) sumGain(i);
    else for (const i of order) if (isOpen[i]) sumGain(i);
    current = bestF;
  }
  return { chosen, scores: chosen.map((i) => options.scores?.[i] ?? 0) };
}
