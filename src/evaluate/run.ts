import { TomtatError } from "../errors.ts";
import type { EvalCluster } from "./datasets/types.ts";
import type { PRF, RougeMode, RougeScorer, RougeScores } from "./rouge/types.ts";
import { bootstrapMeanCI, type Interval, mean } from "./stats/bootstrap.ts";
import { pairedRandomizationTest } from "./stats/paired.ts";
import { DEFAULT_SEED } from "./stats/prng.ts";

/** What a system produced for one cluster. */
export interface SystemOutput {
  summary: string;
  syllables: number;
}

/** A system under evaluation: a summarizer behind a function, so the runner stays pure. */
export interface EvalSystem {
  name: string;
  /** True for systems that read the references (the oracle): an upper bound, not a result. */
  upperBound?: boolean;
  run(cluster: EvalCluster): SystemOutput;
}

export const METRICS = ["rouge1", "rouge2", "rougeL"] as const;
export type Metric = (typeof METRICS)[number];

export interface SystemReport {
  rouge1: PRF;
  rouge2: PRF;
  rougeL: PRF;
  /** 95% bootstrap confidence interval of each mean F1. */
  ci95: Record<Metric, Interval>;
  /** Mean summary length in syllables. */
  syllables: number;
  /** Time spent summarizing (not scoring), all clusters, in milliseconds. */
  timeMs: number;
  upperBound: boolean;
  /** Per-cluster F1, parallel to the data set's clusters (for paired tests). */
  perCluster: Record<Metric, number[]>;
}

/** A paired test of one system against the comparison system, per metric (F1). */
export interface Comparison {
  system: string;
  against: string;
  metrics: Record<Metric, { diff: number; p: number }>;
}

export interface EvalReport {
  dataset: string;
  mode: RougeMode;
  clusters: number;
  /** Syllable budget every system had, when known. */
  maxSyllables?: number;
  /** Time of the preparation shared by all systems (cleaning, splitting), in milliseconds. */
  prepareMs: number;
  systems: Record<string, SystemReport>;
  comparisons: Comparison[];
  /** How the paired p-values were computed. */
  test: string;
}

export interface EvaluateOptions {
  dataset: string;
  clusters: readonly EvalCluster[];
  systems: readonly EvalSystem[];
  scorer: RougeScorer;
  /** System the others are tested against ("A better than B"), when it is among the systems. */
  compareTo?: string;
  seed?: number;
  /** The systems' syllable budget, reported next to the scores. */
  maxSyllables?: number;
  /** Work shared by all systems, run once per cluster before them and timed apart. */
  prepare?: (cluster: EvalCluster) => void;
  /** Called after each cluster × system (progress bars). */
  onStep?: () => void;
}

function meanPrf(scores: readonly RougeScores[], metric: Metric): PRF {
  return {
    p: mean(scores.map((s) => s[metric].p)),
    r: mean(scores.map((s) => s[metric].r)),
    f: mean(scores.map((s) => s[metric].f)),
  };
}

interface Tally {
  scores: RougeScores[];
  syllables: number;
  timeMs: number;
}

function summarizeTally(
  system: EvalSystem,
  tally: Tally,
  clusters: number,
  seed: number,
): SystemReport {
  const perCluster = {} as Record<Metric, number[]>;
  const ci95 = {} as Record<Metric, Interval>;
  for (const metric of METRICS) {
    perCluster[metric] = tally.scores.map((s) => s[metric].f);
    ci95[metric] = bootstrapMeanCI(perCluster[metric], { seed });
  }
  return {
    rouge1: meanPrf(tally.scores, "rouge1"),
    rouge2: meanPrf(tally.scores, "rouge2"),
    rougeL: meanPrf(tally.scores, "rougeL"),
    ci95,
    syllables: clusters === 0 ? 0 : tally.syllables / clusters,
    timeMs: tally.timeMs,
    upperBound: system.upperBound ?? false,
    perCluster,
  };
}

function compare(systems: Record<string, SystemReport>, against: string | undefined, seed: number) {
  const comparisons: Comparison[] = [];
  const base = against === undefined ? undefined : systems[against];
  if (against === undefined || base === undefined) return comparisons;
  for (const [name, report] of Object.entries(systems)) {
    if (name === against || report.upperBound) continue;
    const metrics = {} as Comparison["metrics"];
    for (const metric of METRICS) {
      const test = pairedRandomizationTest(report.perCluster[metric], base.perCluster[metric], {
        seed,
      });
      metrics[metric] = { diff: test.meanDiff, p: test.p };
    }
    comparisons.push({ system: name, against, metrics });
  }
  return comparisons;
}

/** The scores of one summary; an error names its cluster (a ROUGE-L table too large, E_TOO_LARGE). */
function scoreOf(scorer: RougeScorer, summary: string, cluster: EvalCluster): RougeScores {
  try {
    return scorer.score(summary, cluster.references);
  } catch (err) {
    if (err instanceof TomtatError)
      throw new TomtatError(err.code, err.message, `cluster ${cluster.id}`);
    throw err;
  }
}

/**
 * Runs every system on every cluster, scores each summary against the cluster's references and
 * reports macro-averaged ROUGE with bootstrap CIs, plus paired randomization tests of each
 * system against `compareTo`.
 */
export function evaluate(options: EvaluateOptions): EvalReport {
  const seed = options.seed ?? DEFAULT_SEED;
  const tallies = options.systems.map((): Tally => ({ scores: [], syllables: 0, timeMs: 0 }));
  let prepareMs = 0;
  for (const cluster of options.clusters) {
    const started = performance.now();
    options.prepare?.(cluster);
    prepareMs += performance.now() - started;
    options.systems.forEach((system, k) => {
      const tally = tallies[k] as Tally;
      const t0 = performance.now();
      const output = system.run(cluster);
      tally.timeMs += performance.now() - t0;
      tally.syllables += output.syllables;
      tally.scores.push(scoreOf(options.scorer, output.summary, cluster));
      options.onStep?.();
    });
  }
  const systems: Record<string, SystemReport> = {};
  options.systems.forEach((system, k) => {
    systems[system.name] = summarizeTally(
      system,
      tallies[k] as Tally,
      options.clusters.length,
      seed,
    );
  });
  return {
    dataset: options.dataset,
    mode: options.scorer.mode,
    clusters: options.clusters.length,
    ...(options.maxSyllables !== undefined && { maxSyllables: options.maxSyllables }),
    prepareMs,
    systems,
    comparisons: compare(systems, options.compareTo, seed),
    test: "one-sided paired approximate randomization, 10000 trials, on per-cluster F1",
  };
}
