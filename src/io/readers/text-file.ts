import { closeSync, openSync, readFileSync, readSync, type Stats, statSync } from "node:fs";
import { TomtatError } from "../../errors.ts";
import { type Limits, tooLarge } from "../../limits.ts";
import { ioReason } from "../writers.ts";
import { decodeText } from "./decode.ts";

/** Bytes read at a time from a pipe or a device, whose size is not known beforehand. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a pipe or a character device (`/dev/stdin`, a shell's `<(…)`) to its end, refusing it
 * as soon as it gives more than `maxBytes`, so an endless source cannot fill the memory.
 */
function readStream(path: string, maxBytes: number, limit?: keyof Limits): Buffer {
  const fd = openSync(path, "r");
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (n === 0) return Buffer.concat(chunks, size);
      size += n;
      if (size > maxBytes) {
        throw tooLarge(`more than the limit of ${maxBytes} bytes`, path, limit);
      }
      chunks.push(chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file as strict UTF-8 text, refusing it before reading when it is over `maxBytes`. A
 * pipe or a character device is read too, and refused once it passes `maxBytes`.
 */
export function readTextFile(path: string, maxBytes: number, limit?: keyof Limits): string {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    throw readError(path, err);
  }
  if (st.isFile() && st.size > maxBytes) {
    throw tooLarge(`the file has ${st.size} bytes; the limit is ${maxBytes}`, path, limit);
  }
  if (!st.isFile() && !st.isFIFO() && !st.isCharacterDevice()) {
    const what = st.isDirectory() ? "a directory" : "not a regular file, a pipe or a device";
    throw new TomtatError("E_IO", `cannot read as text: ${what}`, path);
  }
  let bytes: Buffer;
  try {
    bytes = st.isFile() ? readFileSync(path) : readStream(path, maxBytes, limit);
  } catch (err) {
    if (err instanceof TomtatError) throw err;
    throw readError(path, err);
  }
  return decodeText(bytes, path);
}

/** A missing file is E_NOT_FOUND; any other failure to read it (permissions, …) E_IO with its reason. */
export function readError(path: string, err: unknown): TomtatError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new TomtatError("E_NOT_FOUND", "no such file or directory", path);
  }
  return new TomtatError("E_IO", `cannot read: ${ioReason(err)}`, path);
}
