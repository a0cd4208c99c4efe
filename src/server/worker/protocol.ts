import type { ErrorCode, ErrorHint } from "../../errors.ts";
import type { SummarizeOptions } from "../../summarize/types.ts";
import type { Cluster, SummaryResult } from "../../types.ts";

/** Messages between the pool and a summarize worker. */
export interface Job {
  id: number;
  cluster: Cluster;
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
