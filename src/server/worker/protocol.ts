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

export type Reply =
  | { id: number; ok: true; result: SummaryResult }
  | {
      id: number;
      ok: false;
      error: {
        code?: ErrorCode;
        message: string;
        where?: string;
        hint?: ErrorHint;
        stack?: string;
      };
    };
