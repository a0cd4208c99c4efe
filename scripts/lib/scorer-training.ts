/**
 * Shared pieces of scorer training and ablation: labelled examples from training clusters,
 * the label transform and the model fit. Used by scripts/train-scorer.ts and scripts/ablation.ts.
 */
import { loadDataset } from "../../src/evaluate/datasets/index.ts";
import type { EvalCluster } from "../../src/evaluate/datasets/types.ts";
import { createSyllableScorer } from "../../src/evaluate/rouge/syllable.ts";
import { DEFAULT_MAX_SYLLABLES } from "../../src/summarize/budget.ts";
import { analyze, FEATURE_NAMES, featureVector } from "../../src/summarize/features/index.ts";
import { selectByScores, type TomtatParams } from "../../src/summarize/methods/tomtat.ts";
import { prepare, sentenceTokens } from "../../src/summarize/prepare.ts";
import { ensembleScores } from "../../src/summarize/scorers/ensemble.ts";
import { DEFAULT_GBDT, type GbdtModel, trainGbdt } from "../../src/summarize/scorers/gbdt.ts";
import { type LogisticModel, trainLogistic } from "../../src/summarize/scorers/logistic.ts";
import type { PreparedCluster } from "../../src/summarize/types.ts";
import type { SparseVector } from "../../src/summarize/vectors.ts";
import { splitSentences } from "../../src/text/split/index.ts";

export interface Example {
  source: string;
  cluster: EvalCluster;
  prepared: PreparedCluster;
  xs: number[][];
  /** Bigram precision of each sentence against the references (before the label power). */
  ys: number[];
  vectors: SparseVector[];
}

/** The training corpora; AbMuSu validation is never among them. */
export const TRAINING_SETS = ["abmusu-train", "vietnamese-mds"] as const;

/**
 * Labels are bigram precision raised to this power: a higher power makes the model single out
 * sentences that are almost wholly in the gold summary (3 won 5-fold CV over 1, 2, 4 and binary
 * thresholds on the training clusters).
 */
export const LABEL_POWER = 3;
export const L2 = 1e-3;

function bigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

/** Share of each sentence's syllable bigrams that occur in any reference (its bigram precision). */
export function bigramPrecision(
  prepared: PreparedCluster,
  references: readonly string[],
): number[] {
  const gold = new Set(references.flatMap((r) => bigrams(sentenceTokens(r))));
  return prepared.tokens.map((t) => {
    const b = bigrams(t);
    return b.length === 0 ? 0 : b.filter((x) => gold.has(x)).length / b.length;
  });
}

/** Prepared, featurized, labelled clusters of a named data set. */
export function loadExamples(name: string): Example[] {
  return loadDataset(name).clusters.map((cluster) => {
    const prepared = prepare(cluster);
    const { features, vectors } = analyze(prepared);
    return {
      source: name,
      cluster,
      prepared,
      xs: features.map(featureVector),
      ys: bigramPrecision(prepared, cluster.references),
      vectors,
    };
  });
}

export interface ScorerModels {
  model: LogisticModel;
  trees?: GbdtModel;
}

/**
 * Fits the scorer on examples with labels = precision^power: logistic regression and, unless
 * `withTrees` is false, gradient-boosted trees to ensemble with it.
 */
export function fitScorer(
  examples: readonly Example[],
  power = LABEL_POWER,
  withTrees = true,
): ScorerModels {
  const xs = examples.flatMap((e) => e.xs);
  const ys = examples.flatMap((e) => e.ys.map((y) => y ** power));
  const model = trainLogistic(FEATURE_NAMES, xs, ys, { epochs: 300, learningRate: 0.05, l2: L2 });
  return withTrees ? { model, trees: trainGbdt(FEATURE_NAMES, xs, ys, DEFAULT_GBDT) } : { model };
}

const syllableScorer = createSyllableScorer(sentenceTokens, splitSentences);
const BUDGET = { maxSyllables: DEFAULT_MAX_SYLLABLES, maxSentences: Number.POSITIVE_INFINITY };

/** ROUGE-2 F (syllable mode) of the models' summary of one example. */
export function exampleR2(models: ScorerModels, e: Example, params: TomtatParams): number {
  const scores = ensembleScores(e.xs, models.model, models.trees);
  const sel = selectByScores(e.prepared, e.vectors, scores, BUDGET, params);
  const text = sel.chosen.map((i) => e.prepared.sentences[i]?.text).join(" ");
  return syllableScorer.score(text, e.cluster.references).rouge2.f;
}
