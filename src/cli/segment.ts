import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import type { Command } from "commander";
import { strictLines } from "../io/stdin-lines.ts";
import { writeError } from "../io/writers.ts";
import { defaultSegmenter, loadSegmenter, type Segmenter } from "../text/segment/index.ts";
import { action } from "./common.ts";

interface SegmentFlags {
  model?: string;
}

/** Output is written in chunks of about this many characters. */
const CHUNK = 1 << 16;

/**
 * Streams `input` to `output` one line at a time: every input line gives exactly one output
 * line (words joined by `_` and separated by spaces, the format of the VLSP data); an empty
 * line stays empty. Honours back-pressure; resolves when the input ends. Input that is not
 * UTF-8 text fails with E_BINARY or E_ENCODING (the lines before it are already written).
 */
export async function segmentStream(
  input: Readable,
  output: Writable,
  segmenter: Segmenter,
): Promise<void> {
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (err: NodeJS.ErrnoException) => {
    failure ??= err;
  };
  output.on("error", onError);
  let pending = "";
  const flush = async () => {
    if (pending === "" || failure) return;
    const ok = output.write(pending);
    pending = "";
    if (ok) return;
    // Wait for drain or close; the abort removes the listener of the one that did not fire.
    const waiting = new AbortController();
    try {
      await Promise.race([
        once(output, "drain", { signal: waiting.signal }),
        once(output, "close", { signal: waiting.signal }),
      ]);
    } catch (err) {
      failure ??= err as NodeJS.ErrnoException;
    } finally {
      waiting.abort();
    }
  };
  try {
    for await (const line of strictLines(input, "stdin")) {
      if (failure) break;
      pending += `${line === "" ? "" : segmenter.segment(line).join(" ")}\n`;
      if (pending.length >= CHUNK) await flush();
    }
    await flush();
  } finally {
    output.off("error", onError);
  }
  // A closed pipe (`tomtat segment | head`) ends the job quietly.
  if (failure && failure.code !== "EPIPE") {
    throw writeError("stdout", failure);
  }
}

/** `tomtat segment`: word segmentation of stdin to stdout, line by line. */
export function registerSegment(program: Command): void {
  program
    .command("segment")
    .description(
      "word-segment Vietnamese text from stdin: one output line per input line, " +
        "syllables of a word joined by _ (đàm phán → đàm_phán)",
    )
    .option("--model <file>", "segmenter model file (default: the shipped model)")
    .action(
      action(async (flags: SegmentFlags) => {
        const segmenter = flags.model ? loadSegmenter(flags.model) : defaultSegmenter();
        await segmentStream(process.stdin, process.stdout, segmenter);
      }),
    );
}
