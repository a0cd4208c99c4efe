import { errorFields, listed, TomtatError } from "../errors.ts";
import { countJsonlLines, type JsonlItem, streamJsonlItems } from "../io/readers/jsonl-stream.ts";
import { type Kept, prepareOutput } from "../io/writers.ts";
import { emptyDocuments } from "../summarize/empty-documents.ts";
import { summarize } from "../summarize/index.ts";
import type { SummarizeOptions } from "../summarize/types.ts";
import { formatError } from "./common.ts";
import { refuseOverwritingInputs } from "./output-guard.ts";
import { type Progress, progress } from "./progress.ts";

/**
 * The output line of one item: `{"id","summary","sentences"}` (and `emptyDocuments`, the ids of
 * documents with nothing left after cleaning, when any), or `{"id","line","error"}` for a
 * cluster that failed, which is then added to `failures`.
 */
function outputLine(item: JsonlItem, options: SummarizeOptions, failures: string[]): string {
  try {
    if ("error" in item) throw item.error;
    const r = summarize(item.cluster, options);
    const empty = emptyDocuments(r).map((d) => d.id);
    return JSON.stringify({
      id: item.id,
      summary: r.summary,
      sentences: r.sentences,
      ...(empty.length > 0 && { emptyDocuments: empty }),
    });
  } catch (err) {
    if (!(err instanceof TomtatError)) throw err;
    // A cluster without a readable id is named by its line.
    const name = item.id === String(item.line) ? `line ${item.line}` : item.id;
    failures.push(`${name} (${err.code})`);
    return JSON.stringify({ id: item.id, line: item.line, error: errorFields(err) });
  }
}

/**
 * The stderr line of an interrupted batch: `tomtat: note: interrupted; 3 lines written to
 * out.jsonl`, or the error that lost them.
 */
function interruptedNote(file: string, kept: Kept): string {
  if ("error" in kept) return formatError(kept.error).line;
  const { lines } = kept;
  if (lines === 0) return `tomtat: note: interrupted; nothing was written to ${file}`;
  return `tomtat: note: interrupted; ${lines} line${lines === 1 ? "" : "s"} written to ${file}`;
}

/**
 * `summarize --jsonl`: every cluster of a JSONL file (`-`: standard input), one output line
 * each, to `out` or standard output. A cluster that fails gets its error line and the batch goes
 * on; the run then fails with E_FORMAT counting them. An output that cannot be written (a full
 * disk) stops the batch with E_IO. The file is read a line at a time, each cluster summarized
 * and written before the next is read (streamJsonlItems), so memory holds one cluster, not the
 * file; a fault of the file found in its head comes before `out` is opened, and `out` must not
 * be it (nor, for `-`, what standard input is). An interrupted batch (SIGINT, SIGTERM, SIGHUP) keeps
 * the lines it finished in `out`, says how many, and ends by the signal.
 */
export async function summarizeJsonl(
  path: string,
  out: string | undefined,
  options: SummarizeOptions,
): Promise<void> {
  let bar: Progress | undefined;
  const output = prepareOutput(out, {
    onInterrupt: (kept) => {
      bar?.stop();
      process.stderr.write(`${interruptedNote(output.name, kept)}\n`);
    },
  });
  const failures: string[] = [];
  let count = 0;
  try {
    refuseOverwritingInputs(out, [path]);
    const items = streamJsonlItems(path, options.limits);
    bar = progress(process.stderr.isTTY ? await countJsonlLines(path) : 0, "summarizing");
    try {
      for await (const item of items) {
        count++;
        await output.writeLine(outputLine(item, options, failures));
        bar.tick();
      }
    } finally {
      bar.stop();
    }
    await output.close();
  } catch (err) {
    output.abandon();
    throw err;
  }
  if (failures.length > 0) {
    throw new TomtatError(
      "E_FORMAT",
      `${failures.length} of ${count} clusters failed: ${listed(failures)}`,
      path === "-" ? "stdin" : path,
    );
  }
}
