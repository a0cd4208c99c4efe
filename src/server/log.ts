import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";
import type { ResolvedOptions } from "./options.ts";

/** What one log line says about a request; `-` stands for a method or path never parsed. */
export interface LogEntry {
  method: string;
  path: string;
  status: number;
  ms: number;
  code?: string | undefined;
  detail?: string | undefined;
}

/** `2025-01-31T08:00:00.000Z POST /v1/summarize 400 3ms E_SCHEMA`, and the detail's first line. */
export function logLine(entry: LogEntry): string {
  const { method, path, status, ms, code, detail } = entry;
  let line = `${new Date().toISOString()} ${method} ${path} ${status} ${ms}ms`;
  if (code) line += ` ${code}`;
  if (detail) line += ` ${detail.split("\n")[0]}`;
  return line;
}

/**
 * One line per request, written after the response is ready:
 * `2025-01-31T08:00:00.000Z POST /v1/summarize 400 3ms E_SCHEMA`; a 500 adds the error's first line,
 * and a connection that ended mid-body is `499 … the connection closed after 8 bytes of the body`.
 */
export function requestLog(opts: ResolvedOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = opts.now();
    c.set("start", start);
    await next();
    opts.log(
      logLine({
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(opts.now() - start),
        code: c.get("errorCode"),
        detail: c.get("errorDetail") ?? c.get("note"),
      }),
    );
  };
}
