import { randomBytes } from "node:crypto";
import { once } from "node:events";
import {
  accessSync,
  closeSync,
  constants,
  createWriteStream,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  type WriteStream,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
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
   * Gives up after a failure: closes a file without waiting and removes the temporary file of a
   * replacement (the target is left as it was). Never throws; safe to call twice.
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

/**
 * The error of a write that failed: the output named, and what became of it: what was written so
 * far is incomplete, or, for a file replaced only when whole, nothing was written.
 */
export function writeError(
  name: string,
  err: unknown,
  outcome = "the output is incomplete",
): TomtatError {
  return new TomtatError("E_IO", `cannot write: ${ioReason(err)}; ${outcome}`, name);
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
 * is also read is not held open). A regular file (through links, the file they lead to) is
 * written whole into a temporary file beside it and renamed over it at close: a run that fails,
 * before or while writing, leaves an existing file as it was and creates none.
 */
export function prepareOutput(path?: string): Output {
  if (!path || path === "-") return stdoutOutput();
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

function statIfThere(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

const last = (chain: readonly string[]): string => chain[chain.length - 1] as string;

/**
 * The paths that opening `path` goes through: the path, then what each link names, up to the
 * file (or the name a link to nothing gives, where the file is made). A loop of links ends after
 * 40 hops; opening it then fails with ELOOP.
 */
function linkChain(path: string): string[] {
  const chain = [path];
  for (let hops = 0; hops < 40; hops++) {
    try {
      chain.push(resolve(dirname(last(chain)), readlinkSync(last(chain))));
    } catch {
      break; // not a link (EINVAL), or nothing there (ENOENT)
    }
  }
  return chain;
}

/**
 * True for a path in /proc (`/proc/self/fd/1`, `/dev/fd/1`, the hop `/dev/stdout` makes): an
 * open file of a process, such as this run's standard output, which is written, not replaced
 * (the process would go on writing to the file replaced).
 */
function inProc(path: string): boolean {
  try {
    return realpathSync(dirname(path)).startsWith("/proc/");
  } catch {
    return false;
  }
}

/** An output file opened for writing: in place, or as `temp`, a new file beside `target`. */
interface OpenedFile {
  fd: number;
  replace?: { temp: string; target: string };
}

/**
 * Opens the output `path`. A regular file, there or to be made, is replaced: written into a
 * hidden temporary file in its folder, with its owner and permission bits. A file reached
 * through /proc is appended to; a device, a pipe or a socket is written in place, as is an
 * existing file whose folder admits no new file (EACCES, EPERM): there nothing can keep the old
 * content.
 */
function openOutput(path: string): OpenedFile {
  const st = statIfThere(path);
  const chain = linkChain(path);
  // An open file of a process is added to: `>> log` keeps the log, `> file` emptied it already.
  if (chain.some(inProc)) return { fd: openSync(path, constants.O_WRONLY | constants.O_APPEND) };
  if (st?.isFile() === false) return openInPlace(path);
  const target = last(chain);
  const temp = join(
    dirname(target),
    `.tomtat-${process.pid}-${randomBytes(6).toString("hex")}.tmp`,
  );
  let fd: number;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (st && (code === "EACCES" || code === "EPERM")) return openInPlace(path);
    throw err;
  }
  try {
    if (st) keepOwnerAndMode(fd, st);
  } catch (err) {
    closeSync(fd);
    removeQuietly(temp);
    throw err;
  }
  return { fd, replace: { temp, target } };
}

/** Gives the new file `fd` the owner (where this process may) and permission bits of `st`. */
function keepOwnerAndMode(fd: number, st: Stats): void {
  try {
    fchownSync(fd, st.uid, st.gid);
  } catch {
    // Only root gives a file away: the new file is this user's, as any file it writes.
  }
  fchmodSync(fd, st.mode & 0o7777);
}

/** Opens an existing `path` in place, a regular file emptied. */
function openInPlace(path: string): OpenedFile {
  const fd = openSync(path, constants.O_WRONLY);
  try {
    if (fstatSync(fd).isFile()) ftruncateSync(fd, 0);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  return { fd };
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Giving up already: the error being reported is the one that matters.
  }
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
   * over its target, so the target holds the old content or the whole new one.
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
      if (replace) renameSync(replace.temp, replace.target);
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
