import { sentenceTokens } from "../prepare.ts";
import type { PreparedCluster } from "../types.ts";
import {
  centroid,
  cosine,
  inverseDocumentFrequency,
  type SparseVector,
  terms,
  tfidf,
} from "../vectors.ts";

/** Per-sentence features used by scorers. All in [0, 1] unless noted. */
export interface SentenceFeatures {
  /** 1 / (1 + index in document). */
  position: number;
  /** Relative position in the document: 0 = first, 1 = last. */
  relativePosition: number;
  /** 1 for the first sentence of its paragraph. */
  paragraphStart: number;
  /** Cosine to the cluster centroid (TF-IDF of syllable uni+bigrams). */
  centrality: number;
  /** Cosine to all titles and lead paragraphs together. */
  titleSimilarity: number;
  /** Share of the other documents that hold a similar sentence (cosine ≥ 0.25), i.e. cross-document agreement. */
  support: number;
  /** Syllable count (raw). */
  syllables: number;
  /** 1 when the sentence ends with . ! ? … or a closing quote (a full sentence, not a headline). */
  complete: number;
  /** Share of tokens that are numbers. */
  numberDensity: number;
  /** 1 for a question. */
  question: number;
}

export interface ClusterAnalysis {
  features: SentenceFeatures[];
  vectors: SparseVector[];
}

const SUPPORT_THRESHOLD = 0.25;

/** Computes the features of every sentence of a prepared cluster. */
export function analyze(cluster: PreparedCluster): ClusterAnalysis {
  const termLists = cluster.tokens.map((t) => terms(t));
  const idf = inverseDocumentFrequency(termLists);
  const vectors = termLists.map((l) => tfidf(l, idf));
  const center = centroid(vectors);
  const headings = cluster.documents
    .map((d) => `${d.title}. ${d.lead ?? d.sentences[0]?.text ?? ""}`)
    .join(" ");
  const headingVector = tfidf(terms(sentenceTokens(headings)), idf);
  const docCount = cluster.documents.length;

  const features = cluster.sentences.map((s, i): SentenceFeatures => {
    const v = vectors[i] as SparseVector;
    const docLength = cluster.documents[s.doc]?.sentences.length ?? 1;
    const supportingDocs = new Set<number>();
    cluster.sentences.forEach((o, j) => {
      if (
        o.doc !== s.doc &&
        !supportingDocs.has(o.doc) &&
        cosine(v, vectors[j] as SparseVector) >= SUPPORT_THRESHOLD
      ) {
        supportingDocs.add(o.doc);
      }
    });
    const tokens = cluster.tokens[i] ?? [];
    const numbers = tokens.filter((t) => /\d/.test(t)).length;
    return {
      position: 1 / (1 + s.index),
      relativePosition: docLength > 1 ? s.index / (docLength - 1) : 0,
      paragraphStart: s.inParagraph === 0 ? 1 : 0,
      centrality: cosine(v, center),
      titleSimilarity: cosine(v, headingVector),
      support: docCount > 1 ? supportingDocs.size / (docCount - 1) : 0,
      syllables: s.syllables,
      complete: /[.!?…]["”’»)]*$/u.test(s.text) ? 1 : 0,
      numberDensity: tokens.length > 0 ? numbers / tokens.length : 0,
      question: /\?["”’»)]*$/u.test(s.text) ? 1 : 0,
    };
  });
  return { features, vectors };
}
