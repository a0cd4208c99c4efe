import { once } from "node:events";
import {
  closeSync,
  constants,
  createWriteStream,
  fstatSync,
  ftruncateSync,
  openSync,
  unlinkSync,
  type WriteStream,
} from "node:fs";
import { TomtatError } from "../errors.ts";

/**
 * Where the CLI writes its results: a file or standard output. Every write is checked, so a full
 * disk or a device that refuses data is an E_IO error naming the output, never a cut file and
 * exit 0.
 */
export interface Output {
  /** The path, or `stdout`: what errors name. */
  readonly name: string;
  /** Writes a line and waits until it is written; rejects with E_IO when it cannot be. */
  writeLine(line: string): Promise<void>;
  /** Flushes and closes a file (standard output is left open); rejects with E_IO. */
  close(): Promise<void>;
  /**
   * Gives up after a failure: closes a file without waiting, and removes it when this run
   * created it and wrote nothing. Never throws; safe to call twice.
   */
  abandon(): void;
}

/** The reason of a system error as a message says it: `no space left on device (ENOSPC)`. */
export function ioReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const message = err instanceof Error ? err.message : String(err);
  if (typeof e?.code !== "string") return message;
  // "ENOSPC: no space left on device, write" → "no space left on device (ENOSPC)"
  const text = message.startsWith(`${e.code}: `) ? message.slice(e.code.length + 2) : message;
  return `${text.replace(/, \w+(?: '.*')?$/s, "")} (${e.code})`;
}

/** The error of a write that failed: the output named, and what was written so far is incomplete. */
export function writeError(name: string, err: unknown): TomtatError {
  return new TomtatError("E_IO", `cannot write: ${ioReason(err)}; the output is incomplete`, name);
}

/** Raised when the reader of standard output went away (`| head -1`): the job ends quietly. */
export class ClosedPipe extends Error {
  constructor() {
    super("standard output was closed by its reader");
    this.name = "ClosedPipe";
  }
}

function stdoutOutput(): Output {
  return {
    name: "stdout",
    writeLine: (line) =>
      new Promise((resolve, reject) => {
        process.stdout.write(`${line}\n`, (err) => {
          if (!err) resolve();
          else if ((err as NodeJS.ErrnoException).code === "EPIPE") reject(new ClosedPipe());
          else reject(writeError("stdout", err));
        });
      }),
    close: () => Promise.resolve(),
    abandon: () => {},
  };
}

/**
 * Opens an output: a file when `path` is given (`-` or nothing is standard output). The file is
 * opened now, so that a path that cannot be written fails before any work, but it is emptied
 * only at the first write: a run that fails before writing leaves an existing file as it was
 * (and removes one it created).
 */
export function openOutput(path?: string): Output {
  if (!path || path === "-") return stdoutOutput();
  let fd: number;
  let created = true;
  try {
    // Created when missing; O_EXCL first, so that we know whether this run made the file.
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw openError(path, err);
    created = false;
    try {
      fd = openSync(path, constants.O_WRONLY);
    } catch (again) {
      throw openError(path, again);
    }
  }
  return new FileOutput(path, fd, created);
}

function openError(path: string, err: unknown): TomtatError {
  return new TomtatError("E_IO", `cannot open for writing: ${ioReason(err)}`, path);
}

class FileOutput implements Output {
  private stream: WriteStream | undefined;
  private failure: TomtatError | undefined;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly fd: number,
    private readonly created: boolean,
  ) {}

  /** The stream, made at the first write after emptying a regular file (a device is not). */
  private open(): WriteStream {
    if (this.stream) return this.stream;
    try {
      if (fstatSync(this.fd).isFile()) ftruncateSync(this.fd, 0);
    } catch (err) {
      throw this.fail(err);
    }
    const stream = createWriteStream("", { fd: this.fd, encoding: "utf8" });
    // Failures are reported through the write and close callbacks; this keeps the stream's
    // 'error' event from becoming an uncaught exception.
    stream.on("error", (err) => this.fail(err));
    this.stream = stream;
    return stream;
  }

  private fail(err: unknown): TomtatError {
    this.failure ??= err instanceof TomtatError ? err : writeError(this.name, err);
    return this.failure;
  }

  writeLine(line: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      try {
        this.open().write(`${line}\n`, (err) => (err ? reject(this.fail(err)) : resolve()));
      } catch (err) {
        reject(this.fail(err));
      }
    });
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed) return;
    this.closed = true;
    const stream = this.open();
    const done = once(stream, "close");
    stream.end();
    try {
      await done;
    } catch (err) {
      throw this.fail(err);
    }
    if (this.failure) throw this.failure;
  }

  abandon(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.stream) {
      this.stream.destroy();
      return;
    }
    try {
      closeSync(this.fd);
      if (this.created) unlinkSync(this.name);
    } catch {
      // Giving up already: the error being reported is the one that matters.
    }
  }
}
