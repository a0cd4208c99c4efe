import { once } from "node:events";
import { accessSync, constants, createWriteStream, fsyncSync, type WriteStream } from "node:fs";
import { dirname } from "node:path";
import { TomtatError } from "../../errors.ts";
import { commitReplacement } from "./commit.ts";
import {
  last,
  linkChain,
  type OpenedFile,
  openOutput,
  removeQuietly,
  statIfThere,
} from "./open-file.ts";
import { ioReason, type Output, writeError } from "./output.ts";

/**
 * The output file `path` of prepareOutput (io/writers.ts): checked now, creating nothing, and
 * opened at the first write.
 */
export function prepareFileOutput(path: string): Output {
  try {
    const st = statIfThere(path);
    if (st?.isDirectory()) {
      throw Object.assign(new Error("illegal operation on a directory"), { code: "EISDIR" });
    }
    accessSync(st ? path : dirname(last(linkChain(path))), constants.W_OK);
  } catch (err) {
    throw openError(path, err);
  }
  return new FileOutput(path);
}

function openError(path: string, err: unknown): TomtatError {
  return new TomtatError("E_IO", `cannot open for writing: ${ioReason(err)}`, path);
}

class FileOutput implements Output {
  private stream: WriteStream | undefined;
  private file: OpenedFile | undefined;
  private failure: TomtatError | undefined;
  private closed = false;

  constructor(readonly name: string) {}

  /** The stream, made at the first write (openOutput). */
  private open(): WriteStream {
    if (this.stream) return this.stream;
    try {
      this.file = openOutput(this.name);
    } catch (err) {
      throw this.fail(openError(this.name, err));
    }
    const stream = createWriteStream("", { fd: this.file.fd, encoding: "utf8" });
    // Failures are reported through the write and close callbacks; this keeps the stream's
    // 'error' event from becoming an uncaught exception.
    stream.on("error", (err) => this.fail(err));
    this.stream = stream;
    return stream;
  }

  private fail(err: unknown): TomtatError {
    const outcome = this.file?.replace ? "nothing was written" : undefined;
    this.failure ??= err instanceof TomtatError ? err : writeError(this.name, err, outcome);
    return this.failure;
  }

  writeLine(line: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      try {
        this.open().write(`${line}\n`, (err) => {
          if (err) reject(this.fail(err));
          else resolve();
        });
      } catch (err) {
        reject(this.fail(err));
      }
    });
  }

  /**
   * Flushes and closes the file; a replacement is synced to the disk first and then renamed
   * over its target, so the target holds the old content or the whole new one (or, where the
   * target cannot be replaced, written into it: commitReplacement).
   */
  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed) return;
    const stream = this.open();
    const replace = this.file?.replace;
    this.closed = true;
    try {
      if (replace) await syncWritten(stream, this.file?.fd as number);
      const done = once(stream, "close");
      stream.end();
      await done;
      if (this.failure) throw this.failure;
      if (replace) commitReplacement(replace.temp, replace.target, this.name);
    } catch (err) {
      if (replace) removeQuietly(replace.temp);
      throw this.fail(err);
    }
  }

  abandon(): void {
    if (this.closed) return;
    this.closed = true;
    this.stream?.destroy();
    if (this.file?.replace) removeQuietly(this.file.replace.temp);
  }
}

/** Waits until every write queued on `stream` is done, then syncs its file `fd` to the disk. */
function syncWritten(stream: WriteStream, fd: number): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write("", (err) => {
      if (err) return reject(err);
      try {
        fsyncSync(fd);
        resolve();
      } catch (e) {
        reject(e);
      }
    });
  });
}
