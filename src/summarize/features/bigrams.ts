import { comparisonKey } from "../../text/normalize/index.ts";
import { isSyllable, tokenize } from "../../text/tokenize.ts";
import { sentenceTokens } from "../prepare.ts";
import type { PreparedCluster } from "../types.ts";

/**
 * Features of the cluster's concepts, its distinct syllable bigrams, for predicting which of
 * them the gold summary contains (supervised bigram weights, Li, Qian & Liu 2013). Names are
 * the keys of the shipped concept model.
 */
export const BIGRAM_FEATURE_NAMES = [
  "docFraction",
  "documents",
  "logFrequency",
  "frequencyPerDocument",
  "firstSentence",
  "firstPositionInDocument",
  "meanRelativePosition",
  "inTitles",
  "inFirstSentences",
  "bestSentenceScore",
  "meanSentenceScore",
  "topThreeSentenceScore",
  "digit",
  "capitalizedFirst",
  "capitalizedSecond",
  "sentenceFraction",
  "logSentences",
] as const;

export type BigramFeatureName = (typeof BIGRAM_FEATURE_NAMES)[number];

export interface BigramAnalysis {
  /** The distinct bigrams ("syllable syllable"), by id. */
  bigrams: string[];
  /** Feature vector of each bigram, in BIGRAM_FEATURE_NAMES order. */
  features: number[][];
  /** Ids of the distinct bigrams of each sentence (parallel to `cluster.sentences`). */
  sentenceBigrams: Int32Array[];
}

interface Tally {
  docs: Set<number>;
  frequency: number;
  firstSentence: number;
  firstInDocument: number;
  relativePosition: number;
  sentences: number;
  scores: number[];
}

/** The distinct bigrams of a token list. */
export function bigramSet(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) out.add(`${tokens[k]} ${tokens[k + 1]}`);
  return out;
}

/** Share of each syllable's occurrences (not sentence-initial) written with a capital. */
function capitalization(cluster: PreparedCluster): (syllable: string) => number {
  const counts = new Map<string, [number, number]>();
  for (const s of cluster.sentences) {
    tokenize(s.text)
      .filter(isSyllable)
      .forEach((t, k) => {
        if (k === 0) return;
        const key = comparisonKey(t.text);
        const c = counts.get(key) ?? [0, 0];
        c[1]++;
        if (/^\p{Lu}/u.test(t.text)) c[0]++;
        counts.set(key, c);
      });
  }
  return (syllable) => {
    const c = counts.get(syllable);
    return c ? c[0] / c[1] : 0;
  };
}

function tally(cluster: PreparedCluster, scores: readonly number[]) {
  const ids = new Map<string, number>();
  const bigrams: string[] = [];
  const tallies: Tally[] = [];
  const sentenceBigrams = cluster.sentences.map((s, i) => {
    const tokens = cluster.tokens[i] ?? [];
    const docLength = cluster.documents[s.doc]?.sentences.length ?? 1;
    const mine = new Set<number>();
    for (let k = 0; k + 1 < tokens.length; k++) {
      const key = `${tokens[k]} ${tokens[k + 1]}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = bigrams.length;
        ids.set(key, id);
        bigrams.push(key);
        tallies.push({
          docs: new Set(),
          frequency: 0,
          firstSentence: i,
          firstInDocument: s.index,
          relativePosition: 0,
          sentences: 0,
          scores: [],
        });
      }
      const t = tallies[id] as Tally;
      t.frequency++;
      t.docs.add(s.doc);
      t.firstInDocument = Math.min(t.firstInDocument, s.index);
      if (mine.has(id)) continue;
      mine.add(id);
      t.sentences++;
      t.relativePosition += docLength > 1 ? s.index / (docLength - 1) : 0;
      t.scores.push(scores[i] ?? 0);
    }
    return Int32Array.from(mine);
  });
  return { bigrams, tallies, sentenceBigrams };
}

/**
 * Computes the bigram features of a prepared cluster, given the salience score of each of its
 * sentences (the sentence scorer's output): a bigram found in the best sentences, in several
 * documents, early and in titles is likely to be in the summary.
 */
export function analyzeBigrams(
  cluster: PreparedCluster,
  sentenceScores: readonly number[],
): BigramAnalysis {
  const { bigrams, tallies, sentenceBigrams } = tally(cluster, sentenceScores);
  const docCount = Math.max(cluster.documents.length, 1);
  const sentenceCount = Math.max(cluster.sentences.length, 1);
  const titles = cluster.documents.map((d) => bigramSet(sentenceTokens(d.title)));
  let offset = 0;
  const firsts = cluster.documents.map((d) => {
    const first = d.sentences.length > 0 ? cluster.tokens[offset] : undefined;
    offset += d.sentences.length;
    return bigramSet(first ?? []);
  });
  const capital = capitalization(cluster);
  const features = bigrams.map((key, id) => {
    const t = tallies[id] as Tally;
    const [first = "", second = ""] = key.split(" ");
    const top = [...t.scores].sort((a, b) => b - a);
    const best = top[0] ?? 0;
    const topThree = (best + (top[1] ?? best) + (top[2] ?? top[1] ?? best)) / 3;
    const row: Record<BigramFeatureName, number> = {
      docFraction: t.docs.size / docCount,
      documents: Math.min(docCount, 10) / 10,
      logFrequency: Math.log1p(t.frequency),
      frequencyPerDocument: t.frequency / docCount,
      firstSentence: 1 / (1 + t.firstSentence),
      firstPositionInDocument: 1 / (1 + t.firstInDocument),
      meanRelativePosition: t.relativePosition / t.sentences,
      inTitles: titles.filter((s) => s.has(key)).length / docCount,
      inFirstSentences: firsts.filter((s) => s.has(key)).length / docCount,
      bestSentenceScore: best,
      meanSentenceScore: t.scores.reduce((a, b) => a + b, 0) / t.scores.length,
      topThreeSentenceScore: topThree,
      digit: /\d/.test(key) ? 1 : 0,
      capitalizedFirst: capital(first),
      capitalizedSecond: capital(second),
      sentenceFraction: t.sentences / sentenceCount,
      logSentences: Math.log1p(sentenceCount) / 6,
    };
    return BIGRAM_FEATURE_NAMES.map((n) => row[n]);
  });
  return { bigrams, features, sentenceBigrams };
}
