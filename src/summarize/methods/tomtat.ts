import { existsSync, readFileSync } from "node:fs";
import { TomtatError } from "../../errors.ts";
import { isCompleteSentence } from "../../text/sentence-shape.ts";
import { analyze, FEATURE_NAMES, type FeatureName } from "../features/index.ts";
import { ensembleScores } from "../scorers/ensemble.ts";
import type { GbdtModel } from "../scorers/gbdt.ts";
import type { LogisticModel } from "../scorers/logistic.ts";
import { fill, rankByScore } from "../select.ts";
import type { Budget, PreparedCluster, Selection, Summarizer } from "../types.ts";
import { cosine, type SparseVector } from "../vectors.ts";

/** Selection settings of the tomtat method, stored with the model. */
export interface TomtatParams {
  /** Cosine (TF-IDF uni+bigrams) above which a candidate repeats a chosen sentence and is skipped. */
  redundancy: number;
  /** Sentences shorter than this many syllables are fragments, never chosen. */
  minSyllables: number;
  /** Only complete sentences (final punctuation, balanced quotes) are candidates; default true. */
  requireComplete?: boolean;
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
  const tiers = [
    { min: params.minSyllables, complete: params.requireComplete !== false },
    { min: 1, complete: params.requireComplete !== false },
    { min: 1, complete: false },
  ];
  let selection: Selection = { chosen: [], scores: [] };
  for (const tier of tiers) {
    const ranked = rankByScore(scores).filter((i) => {
      const s = cluster.sentences[i];
      if (s === undefined || s.syllables < tier.min) return false;
      return !tier.complete || isCompleteSentence(s.text);
    });
    selection = fill(cluster, ranked, budget, {
      scores,
      similarity: (i, j) => cosine(vectors[i] as SparseVector, vectors[j] as SparseVector),
      maxSimilarity: params.redundancy,
    });
    if (selection.chosen.length > 0) break;
  }
  return selection;
}

export interface ScorerFile {
  /** The logistic-regression scorer. */
  model: LogisticModel;
  /** Optional gradient-boosted trees over the same features, ensembled with `model`. */
  trees?: GbdtModel;
  params: TomtatParams;
}

/** Builds the tomtat summarizer from a trained scorer: learned salience, then redundancy-aware selection. */
export function createTomtat(file: ScorerFile): Summarizer {
  return {
    name: "tomtat",
    description:
      "learned sentence salience (logistic regression + boosted trees on position, centrality, support, …) + redundancy-aware selection",
    select(cluster: PreparedCluster, budget: Budget): Selection {
      const { features, vectors } = analyze(cluster);
      const names = file.model.features as FeatureName[];
      const xs = features.map((f) => names.map((n) => f[n]));
      const scores = ensembleScores(xs, file.model, file.trees);
      return selectByScores(cluster, vectors, scores, budget, file.params);
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
  return parsed;
}

let shipped: Summarizer | undefined;

/** tomtat's default method, backed by the shipped model (loaded on first use). */
export const tomtat: Summarizer = {
  name: "tomtat",
  description: "learned sentence salience + redundancy-aware selection (the default)",
  select(cluster, budget, context) {
    shipped ??= createTomtat(loadScorerFile());
    return shipped.select(cluster, budget, context);
  },
};
