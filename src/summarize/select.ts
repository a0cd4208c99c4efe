import type { Budget, PreparedCluster, Selection } from "./types.ts";

/** The sentence limit of a budget: a non-negative integer, or unlimited. */
export function sentenceLimit(budget: Budget): number {
  return Number.isFinite(budget.maxSentences) && budget.maxSentences >= 0
    ? budget.maxSentences
    : Number.POSITIVE_INFINITY;
}

export interface PickerOptions {
  /**
   * Redundancy filter: refuse a candidate when `similarity(candidate, taken) > maxSimilarity`
   * for a sentence already taken. Exact duplicates (same tokens) are always refused.
   */
  similarity?: (a: number, b: number) => number;
  maxSimilarity?: number;
}

/**
 * Budget bookkeeping shared by every baseline: takes a sentence only if it is not empty, not a
 * duplicate of (or too similar to) one already taken, and still fits the syllable and sentence
 * budget. Selection strategies decide the order in which they offer candidates.
 */
export class Picker {
  readonly taken: number[] = [];
  private readonly seen = new Set<string>();
  private used = 0;
  private readonly maxSentences: number;

  constructor(
    private readonly cluster: PreparedCluster,
    private readonly budget: Budget,
    private readonly options: PickerOptions = {},
  ) {
    this.maxSentences = sentenceLimit(budget);
  }

  /** True when no further sentence can be taken. */
  get full(): boolean {
    return this.taken.length >= this.maxSentences || this.used >= this.budget.maxSyllables;
  }

  /** True when sentence `i` could be taken now (fits, not empty, not redundant). */
  accepts(i: number): boolean {
    if (this.taken.length >= this.maxSentences) return false;
    const sentence = this.cluster.sentences[i];
    const tokens = this.cluster.tokens[i];
    if (sentence === undefined || tokens === undefined || tokens.length === 0) return false;
    if (sentence.syllables === 0 || this.used + sentence.syllables > this.budget.maxSyllables) {
      return false;
    }
    if (this.seen.has(tokens.join(" "))) return false;
    const { similarity, maxSimilarity } = this.options;
    if (similarity && maxSimilarity !== undefined) {
      return !this.taken.some((j) => similarity(i, j) > maxSimilarity);
    }
    return true;
  }

  /** Takes sentence `i` when it is allowed; says whether it did. */
  offer(i: number): boolean {
    if (!this.accepts(i)) return false;
    this.seen.add((this.cluster.tokens[i] as string[]).join(" "));
    this.taken.push(i);
    this.used += (this.cluster.sentences[i] as { syllables: number }).syllables;
    return true;
  }

  /** The selection, in pick order or in source order (document, then position). */
  selection(scores: readonly number[] | undefined, sourceOrder: boolean): Selection {
    const chosen = sourceOrder ? [...this.taken].sort((a, b) => a - b) : [...this.taken];
    return { chosen, scores: chosen.map((i) => scores?.[i] ?? 0) };
  }
}

export interface FillOptions extends PickerOptions {
  /** Score of each sentence (parallel to `cluster.sentences`); reported for the chosen ones. */
  scores?: readonly number[];
  /** Output in source order instead of pick order. */
  sourceOrder?: boolean;
}

/** Greedy budget fill (sumy's "best sentences" step): offer candidates best first. */
export function fill(
  cluster: PreparedCluster,
  ranked: readonly number[],
  budget: Budget,
  options: FillOptions = {},
): Selection {
  const picker = new Picker(cluster, budget, options);
  for (const i of ranked) {
    if (picker.full) break;
    picker.offer(i);
  }
  return picker.selection(options.scores, options.sourceOrder ?? false);
}

/** Indices sorted by descending score; ties keep source order, so results are deterministic. */
export function rankByScore(scores: ArrayLike<number>): number[] {
  return Array.from(scores, (score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.i);
}
