import { comparisonKey } from "../../text/normalize/index.ts";
import { isCompleteSentence, opensWithPersonOrLink } from "../../text/sentence-shape.ts";
import { sentenceTokens } from "../prepare.ts";
import type { PreparedCluster } from "../types.ts";
import {
  bestSimilarityByGroup,
  centroid,
  cosine,
  fitTfidf,
  type SparseVector,
  terms,
  vectorize,
} from "../vectors.ts";

/**
 * Per-sentence features for salience scoring (Kupiec et al. 1995; Radev et al. 2004 centroid;
 * cross-document support as in MEAD). Names are the keys of the shipped scorer model.
 */
export const FEATURE_NAMES = [
  "position",
  "first",
  "second",
  "third",
  "relativePosition",
  "paragraphStart",
  "paragraphPosition",
  "inLead",
  "centrality",
  "centralityUnigram",
  "titleSimilarity",
  "ownTitleSimilarity",
  "support",
  "maxOtherSimilarity",
  "length",
  "logLength",
  "short",
  "long",
  "complete",
  "numberDensity",
  "hasDate",
  "question",
  "quote",
  "dependentOpener",
  "documents",
  "documentLength",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type SentenceFeatures = Record<FeatureName, number>;

export interface ClusterAnalysis {
  features: SentenceFeatures[];
  /** TF-IDF vectors (syllable uni+bigrams) of the sentences, for redundancy checks. */
  vectors: SparseVector[];
}

const SUPPORT_THRESHOLD = 0.25;
const DATE = /\b\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\b|\bngày \d|\btháng \d|\bnăm \d{4}/iu;

/** Computes the features of every sentence of a prepared cluster. */
export function analyze(cluster: PreparedCluster): ClusterAnalysis {
  const termLists = cluster.tokens.map((t) => terms(t));
  const model = fitTfidf(termLists);
  const vectors = termLists.map((l) => vectorize(model, l));
  const unigramModel = fitTfidf(cluster.tokens);
  const unigramVectors = cluster.tokens.map((t) => vectorize(unigramModel, t));
  const center = centroid(vectors);
  const unigramCenter = centroid(unigramVectors);
  const headingOf = (d: (typeof cluster.documents)[number]) =>
    `${d.title}. ${d.lead ?? d.sentences[0]?.text ?? ""}`;
  const headingVector = vectorize(
    model,
    terms(sentenceTokens(cluster.documents.map(headingOf).join(" "))),
  );
  const titleVectors = cluster.documents.map((d) =>
    vectorize(model, terms(sentenceTokens(d.title))),
  );
  const docCount = cluster.documents.length;
  // Best similarity of each sentence to each other document, from the pairs across documents.
  const bestOther = bestSimilarityByGroup(
    vectors,
    cluster.sentences.map((s) => s.doc),
  );

  // Each document's lead as a comparison key, once (not once per sentence: a long lead made that quadratic).
  const leadKeys = cluster.documents.map((d) => (d.lead ? comparisonKey(d.lead) : undefined));
  const features = cluster.sentences.map((s, i): SentenceFeatures => {
    const v = vectors[i] as SparseVector;
    const doc = cluster.documents[s.doc];
    const docLength = doc?.sentences.length ?? 1;
    const bestPerDoc = bestOther[i] as Map<number, number>;
    const sims = [...bestPerDoc.values()];
    const tokens = cluster.tokens[i] ?? [];
    const numbers = tokens.filter((t) => /\d/.test(t)).length;
    const leadKey = leadKeys[s.doc];
    return {
      position: 1 / (1 + s.index),
      first: s.index === 0 ? 1 : 0,
      second: s.index === 1 ? 1 : 0,
      third: s.index === 2 ? 1 : 0,
      relativePosition: docLength > 1 ? s.index / (docLength - 1) : 0,
      paragraphStart: s.inParagraph === 0 ? 1 : 0,
      paragraphPosition: 1 / (1 + s.paragraph),
      inLead: leadKey?.includes(comparisonKey(s.text)) ? 1 : 0,
      centrality: cosine(v, center),
      centralityUnigram: cosine(unigramVectors[i] as SparseVector, unigramCenter),
      titleSimilarity: cosine(v, headingVector),
      ownTitleSimilarity: cosine(v, titleVectors[s.doc] as SparseVector),
      support:
        docCount > 1 ? sims.filter((x) => x >= SUPPORT_THRESHOLD).length / (docCount - 1) : 0,
      maxOtherSimilarity: sims.length > 0 ? Math.max(...sims) : 0,
      length: Math.min(s.syllables, 100) / 50,
      logLength: Math.log1p(s.syllables) / 5,
      short: s.syllables < 10 ? 1 : 0,
      long: s.syllables > 60 ? 1 : 0,
      complete: isCompleteSentence(s.text) ? 1 : 0,
      numberDensity: tokens.length > 0 ? numbers / tokens.length : 0,
      hasDate: DATE.test(s.text) ? 1 : 0,
      question: /\?["”’»)]*$/u.test(s.text) ? 1 : 0,
      quote: /[“”"]/.test(s.text) ? 1 : 0,
      dependentOpener: opensWithPersonOrLink(s.text) ? 1 : 0,
      documents: Math.min(docCount, 10) / 10,
      documentLength: Math.min(docLength, 60) / 60,
    };
  });
  return { features, vectors };
}

/** The features of one sentence as a vector in FEATURE_NAMES order. */
export function featureVector(f: SentenceFeatures): number[] {
  return FEATURE_NAMES.map((n) => f[n]);
}
