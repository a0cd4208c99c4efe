/** One news article as read from any input format, before cleaning. */
export interface Document {
  /** Stable id within the cluster (file name, index, …). */
  id: string;
  title: string;
  /** Raw body text; paragraphs separated by newlines. */
  body: string;
  /** Lead / anchor paragraph when the source gives one separately. */
  lead?: string;
  /** Publication date as given by the source (free text). */
  date?: string;
  /** Where it came from: file path, URL, … */
  source?: string;
}

/** A cluster of articles about one event: the unit tomtat summarizes. */
export interface Cluster {
  id: string;
  documents: Document[];
  /** Reference summaries, when a data set provides them (evaluation only). */
  references?: string[];
  category?: string;
  /**
   * Entries of an input directory that were not read (other file types, folders as `sub/`,
   * hidden entries, links to nothing, pipes and devices, files outside a VietnameseMDS folder's
   * layout), so the caller can say what was left out.
   */
  skipped?: string[];
}

/** One sentence of a cleaned document; `doc` and `index` are its address (provenance). */
export interface Sentence {
  text: string;
  /** Index of the document in the cluster. */
  doc: number;
  /** Index of the sentence in its cleaned document (0-based, title excluded). */
  index: number;
  /** Index of the paragraph in the cleaned document. */
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  inParagraph: number;
  /** Syllable count (tokens that are words, punctuation excluded). */
  syllables: number;
}

/** A document after cleaning and sentence splitting. */
export interface CleanDocument {
  id: string;
  title: string;
  lead?: string;
  date?: string;
  paragraphs: string[];
  sentences: Sentence[];
  /** What cleaning removed, for transparency (captions, bylines, …). */
  removed: Removal[];
}

export interface Removal {
  kind: string;
  text: string;
}

export interface SummarySentence {
  text: string;
  doc: number;
  sentenceIndex: number;
  score: number;
  /**
   * The full source sentence when `text` was cut from it: a dangling opening connective dropped
   * (`Tuy nhiên,` with its antecedent not just before it), a list item's label dropped (`c) `),
   * or compression (`compress: true`).
   */
  source?: string;
  /** Spans removed from the source sentence, in cut order. */
  removed?: string[];
}

export interface SummaryStats {
  /** Documents of the cluster. */
  documents: number;
  /** Cleaned sentences of all documents. */
  sentences: number;
  /**
   * Sentences the method may choose under some budget: for tomtat the statements that are not
   * foreign (questions and pieces only in a cluster without a statement), for a baseline those
   * its rule takes.
   */
  candidates: number;
  /** Syllables of the summary. */
  syllables: number;
  /** The budget in syllables the summary was made for. */
  budget: number;
  method: string;
  elapsedMs: number;
}

export interface SummaryResult {
  summary: string;
  sentences: SummarySentence[];
  stats: SummaryStats;
  documents: CleanDocument[];
}
