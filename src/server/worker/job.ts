import { TomtatError } from "../../errors.ts";
import type { SummaryResult } from "../../types.ts";
import type { Job, WireError } from "./protocol.ts";

/** A job given to the pool (pool.ts), from run() until it is settled. */
export interface Pending {
  job: Job;
  resolve(result: SummaryResult): void;
  reject(err: unknown): void;
  timer?: NodeJS.Timeout;
  /** Stops the job once its client has left and it has had its grace (WorkerPool's #leave). */
  grace?: NodeJS.Timeout;
  /** Stops listening to the request's signal. */
  release?: () => void;
  /** The request's signal: aborted once its client has left. */
  signal?: AbortSignal;
  done?: boolean;
}

/** Where a job dropped from the queue was stopped, for its ClientClosed error. */
export const NEVER_RUN = "while the job waited for a worker; it was never run";

/**
 * Settles a job once, with `err` or else with `result`: its timers are cleared and its request's
 * signal no longer listened to. A job already settled is left as it is.
 */
export function settle(pending: Pending, err: unknown, result?: SummaryResult): void {
  if (pending.done) return;
  pending.done = true;
  clearTimeout(pending.timer);
  clearTimeout(pending.grace);
  pending.release?.();
  if (err === undefined) pending.resolve(result as SummaryResult);
  else pending.reject(err);
}

/** The error a worker sent (protocol.ts WireError) as an Error again: a TomtatError with its code. */
export function toError(error: WireError): Error {
  if (error.code !== undefined)
    return new TomtatError(error.code, error.message, error.where, error.hint);
  const err = new Error(error.message);
  if (error.stack !== undefined) err.stack = error.stack;
  return err;
}
