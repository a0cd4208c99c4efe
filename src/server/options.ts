import { availableParallelism } from "node:os";
import { TomtatError } from "../errors.ts";
import type { SummarizeOptions } from "../summarize/types.ts";
import type { SummaryResult } from "../types.ts";
import type { RequestDocument } from "./documents.ts";

/** The library functions the server calls; injectable so tests can slow them down or make them fail. */
export interface Engine {
  /**
   * Reads a request's documents (documents.ts) and summarizes them within `timeoutMs` (the time
   * left to the request), or rejects with E_TIMEOUT. `signal` aborts when the client leaves: the
   * worker pool then drops or stops the job (ClientClosed).
   */
  summarize(
    documents: readonly RequestDocument[],
    options: SummarizeOptions,
    timeoutMs: number,
    signal?: AbortSignal,
  ): SummaryResult | Promise<SummaryResult>;
  segment(text: string): string[];
}

/** Options of `createApp`; every limit has a default and is validated once, here. */
export interface ServerOptions {
  /** Largest request body accepted, in bytes (413 above). Default 5 MB. */
  maxBodyBytes?: number;
  /** Most documents in one summarize request (400 above). Default 50. */
  maxDocuments?: number;
  /**
   * Most characters of text, after HTML extraction, in one request, and of Markdown before it is
   * parsed (413 above). Default 1,000,000.
   */
  maxTextChars?: number;
  /** Time limit of one request in milliseconds (503 past it). Default 10,000. */
  timeoutMs?: number;
  /**
   * Worker threads that run summarization, so that a request past its time limit is stopped.
   * 0 runs it on the main thread, where the limit is only checked between stages.
   * Default: the number of CPUs, at most 4.
   */
  workers?: number;
  /**
   * The host names (`Host` header, port aside) the server answers to; others get 403 E_FORBIDDEN.
   * Default `"any"`; `start()` bound to this machine only defaults to its loopback names
   * (cross-site.ts: a page of another site whose name resolves to 127.0.0.1 is refused).
   */
  allowedHosts?: readonly string[] | "any";
  /** Receives one line per request; default writes to stderr. */
  log?: (line: string) => void;
  /** Replaces the library functions (tests only). */
  engine?: Partial<Engine>;
  /** Monotonic clock in milliseconds; default `performance.now`. */
  now?: () => number;
}

export type ResolvedOptions = Required<Omit<ServerOptions, "engine">> & { engine: Engine };

export const DEFAULTS = {
  maxBodyBytes: 5 * 1024 * 1024,
  maxDocuments: 50,
  maxTextChars: 1_000_000,
  timeoutMs: 10_000,
  workers: Math.min(4, availableParallelism()),
};

/** The range each limit accepts: `createApp` refuses others, and `tomtat serve` parses its flags within them. */
export const LIMITS: Record<keyof typeof DEFAULTS, [min: number, max: number]> = {
  maxBodyBytes: [1, 1024 * 1024 * 1024],
  maxDocuments: [1, 100_000],
  maxTextChars: [1, 1_000_000_000],
  timeoutMs: [1, 24 * 3600 * 1000],
  workers: [0, 64],
};

/** A host name as `allowedHosts` takes it: no space, slash or `@` (not a URL), not empty. */
export function isHostName(name: string): boolean {
  return /^[^\s/@]+$/.test(name);
}

/** Fills defaults and rejects out-of-range limits with E_OPTION (never silently replaced). */
export function resolveOptions(options: ServerOptions): Omit<ResolvedOptions, "engine"> {
  const limits = { ...DEFAULTS };
  for (const key of Object.keys(LIMITS) as (keyof typeof DEFAULTS)[]) {
    const value = options[key];
    if (value === undefined) continue;
    const [min, max] = LIMITS[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new TomtatError(
        "E_OPTION",
        `${key} expects an integer from ${min} to ${max}, got ${value}`,
      );
    }
    limits[key] = value;
  }
  const { allowedHosts = "any" } = options;
  if (allowedHosts !== "any") {
    const bad = allowedHosts.find((name) => !isHostName(name));
    if (bad !== undefined) {
      throw new TomtatError(
        "E_OPTION",
        `allowedHosts expects host names, got ${JSON.stringify(bad)}`,
      );
    }
  }
  return {
    ...limits,
    allowedHosts,
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
    now: options.now ?? (() => performance.now()),
  };
}
