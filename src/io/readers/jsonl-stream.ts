import { open } from "node:fs/promises";
import { TomtatError } from "../../errors.ts";
import {
  checkCluster,
  jsonReadLimit,
  jsonReadLimitName,
  type Limits,
  resolveLimits,
  tooLarge,
} from "../../limits.ts";
import type { Cluster } from "../../types.ts";
import { type JsonlEntry, parseJsonlLine } from "./abmusu.ts";
import { jsonlLines } from "./jsonl-lines.ts";
import { readError } from "./text-file.ts";

/** Largest JSONL file read (each cluster in it is still checked against the per-document limit). */
export const MAX_JSONL_BYTES = 512 * 1024 * 1024;

/** Bytes read at a time: the most read ahead of the line being summarized, but for that line. */
const CHUNK_BYTES = 64 * 1024;

/** One line of a JSONL file read for a batch: its checked cluster, or its error. */
export type JsonlItem =
  | { line: number; id: string; cluster: Cluster }
  | { line: number; id: string; error: TomtatError };

/** A parsed line as a batch item: its cluster checked against the limits, or its error. */
export function jsonlItem(entry: JsonlEntry, limits: Limits, where: string): JsonlItem {
  const { line, id } = entry;
  if ("error" in entry) return { line, id, error: entry.error };
  try {
    return { line, id, cluster: checkCluster(entry.record.cluster, limits, where) };
  } catch (err) {
    if (!(err instanceof TomtatError)) throw err;
    return { line, id, error: err };
  }
}

/** Counts the bytes of a stream, refusing it once it passes MAX_JSONL_BYTES. */
async function* capped(chunks: AsyncIterable<Uint8Array>, over: string, where: string) {
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > MAX_JSONL_BYTES) throw tooLarge(over, where);
    yield chunk;
  }
}

/**
 * The bytes of a JSONL file, CHUNK_BYTES at a time. A missing file, a directory, something that
 * is not a file, a pipe or a device, and a file over MAX_JSONL_BYTES are refused before any is
 * read; a pipe or a device (`/dev/stdin`, `<(…)`) once it passes MAX_JSONL_BYTES.
 */
async function* fileBytes(path: string): AsyncGenerator<Uint8Array> {
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(path, "r");
  } catch (err) {
    throw readError(path, err);
  }
  try {
    const st = await file.stat();
    if (st.isDirectory())
      throw new TomtatError("E_USAGE", "expected a JSONL file, got a directory", path);
    if (st.isFile() && st.size > MAX_JSONL_BYTES) {
      const message = `the file has ${st.size} bytes; the limit is ${MAX_JSONL_BYTES}`;
      throw tooLarge(message, path);
    }
    if (!st.isFile() && !st.isFIFO() && !st.isCharacterDevice())
      throw new TomtatError(
        "E_IO",
        "cannot read as text: not a regular file, a pipe or a device",
        path,
      );
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let n: number;
      try {
        ({ bytesRead: n } = await file.read(chunk, 0, CHUNK_BYTES, null));
      } catch (err) {
        throw readError(path, err);
      }
      if (n === 0) return;
      yield chunk.subarray(0, n);
    }
  } finally {
    await file.close();
  }
}

/** The bytes of `--jsonl <path>`: the file, or standard input for `-`. */
function jsonlBytes(path: string): AsyncIterable<Uint8Array> {
  if (path === "-") {
    return capped(process.stdin, `standard input is over ${MAX_JSONL_BYTES} bytes`, "stdin");
  }
  return capped(fileBytes(path), `more than the limit of ${MAX_JSONL_BYTES} bytes`, path);
}

/**
 * The items of a JSONL file (`-`: standard input) for a batch, read line by line as they are
 * taken: memory holds one line and CHUNK_BYTES ahead, not the file. A line that is malformed,
 * off the schema, empty, over a limit, not valid text or binary is an item with its error (a
 * line over three times the cluster limit, jsonReadLimit, is not parsed: it is named by its
 * number). A fault of the file found before its first line (missing, a directory, too large,
 * empty or only blank lines, binary or not UTF-8 in its first 64 KiB) is thrown; so is standard
 * input or a pipe passing 512 MiB, and a read that fails, when they come.
 */
export async function* streamJsonlItems(
  path: string,
  partialLimits?: Partial<Limits>,
): AsyncGenerator<JsonlItem> {
  const limits = resolveLimits(partialLimits);
  const source = path === "-" ? "stdin" : path;
  const tooLong = (bytes: number, where: string) => {
    const message = `the line has ${bytes} bytes; the limit is ${jsonReadLimit(limits)}`;
    return tooLarge(message, where, jsonReadLimitName(limits));
  };
  const lines = jsonlLines(jsonlBytes(path), source, {
    maxLineBytes: jsonReadLimit(limits),
    tooLong,
  });
  for await (const raw of lines) {
    const { line } = raw;
    const where = `${source}:${line}`;
    if ("error" in raw) yield { line, id: String(line), error: raw.error };
    else yield jsonlItem(parseJsonlLine(raw.text.trim(), line, where), limits, where);
  }
}

/**
 * About how many clusters a JSONL file holds, for a progress bar: its lines that are not empty
 * (a line of spaces or a `\r` counts; a UTF-16 file is counted by its `0a` bytes, so over). 0 for
 * standard input, a pipe or a device, which cannot be read twice, and a file that cannot be
 * read (the batch's own read names the fault).
 */
export async function countJsonlLines(path: string): Promise<number> {
  if (path === "-") return 0;
  let file: Awaited<ReturnType<typeof open>> | undefined;
  try {
    file = await open(path, "r");
    if (!(await file.stat()).isFile()) return 0;
    let [count, last] = [0, 0x0a];
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await file.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return count + (last === 0x0a ? 0 : 1);
      const bytes = chunk.subarray(0, bytesRead);
      for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
        if ((i > 0 ? bytes[i - 1] : last) !== 0x0a) count++;
      }
      last = bytes[bytesRead - 1] as number;
    }
  } catch {
    return 0;
  } finally {
    await file?.close();
  }
}
