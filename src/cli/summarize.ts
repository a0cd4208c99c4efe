import type { Command } from "commander";
import { TomtatError } from "../errors.ts";
import {
  type ReadLog,
  readCluster,
  readJsonCluster,
  type SkippedEntry,
} from "../io/readers/index.ts";
import { readStdin } from "../io/stdin.ts";
import { type Output, prepareOutput } from "../io/writers.ts";
import { jsonReadLimit, jsonReadLimitName, resolveLimits } from "../limits.ts";
import { emptyDocuments } from "../summarize/empty-documents.ts";
import { listSummarizers, summarize } from "../summarize/index.ts";
import type { SummarizeOptions } from "../summarize/types.ts";
import type { SummaryResult } from "../types.ts";
import { citedText } from "./cite.ts";
import { action, type LimitFlags, parseNumber } from "./common.ts";
import { emptyNote, skippedNote } from "./notes.ts";
import { refuseOverwritingInputs } from "./output-guard.ts";
import { summarizeJsonl } from "./summarize-jsonl.ts";

interface SummarizeFlags {
  jsonl?: string;
  out?: string;
  json?: boolean;
  cite?: boolean;
  maxSyllables?: number;
  maxSentences?: number;
  ratio?: number;
  method?: string;
  compress?: boolean;
  maxDocuments?: number;
  maxDocumentBytes?: number;
  maxClusterBytes?: number;
}

/** The flags that raise the input limits, named when an input is refused for one. */
const LIMIT_FLAGS: LimitFlags = {
  maxDocuments: "--max-documents",
  maxDocumentBytes: "--max-document-bytes",
  maxClusterBytes: "--max-cluster-bytes",
};

function optionsFrom(flags: SummarizeFlags): SummarizeOptions {
  const options: SummarizeOptions = {
    limits: resolveLimits({
      ...(flags.maxDocuments !== undefined && { maxDocuments: flags.maxDocuments }),
      ...(flags.maxDocumentBytes !== undefined && { maxDocumentBytes: flags.maxDocumentBytes }),
      ...(flags.maxClusterBytes !== undefined && { maxClusterBytes: flags.maxClusterBytes }),
    }),
  };
  if (flags.maxSyllables !== undefined) options.maxSyllables = flags.maxSyllables;
  if (flags.maxSentences !== undefined) options.maxSentences = flags.maxSentences;
  if (flags.ratio !== undefined) options.ratio = flags.ratio;
  if (flags.method !== undefined) options.method = flags.method;
  if (flags.compress === true) options.compress = true;
  return options;
}

/**
 * The JSON form of a result printed by `--json`: provenance included, cleaned documents as
 * sentence lists, and, when any, the entries of an input directory that were not read
 * (`skipped`, their names, as before reasons were given, and `skippedEntries`, each
 * `{name, reason}`) and `emptyDocuments`, the ids of documents with nothing left after cleaning.
 */
export function resultToJson(
  result: SummaryResult,
  skipped: readonly SkippedEntry[] = [],
): unknown {
  const empty = emptyDocuments(result).map((d) => d.id);
  return {
    summary: result.summary,
    sentences: result.sentences,
    stats: result.stats,
    documents: result.documents.map((d) => ({
      id: d.id,
      title: d.title,
      sentences: d.sentences.map((s) => s.text),
      removed: d.removed,
    })),
    ...(skipped.length > 0 && {
      skipped: skipped.map((e) => e.name),
      skippedEntries: skipped,
    }),
    ...(empty.length > 0 && { emptyDocuments: empty }),
  };
}

/**
 * Summarizes one cluster (files, a directory, or `-`) to `out`, with notes on stderr. The inputs
 * are read before `out` is opened, and `out` must not be one of the files read.
 */
