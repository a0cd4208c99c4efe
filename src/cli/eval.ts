import { statSync } from "node:fs";
import type { Command } from "commander";
import { mdsClusterDirs } from "../evaluate/datasets/mds.ts";
import {
  EVAL_MAX_SYLLABLES,
  type EvalReport,
  evaluateDataset,
  formatTable,
  parseMode,
  reportToJson,
  resolveDataset,
} from "../evaluate/index.ts";
import type { RougeMode } from "../evaluate/rouge/types.ts";
import { mdsInputFiles } from "../io/readers/mds.ts";
import { prepareOutput } from "../io/writers.ts";
import { action, parseNumber } from "./common.ts";
import { refuseOverwritingInputs } from "./output-guard.ts";
import { type Progress, progress } from "./progress.ts";

interface EvalFlags {
  dataset: string;
  system?: string[];
  mode: RougeMode;
  json?: boolean;
  out?: string;
  maxSyllables?: number;
  compareTo?: string;
  seed?: number;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

/**
 * The files eval reads from a data set: the JSONL file, or the files of each VietnameseMDS
 * cluster folder the corpus reader reads (`mdsClusterDirs`). A folder that cannot be listed
 * gives none here: the evaluation then fails with its own error.
 */
function datasetFiles(path: string): string[] {
  try {
    return statSync(path).isDirectory() ? mdsClusterDirs(path).flatMap(mdsInputFiles) : [path];
  } catch {
    return [];
  }
}

/** Runs the evaluation the flags ask for, with a progress bar on a terminal. */
function evaluateWithProgress(flags: EvalFlags): EvalReport {
  let bar: Progress | undefined;
  try {
    return evaluateDataset({
      dataset: flags.dataset,
      systems: flags.system,
      mode: flags.mode,
      ...(flags.maxSyllables !== undefined && { maxSyllables: flags.maxSyllables }),
      ...(flags.compareTo !== undefined && { compareTo: flags.compareTo }),
      ...(flags.seed !== undefined && { seed: flags.seed }),
      onStart: (steps) => {
        bar = progress(steps, `eval ${flags.dataset} (${flags.mode})`);
      },
      onStep: () => bar?.tick(),
    });
  } finally {
    bar?.stop();
  }
}

/** `tomtat eval`: ROUGE of summarizers on a data set with references, as a table or JSON. */
export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("score summarizers with ROUGE against the reference summaries of a data set")
    .requiredOption(
      "--dataset <name|path>",
      "abmusu-train, abmusu-validation, vietnamese-mds, or a JSONL file / VietnameseMDS folder",
    )
    .option(
      "--system <name>",
      "a method to evaluate, repeatable (default: tomtat, every baseline, and the oracle as an upper bound)",
      collect,
    )
    .option(
      "--mode <mode>",
      "abmusu (VLSP 2022 recipe) or syllable (ROUGE-1.5.5 style)",
      parseMode,
      "abmusu",
    )
    .option("--json", "print the report as JSON")
    .option("-o, --out <file>", "write the report here instead of stdout")
    .option(
      "--max-syllables <n>",
      `syllable budget, the same for every system (default ${EVAL_MAX_SYLLABLES}, as summarize)`,
      parseNumber("--max-syllables", 1, 100_000, true),
    )
    .option("--compare-to <system>", "paired test of every system against this one (default lead)")
    .option(
      "--seed <n>",
      "seed of the bootstrap and the paired test",
      parseNumber("--seed", 0, 2 ** 32 - 1, true),
    )
    .action(
      action(async (flags: EvalFlags) => {
        // The output is checked before the evaluation, which can take minutes; it is opened
        // after, so a report written into the data set's folder is never one of its entries.
        const out = prepareOutput(flags.out);
        refuseOverwritingInputs(flags.out, datasetFiles(resolveDataset(flags.dataset)));
        try {
          const report = evaluateWithProgress(flags);
          await out.writeLine(
            flags.json ? JSON.stringify(reportToJson(report), null, 2) : formatTable(report),
          );
          await out.close();
        } catch (err) {
          out.abandon();
          throw err;
        }
      }),
    );
}
