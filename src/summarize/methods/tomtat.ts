import { existsSync, readFileSync } from "node:fs";
import { TomtatError } from "../../errors.ts";
import { isCompleteSentence } from "../../text/sentence-shape.ts";
import { analyzeBigrams, BIGRAM_FEATURE_NAMES } from "../features/bigrams.ts";
import { analyze, FEATURE_NAMES, type FeatureName } from "../features/index.ts";
import { ensembleScores } from "../scorers/ensemble.ts";
import { type GbdtModel, predictGbdt } from "../scorers/gbdt.ts";
import type { LogisticModel } from "../scorers/logistic.ts";
import { fill, rankByScore } from "../select.ts";
import { type ConceptWeights, selectExpectedF1 } from "../selection/expected-f1.ts";
import type { Budget, PreparedCluster, Selection, Summarizer } from "../types.ts";
import { cosine, type SparseVector } from "../vectors.ts";

/** Selection settings of the tomtat method, stored with the model. */
export interface TomtatParams {
  /** Cosine (TF-IDF uni+bigrams) above which a candidate repeats a chosen sentence and is skipped (both selections). */
  redundancy: number;
  /** Sentences shorter than this many syllables are fragments, never chosen. */
  minSyllables: number;
  /** Only complete sentences (final punctuation, balanced quotes) are candidates; default true. */
  requireComplete?: boolean;
  /**
   * Expected-F1 selection (with a bigram model): the gold summary is expected to hold this many
   * distinct bigrams per syllable of the budget.
   */
  goldBigramsPerSyllable?: number;
}

export const DEFAULT_PARAMS: TomtatParams = { redundancy: 0.5, minSyllables: 8 };

/**
 * Greedy budgeted selection by score with redundancy control (Carbonell & Goldstein 1998).
 * Only complete sentences (final punctuation, balanced quotes) of at least `minSyllables` are
 * candidates: headlines, subheadings and quotation fragments never enter a summary. Only when
 * that leaves nothing (a cluster of very short texts) are shorter, then incomplete, sentences
 * allowed, so a summary is never empty while the input has text.
 */
export function selectByScores(
  cluster: PreparedCluster,
  vectors: readonly SparseVector[],
  scores: number[],
  budget: Budget,
  params: TomtatParams,
): Selection {
  return byTiers(cluster, params, (candidates) =>
    fill(
      cluster,
      rankByScore(scores).filter((i) => candidates.has(i)),
      budget,
      {
        scores,
        similarity: (i, j) => cosine(vectors[i] as SparseVector, vectors[j] as SparseVector),
        maxSimilarity: params.redundancy,
      },
    ),
  );
}

/**
 * Runs a selection over the candidate tiers: complete sentences of at least `minSyllables`,
 * then shorter complete ones, then any sentence; the first tier that yields a summary wins.
 */
function byTiers(
  cluster: PreparedCluster,
  params: TomtatParams,
  select: (candidates: ReadonlySet<number>) => Selection,
): Selection {
  const complete = params.requireComplete !== false;
  const tiers = [
    { min: params.minSyllables, complete },
    { min: 1, complete },
    { min: 1, complete: false },
  ];
  let selection: Selection = { chosen: [], scores: [] };
  for (const tier of tiers) {
    const candidates = new Set<number>();
    cluster.sentences.forEach((s, i) => {
      if (s.syllables >= tier.min && (!tier.complete || isCompleteSentence(s.text))) {
        candidates.add(i);
      }
    });
    selection = select(candidates);
    if (selection.chosen.length > 0) break;
  }
  return selection;
}

/** Default gold-summary bigrams per budget syllable when the model file does not set it. */
const GOLD_BIGRAMS_PER_SYLLABLE = 0.8;

/**
 * Expected-F1 selection: the bigram model turns the sentence scores and the cluster's bigram
 * statistics into a probability per bigram of being in the gold summary, and the summary is
 * grown greedily while its expected ROUGE-2 F1 rises (see selection/expected-f1.ts).
 */
