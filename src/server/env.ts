import type { ResolvedOptions } from "./options.ts";

/** Typed per-request variables shared by the middleware and the routes. */
export interface AppEnv {
  Variables: {
    /** Error code of the response, for the request log. */
    errorCode: string;
    /** Stack of an unexpected error, for the request log only. */
    errorDetail: string;
    /** What happened to a request that has no error code (a client that went away), for the log. */
    note: string;
    /** Time (from `options.now`) when the request arrived. */
    start: number;
  };
}

export type { ResolvedOptions };