async function summarizeInputs(
  inputs: string[],
  flags: SummarizeFlags,
  options: SummarizeOptions,
  out: Output,
): Promise<void> {
  const limits = resolveLimits(options.limits);
  const log: ReadLog = { files: [], skipped: [] };
  const cluster =
    inputs[0] === "-"
      ? readJsonCluster(
          await readStdin(jsonReadLimit(limits), jsonReadLimitName(limits)),
          "stdin",
          limits,
        )
      : readCluster(inputs, limits, log);
  refuseOverwritingInputs(flags.out, inputs[0] === "-" ? ["-"] : log.files);
  const notRead = skippedNote(inputs[0] as string, log.skipped);
  if (notRead !== undefined) process.stderr.write(`${notRead}\n`);
  const result = summarize(cluster, options);
  const notEmpty = emptyNote(result);
  if (notEmpty !== undefined) process.stderr.write(`${notEmpty}\n`);
  await out.writeLine(
    flags.json
      ? JSON.stringify(resultToJson(result, log.skipped), null, 2)
      : flags.cite
        ? citedText(result)
        : result.summary,
  );
  await out.close();
}

/** `tomtat summarize`: one cluster from files, a directory or stdin; or every cluster of a JSONL file. */
export function registerSummarize(program: Command): void {
  program
    .command("summarize")
    .description(
      "summarize a cluster of articles (files, a directory, - for JSON on stdin) or every cluster of --jsonl",
    )
    .argument(
      "[inputs...]",
      "article files (.txt, .md, .html), a .json cluster, one directory, a VietnameseMDS cluster folder, /dev/stdin, or - (JSON on stdin)",
    )
    .option(
      "--jsonl <file>",
      "summarize every cluster of an AbMuSu-style JSONL file (- reads it from stdin)",
    )
    .option("-o, --out <file>", "write the summary (or the --jsonl results) here instead of stdout")
    .option("--json", "print the full result with provenance as JSON")
    .option(
      "--cite",
      "print one sentence per line, each with its source [document:sentence], then the cited documents",
    )
    .option(
      "--max-syllables <n>",
      "syllable budget (default 250)",
      parseNumber("--max-syllables", 1, 100_000, true),
    )
    .option(
      "--max-sentences <n>",
      "at most this many sentences",
      parseNumber("--max-sentences", 1, 1000, true),
    )
    .option(
      "--ratio <r>",
      "budget as a share of the cluster's syllables, 0 < r <= 1",
      parseNumber("--ratio", 0, 1, false, true),
    )
    .option(
      "--method <name>",
      `summarization method: ${listSummarizers()
        .map((m) => m.name)
        .join(", ")} (default tomtat)`,
    )
    .option(
      "--compress",
      "drop leading/trailing attributions and asides where the sentence stays whole (--json lists what was removed)",
    )
    .option(
      "--max-documents <n>",
      "refuse clusters with more documents (default 100)",
      parseNumber("--max-documents", 1, 100_000, true),
    )
    .option(
      "--max-document-bytes <n>",
      "refuse larger documents (default 2097152)",
      parseNumber("--max-document-bytes", 1, 2 ** 31, true),
    )
    .option(
      "--max-cluster-bytes <n>",
      "refuse clusters whose documents are larger in all (default 5242880)",
      parseNumber("--max-cluster-bytes", 1, 2 ** 31, true),
    )
    .action(
      action(async (inputs: string[], flags: SummarizeFlags) => {
        const options = optionsFrom(flags);
        if (flags.cite && (flags.json || flags.jsonl !== undefined))
          throw new TomtatError(
            "E_USAGE",
            "--cite is for the plain-text summary; --json and --jsonl already give each sentence's source",
          );
        if (flags.jsonl !== undefined) {
          if (flags.json)
            throw new TomtatError(
              "E_USAGE",
              "--jsonl already writes one JSON result per line; --json is for a single cluster",
            );
          if (inputs.length > 0)
            throw new TomtatError("E_USAGE", "give either --jsonl or input files, not both");
          await summarizeJsonl(flags.jsonl, flags.out, options);
          return;
        }
        if (inputs.length === 0)
          throw new TomtatError(
            "E_USAGE",
            "no input: give files, a directory, - or --jsonl <file>",
          );
        if (inputs.length > 1 && inputs.includes("-"))
          throw new TomtatError(
            "E_USAGE",
            "- is one JSON cluster on standard input and comes alone; give articles as files (an article on standard input as /dev/stdin)",
          );
        const out = prepareOutput(flags.out);
        try {
          await summarizeInputs(inputs, flags, options, out);
        } catch (err) {
          out.abandon();
          throw err;
        }
      }, LIMIT_FLAGS),
    );
}
