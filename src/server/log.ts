import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";
import type { ResolvedOptions } from "./options.ts";

/**
 * One line per request, written after the response is ready:
 * `2025-01-31T08:00:00.000Z POST /v1/summarize 400 3ms E_SCHEMA`; a 500 adds the error's first line,
 * and a client that went away mid-body is `499 … the client closed the connection …`.
 */
export function requestLog(opts: ResolvedOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = opts.now();
    c.set("start", start);
    await next();
    const ms = Math.round(opts.now() - start);
    const code = c.get("errorCode");
    const detail = c.get("errorDetail") ?? c.get("note");
    let line = `${new Date().toISOString()} ${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`;
    if (code) line += ` ${code}`;
    if (detail) line += ` ${detail.split("\n")[0]}`;
    opts.log(line);
  };
}