export function selectByBigrams(
  cluster: PreparedCluster,
  vectors: readonly SparseVector[],
  scores: number[],
  bigramModel: GbdtModel,
  budget: Budget,
  params: TomtatParams,
): Selection {
  const { features, sentenceBigrams } = analyzeBigrams(cluster, scores);
  const probability = Float64Array.from(features, (x) => predictGbdt(bigramModel, x));
  return selectByConcepts(
    cluster,
    vectors,
    { sentenceConcepts: sentenceBigrams, probability },
    scores,
    budget,
    params,
  );
}

/** Expected-F1 selection from concept probabilities already computed (training reuses them). */
export function selectByConcepts(
  cluster: PreparedCluster,
  vectors: readonly SparseVector[],
  weights: ConceptWeights,
  scores: readonly number[],
  budget: Budget,
  params: TomtatParams,
): Selection {
  const perSyllable = params.goldBigramsPerSyllable ?? GOLD_BIGRAMS_PER_SYLLABLE;
  return byTiers(cluster, params, (candidates) =>
    selectExpectedF1(cluster, weights, budget, {
      expectedGold: perSyllable * budget.maxSyllables,
      candidates: [...candidates],
      scores,
      similarity: (i, j) => cosine(vectors[i] as SparseVector, vectors[j] as SparseVector),
      maxSimilarity: params.redundancy,
    }),
  );
}

export interface ScorerFile {
  /** The logistic-regression scorer. */
  model: LogisticModel;
  /** Optional gradient-boosted trees over the same features, ensembled with `model`. */
  trees?: GbdtModel;
  /** Optional bigram model (features/bigrams.ts): selection by expected F1 when present. */
  bigrams?: GbdtModel;
  params: TomtatParams;
}

/** Builds the tomtat summarizer from a trained scorer: learned salience, then redundancy-aware selection. */
export function createTomtat(file: ScorerFile): Summarizer {
  return {
    name: "tomtat",
    description:
      "learned sentence salience (logistic regression + boosted trees on position, centrality, support, …) + learned bigram weights, selection by expected ROUGE-2 F1",
    select(cluster: PreparedCluster, budget: Budget): Selection {
      const { features, vectors } = analyze(cluster);
      const names = file.model.features as FeatureName[];
      const xs = features.map((f) => names.map((n) => f[n]));
      const scores = ensembleScores(xs, file.model, file.trees);
      return file.bigrams
        ? selectByBigrams(cluster, vectors, scores, file.bigrams, budget, file.params)
        : selectByScores(cluster, vectors, scores, budget, file.params);
    },
  };
}

const MODEL_URL = new URL("../../../data/models/scorer.json", import.meta.url);

/** Loads the shipped scorer (data/models/scorer.json), checking its shape. */
export function loadScorerFile(url: URL = MODEL_URL): ScorerFile {
  if (!existsSync(url))
    throw new TomtatError(
      "E_MODEL",
      `the scorer model is missing: ${url.pathname} (run npm run train:scorer)`,
    );
  const parsed = JSON.parse(readFileSync(url, "utf8")) as ScorerFile;
  const m = parsed.model;
  const known = new Set<string>(FEATURE_NAMES);
  if (
    m?.kind !== "logistic" ||
    m.weights.length !== m.features.length ||
    !m.features.every((f) => known.has(f))
  ) {
    throw new TomtatError("E_MODEL", `the scorer model at ${url.pathname} is malformed`);
  }
  const t = parsed.trees;
  if (t !== undefined && (t.kind !== "gbdt" || t.features.join() !== m.features.join())) {
    throw new TomtatError(
      "E_MODEL",
      `the tree model in ${url.pathname} does not match the logistic model's features`,
    );
  }
  const b = parsed.bigrams;
  if (b !== undefined && (b.kind !== "gbdt" || b.features.join() !== BIGRAM_FEATURE_NAMES.join())) {
    throw new TomtatError(
      "E_MODEL",
      `the bigram model in ${url.pathname} does not match the bigram features of this version`,
    );
  }
  return parsed;
}

let shipped: Summarizer | undefined;

/** tomtat's default method, backed by the shipped model (loaded on first use). */
export const tomtat: Summarizer = {
  name: "tomtat",
  description: "learned sentence and bigram salience, selection by expected F1 (the default)",
  select(cluster, budget, context) {
    shipped ??= createTomtat(loadScorerFile());
    return shipped.select(cluster, budget, context);
  },
};
