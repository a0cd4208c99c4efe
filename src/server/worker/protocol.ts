import type { ErrorCode, ErrorHint } from "../../errors.ts";
import type { SummarizeOptions } from "../../summarize/types.ts";
import type { SummaryResult } from "../../types.ts";
import type { RequestDocument } from "../documents.ts";

/** Messages between the pool and a summarize worker: a request's documents, read and summarized there. */
export interface Job {
  id: number;
  documents: readonly RequestDocument[];
  maxTextChars: number;
  options: SummarizeOptions;
}

/** An error as it crosses the thread boundary: a TomtatError keeps its code, field and hint. */
export interface WireError {
  code?: ErrorCode;
  message: string;
  where?: string;
  hint?: ErrorHint;
  stack?: string;
}

export type Reply =
  | { id: number; ok: true; result: SummaryResult }
  | { id: number; ok: false; error: WireError };

/**
 * A worker's first message, once the library and its models are loaded: only then does the pool
 * give it a job, so a worker's start-up never runs as a job on a request's clock. `ready: false`:
 * the library cannot run there (a missing model), with the error.
 */
export type Started = { ready: true } | { ready: false; error: WireError };

export type FromWorker = Started | Reply;
