import { once } from "node:events";
import {
  accessSync,
  constants,
  createWriteStream,
  fstatSync,
  ftruncateSync,
  openSync,
  readlinkSync,
  type Stats,
  statSync,
  unlinkSync,
  type WriteStream,
} from "node:fs";
import { dirname, resolve } from "node:path";
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
   * created it and no write to it completed (a first write that failed included). Never
   * throws; safe to call twice.
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
 * An output: a file when `path` is given (`-` or nothing is standard output). The path is
 * checked now, creating nothing, so that an output that cannot be written fails before any
 * work; the file is opened only at the first write, which the commands make after reading
 * their inputs (so a new file in an input directory is not one of its entries, and a pipe that
 * is also read is not held open). It is created then when missing (through a link to nothing,
 * the file the link points to) and emptied: a run that fails before writing leaves an existing
 * file as it was and creates none.
 */
export function prepareOutput(path?: string): Output {
  if (!path || path === "-") return stdoutOutput();
  try {
    const st = statIfThere(path);
    if (st?.isDirectory()) {
      throw Object.assign(new Error("illegal operation on a directory"), { code: "EISDIR" });
    }
    accessSync(st ? path : dirname(creationPath(path)), constants.W_OK);
  } catch (err) {
    throw openError(path, err);
  }
  return new FileOutput(path);
}

function statIfThere(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/** Where opening `path` with O_CREAT makes the file: the path, or what its links (to nothing) name. */
function creationPath(path: string): string {
  let at = path;
  for (let hops = 0; hops < 40; hops++) {
    try {
      at = resolve(dirname(at), readlinkSync(at));
    } catch {
      return at; // not a link (EINVAL), or nothing there (ENOENT)
    }
  }
  return at; // a loop of links: checking or opening it fails with ELOOP
}

/** Opens `path` for writing; `created` is the file this run made, if it made one. */
function openForWriting(path: string): { fd: number; created?: string } {
  const { O_WRONLY, O_CREAT, O_EXCL } = constants;
  const create = (at: string) => ({
    fd: openSync(at, O_WRONLY | O_CREAT | O_EXCL, 0o666),
    created: at,
  });
  try {
    return create(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  try {
    return { fd: openSync(path, O_WRONLY) };
  } catch (err) {
    // EEXIST then ENOENT: a link to nothing, which O_EXCL does not follow. Its target is made.
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    return create(creationPath(path));
  }
}

function openError(path: string, err: unknown): TomtatError {
  return new TomtatError("E_IO", `cannot open for writing: ${ioReason(err)}`, path);
}

class FileOutput implements Output {
  private stream: WriteStream | undefined;
  /** The file this run created, removed by abandon() while no write has completed. */
  private created: string | undefined;
  private written = false;
  private failure: TomtatError | undefined;
  private closed = false;

  constructor(readonly name: string) {}

  /** The stream, made at the first write: the file opened (or created), a regular file emptied. */
  private open(): WriteStream {
    if (this.stream) return this.stream;
    let fd: number;
    try {
      ({ fd, created: this.created } = openForWriting(this.name));
    } catch (err) {
      throw this.fail(openError(this.name, err));
    }
    const stream = createWriteStream("", { fd, encoding: "utf8" });
    // Failures are reported through the write and close callbacks; this keeps the stream's
    // 'error' event from becoming an uncaught exception.
    stream.on("error", (err) => this.fail(err));
    this.stream = stream;
    try {
      if (fstatSync(fd).isFile()) ftruncateSync(fd, 0);
    } catch (err) {
      throw this.fail(err);
    }
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
        this.open().write(`${line}\n`, (err) => {
          if (err) return reject(this.fail(err));
          this.written = true;
          resolve();
        });
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
    this.stream?.destroy();
    if (this.created === undefined || this.written) return;
    try {
      unlinkSync(this.created);
    } catch {
      // Giving up already: the error being reported is the one that matters.
    }
  }
}
