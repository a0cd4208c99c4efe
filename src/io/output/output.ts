import { TomtatError } from "../../errors.ts";

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

/** What an interrupted batch kept: its lines written whole, or the error that lost them. */
export type Kept = { lines: number } | { error: TomtatError };

/** How prepareOutput (io/writers.ts) writes a file. */
export interface OutputOptions {
  /**
   * For output whose every line is worth keeping (a batch, one line per cluster). A file being
   * written when SIGINT, SIGTERM or SIGHUP comes keeps the lines written whole, committed as at
   * close (none: the file is left as it was), this is told what was kept, and the process ends
   * by the signal. Without it an interrupt writes nothing: the temporary file is removed.
   */
  onInterrupt?: (kept: Kept) => void;
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
