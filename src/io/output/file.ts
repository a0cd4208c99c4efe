import { once } from "node:events";
import {
  accessSync,
  constants,
  createWriteStream,
  fsyncSync,
  ftruncateSync,
  type WriteStream,
} from "node:fs";
import { dirname } from "node:path";
import { TomtatError } from "../../errors.ts";
import { commitReplacement } from "./commit.ts";
import { endBySignal, type Interrupt, onInterrupt } from "./interrupt.ts";
import {
  last,
  linkChain,
  type OpenedFile,
  openOutput,
  removeQuietly,
  statIfThere,
} from "./open-file.ts";
import { ioReason, type Kept, type Output, type OutputOptions, writeError } from "./output.ts";

/**
 * The output file `path` of prepareOutput (io/writers.ts): checked now, creating nothing, and
 * opened at the first write.
 */
export function prepareFileOutput(path: string, options: OutputOptions = {}): Output {
  try {
    const st = statIfThere(path);
    if (st?.isDirectory()) {
      throw Object.assign(new Error("illegal operation on a directory"), { code: "EISDIR" });
    }
    accessSync(st ? path : dirname(last(linkChain(path))), constants.W_OK);
  } catch (err) {
    throw openError(path, err);
  }
  return new FileOutput(path, options);
}

function openError(path: string, err: unknown): TomtatError {
  return new TomtatError("E_IO", `cannot open for writing: ${ioReason(err)}`, path);
}

/** What a write or close gives once an interrupt has taken over: the process ends first. */
const NEVER: Promise<never> = new Promise(() => {});

class FileOutput implements Output {
  private stream: WriteStream | undefined;
  private file: OpenedFile | undefined;
  private failure: TomtatError | undefined;
  /** Closed or abandoned: no more writes. */
  private closed = false;
  private finishing: Promise<void> | undefined;
  /** The interrupt being handled, and the function that stops listening for them. */
  private signal: Interrupt | undefined;
  private unhook: (() => void) | undefined;
  /** The lines written whole so far, and their bytes: what an interrupted batch keeps. */
  private readonly written = { lines: 0, bytes: 0 };

  constructor(
    readonly name: string,
    private readonly options: OutputOptions,
  ) {}

  /**
   * The stream, made at the first write (openOutput). From then on an interrupt is handled
   * (interrupt) where there is something to tidy up: a temporary file, or a batch's last line.
   */
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
    if (this.file.replace || (this.options.onInterrupt && this.file.regular)) {
      this.unhook = onInterrupt((signal) => this.interrupt(signal));
    }
    return stream;
  }

  private fail(err: unknown): TomtatError {
    const outcome = this.file?.replace ? "nothing was written" : undefined;
    this.failure ??= err instanceof TomtatError ? err : writeError(this.name, err, outcome);
    return this.failure;
  }

  writeLine(line: string): Promise<void> {
    if (this.signal) return NEVER;
    if (this.failure) return Promise.reject(this.failure);
    const text = `${line}\n`;
    return new Promise((resolve, reject) => {
      try {
        this.open().write(text, (err) => {
          if (err) return reject(this.fail(err));
          this.written.lines++;
          this.written.bytes += Buffer.byteLength(text);
          resolve();
        });
      } catch (err) {
        reject(this.fail(err));
      }
    });
  }

  close(): Promise<void> {
    if (this.signal) return NEVER;
    if (this.failure) return Promise.reject(this.failure);
    if (!this.closed) {
      this.closed = true;
      this.finishing = this.finish();
    }
    return this.finishing ?? Promise.resolve();
  }

  /**
   * Flushes and closes the file; a replacement is synced to the disk first and then renamed
   * over its target (or, where the target cannot be replaced, written into it:
   * commitReplacement), so the target holds the old content or the whole new one. Interrupted,
   * only the lines written whole are kept; none, and the target is left as it was.
   */
  private async finish(): Promise<void> {
    const stream = this.open();
    const file = this.file as OpenedFile;
    try {
      await allWritten(stream);
      if (this.signal) {
        if (this.written.lines === 0) return this.drop();
        ftruncateSync(file.fd, this.written.bytes);
      }
      if (file.replace) fsyncSync(file.fd);
      const done = once(stream, "close");
      stream.end();
      await done;
      if (this.failure) throw this.failure;
      // An interrupt that keeps nothing came meanwhile: the process is ending.
      if (this.signal && !this.options.onInterrupt) return NEVER;
      if (file.replace) commitReplacement(file.replace.temp, file.replace.target, this.name);
    } catch (err) {
      if (file.replace) removeQuietly(file.replace.temp);
      throw this.fail(err);
    } finally {
      this.unhook?.();
    }
  }

  /**
   * SIGINT, SIGTERM or SIGHUP while the file is open. Without onInterrupt, or at a second
   * signal, the file is given up at once (abandon); with it, the lines written whole are
   * committed (finish), onInterrupt is told, and the process ends by the signal.
   */
  private interrupt(signal: Interrupt): void {
    const keep = this.options.onInterrupt;
    const again = this.signal !== undefined;
    this.signal = signal;
    if (again || !keep) {
      this.drop();
      endBySignal(signal);
      return;
    }
    this.closed = true;
    this.finishing ??= this.finish();
    this.finishing
      .then(
        (): Kept => ({ lines: this.written.lines }),
        (err): Kept => ({ error: this.fail(err) }),
      )
      .then((kept) => {
        try {
          keep(kept);
        } finally {
          endBySignal(signal);
        }
      });
  }

  abandon(): void {
    if (this.closed || this.signal) return;
    this.drop();
  }

  /** Closes the file without waiting, removes a temporary file, stops listening for interrupts. */
  private drop(): void {
    this.closed = true;
    this.stream?.destroy();
    if (this.file?.replace) removeQuietly(this.file.replace.temp);
    this.unhook?.();
  }
}

/** Waits until every write queued on `stream` is done. */
function allWritten(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write("", (err) => (err ? reject(err) : resolve()));
  });
}
