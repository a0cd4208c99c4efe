import { expectKnownKeys, expectString, TomtatError } from "../errors.ts";
import { loadDataset } from "./datasets/index.ts";
import { createScorer, type ScorerOptions } from "./rouge/index.ts";
import { ROUGE_MODES, type RougeMode } from "./rouge/types.ts";
import { type EvalReport, evaluate } from "./run.ts";
import { EVAL_MAX_SYLLABLES, evalSystems } from "./systems.ts";

export {
  DATASETS,
  type Dataset,
  type EvalCluster,
  loadDataset,
  resolveDataset,
} from "./datasets/index.ts";
export { formatTable, MODE_DESCRIPTIONS, reportToJson } from "./report.ts";
export { createScorer } from "./rouge/index.ts";
export type { PRF, RougeMode, RougeScorer, RougeScores } from "./rouge/types.ts";
export {
  type Comparison,
  type EvalReport,
  type EvalSystem,
  evaluate,
  type SystemReport,
} from "./run.ts";
export { bootstrapMeanCI, type Interval } from "./stats/bootstrap.ts";
export { pairedRandomizationTest } from "./stats/paired.ts";
export { allSystemNames, EVAL_MAX_SYLLABLES, evalSystems } from "./systems.ts";

/** The system others are tested against when it is evaluated: round-robin lead. */
export const DEFAULT_COMPARE_TO = "lead";

export interface EvalDatasetOptions {
  /** Data set name (`abmusu-validation`, …) or path. */
  dataset: string;
  /** Registered method names; default every one, the oracle included as an upper bound. */
  systems?: readonly string[];
  mode?: RougeMode;
  maxSyllables?: number;
  /** System the others are tested against; default `lead` when it is evaluated. */
  compareTo?: string;
  seed?: number;
  scorer?: ScorerOptions;
  /** Called once with the number of steps, then after each cluster × system. */
  onStart?: (steps: number) => void;
  onStep?: () => void;
}

export function parseMode(value: string): RougeMode {
  if (!(ROUGE_MODES as readonly string[]).includes(value)) {
    throw new TomtatError(
      "E_OPTION",
      `--mode expects one of ${ROUGE_MODES.join(", ")}, got "${value}"`,
    );
  }
  return value as RougeMode;
}

/** The keys of EvalDatasetOptions (a record, so that the compiler asks for a new option here). */
const EVAL_OPTION_KEYS: Record<keyof EvalDatasetOptions, true> = {
  dataset: true,
  systems: true,
  mode: true,
  maxSyllables: true,
  compareTo: true,
  seed: true,
  scorer: true,
  onStart: true,
  onStep: true,
};
const EVAL_OPTION_NAMES = Object.keys(EVAL_OPTION_KEYS);

/** Loads a data set, runs the systems and scores them: what `tomtat eval` prints. */
export function evaluateDataset(options: EvalDatasetOptions): EvalReport {
  expectString(options?.dataset, "options.dataset");
  expectKnownKeys(options, EVAL_OPTION_NAMES, "option");
  const mode = options.mode ?? "abmusu";
  const maxSyllables = options.maxSyllables ?? EVAL_MAX_SYLLABLES;
  const { systems, prepare } = evalSystems(options.systems, maxSyllables);
  const names = systems.map((s) => s.name);
  if (options.compareTo !== undefined && !names.includes(options.compareTo)) {
    throw new TomtatError(
      "E_OPTION",
      `--compare-to names "${options.compareTo}", which is not among the systems evaluated (${names.join(", ")})`,
    );
  }
  const compareTo =
    options.compareTo ?? (names.includes(DEFAULT_COMPARE_TO) ? DEFAULT_COMPARE_TO : undefined);
  const scorer = createScorer(mode, options.scorer);
  const dataset = loadDataset(options.dataset);
  options.onStart?.(dataset.clusters.length * systems.length);
  return evaluate({
    dataset: dataset.name,
    clusters: dataset.clusters,
    systems,
    prepare,
    scorer,
    maxSyllables,
    ...(compareTo !== undefined && { compareTo }),
    ...(options.seed !== undefined && { seed: options.seed }),
    ...(options.onStep && { onStep: options.onStep }),
  });
}
