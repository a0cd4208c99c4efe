import type { Limits } from "../limits.ts";
import type { CleanDocument, Sentence } from "../types.ts";

/** A cluster after cleaning and splitting, with per-sentence syllable tokens ready for scoring. */
export interface PreparedCluster {
  id: string;
  documents: CleanDocument[];
  /** All sentences of all documents, in document order. */
  sentences: Sentence[];
  /** Normalized, lowercased syllable tokens of each sentence (parallel to `sentences`). */
  tokens: string[][];
  /**
   * Sentences (indices into `sentences`) that only a lead given apart from the body tells (a
   * document's `lead`, AbMuSu `anchor_text`, that cleaning put before a body not holding it):
   * not the article's text, so the lead baselines start after them. A lead that the body
   * repeats tells none. Absent (a cluster built by hand, with no body to compare): every
   * sentence of a document's `lead`.
   */
  leadOnly?: number[];
}

/** Length limits for a summary. `maxSyllables` is always set after option resolution. */
export interface Budget {
  maxSyllables: number;
  maxSentences: number;
}

/** A scored choice of sentences, by position in `PreparedCluster.sentences`. */
export interface Selection {
  /** Indices into `PreparedCluster.sentences`, in the order they should be output. */
  chosen: number[];
  /** Score of each chosen sentence (parallel to `chosen`). */
  scores: number[];
}

export interface SelectContext {
  /** Reference summaries: only the oracle may read them (evaluation). */
  references?: string[];
}

/**
 * A summarization method: picks sentences from a prepared cluster within a budget.
 * tomtat's own method and every baseline implement this one interface.
 */
export interface Summarizer {
  readonly name: string;
  readonly description: string;
  /** True for methods that read the references (oracle): never offered outside evaluation. */
  readonly needsReferences?: boolean;
  select(cluster: PreparedCluster, budget: Budget, context?: SelectContext): Selection;
  /**
   * The sentences (indices into `cluster.sentences`) this method may choose under some budget:
   * what `stats.candidates` counts and what the budget check of summarize() reads, so that a
   * budget none of them fits is refused (E_OPTION) rather than answered with an empty summary.
   * Absent: every sentence with a syllable.
   */
  candidates?(cluster: PreparedCluster): readonly number[];
}

export interface SummarizeOptions {
  /** Syllable budget; default 250. */
  maxSyllables?: number;
  /** Maximum number of sentences; default unlimited. */
  maxSentences?: number;
  /** Budget as a fraction of the cluster's syllables (0 < ratio ≤ 1); the smaller of this and maxSyllables wins. */
  ratio?: number;
  /** Method name from the registry; default "tomtat". */
  method?: string;
  /**
   * Safe compression of the chosen sentences (default false): drops leading and trailing
   * attributions and parenthetical asides where the sentence stays whole; each compressed
   * sentence keeps its `source` and lists what was `removed`. See src/summarize/compress/.
   */
  compress?: boolean;
  /** Input limits (documents per cluster, bytes per document); defaults in src/limits.ts. */
  limits?: Partial<Limits>;
}
