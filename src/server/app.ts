import { Hono } from "hono";
import { TomtatError } from "../errors.ts";
import { segment } from "../text/segment/index.ts";
import { crossSite } from "./cross-site.ts";
import { Deadline } from "./deadline.ts";
import { summarizeDocuments } from "./documents.ts";
import type { AppEnv } from "./env.ts";
import { errorResponse } from "./errors.ts";
import { requestLog } from "./log.ts";
import {
  type Engine,
  type ResolvedOptions,
  resolveOptions,
  type ServerOptions,
} from "./options.ts";
import { articleRoutes } from "./routes/article.ts";
import { metaRoutes } from "./routes/meta.ts";
import { pageRoutes } from "./routes/page.ts";
import { segmentRoutes } from "./routes/segment.ts";
import { summarizeRoutes } from "./routes/summarize.ts";
import { type PoolState, WorkerPool } from "./worker/pool.ts";

/** The app and what it holds; `close` stops its worker threads. */
export interface BuiltApp {
  app: Hono<AppEnv>;
  /**
   * Starts the worker threads now instead of on the first request; resolves once none is still
   * starting (at once with no pool).
   */
  warm(): Promise<void>;
  close(): Promise<void>;
  /** The request log (`ServerOptions.log` or stderr), for requests that never reach the app. */
  log(line: string): void;
  /** What the summarize worker pool holds now (none with `workers: 0`), for tests and diagnostics. */
  workers(): PoolState | undefined;
}

/**
 * Builds the HTTP app without listening: test it in-process with `app.request()`.
 * Worker threads start on the first summarize request and never keep the process alive.
 * Throws E_OPTION on invalid limits.
 */
export function createApp(options: ServerOptions = {}): Hono<AppEnv> {
  return buildApp(options).app;
}

export function buildApp(options: ServerOptions = {}): BuiltApp {
  const limits = resolveOptions(options);
  const pool =
    limits.workers > 0 && !options.engine?.summarize ? new WorkerPool(limits.workers) : undefined;
  const max = limits.maxTextChars;
  const engine: Engine = {
    summarize: pool
      ? (docs, o, ms, signal) => pool.run(docs, max, o, ms, signal)
      : (docs, o, ms) => {
          // On the main thread the time limit is checked between stages only.
          const deadline = new Deadline(limits.now(), ms, limits.now);
          return summarizeDocuments(docs, max, o, (stage) => deadline.check(stage));
        },
    segment,
    ...options.engine,
  };
  const opts: ResolvedOptions = { ...limits, engine };
  const app = new Hono<AppEnv>();
  app.use(requestLog(opts));
  app.use(crossSite(opts.allowedHosts));
  app.route("/v1/summarize", summarizeRoutes(opts));
  app.route("/v1/segment", segmentRoutes(opts));
  app.route("/v1/article", articleRoutes(opts));
  app.route("/", metaRoutes(opts));
  app.route("/", pageRoutes());
  app.notFound((c) => {
    // A path that exists under other methods is a wrong method (405 with Allow), not a 404.
    const allowed = app.routes
      .filter((r) => r.method !== "ALL" && r.path === c.req.path)
      .map((r) => r.method);
    if (allowed.length > 0) {
      c.header("Allow", allowed.join(", "));
      return errorResponse(
        c,
        new TomtatError(
          "E_METHOD",
          `${c.req.path} takes ${allowed.join(", ")}, not ${c.req.method}; see /openapi.json`,
        ),
      );
    }
    return errorResponse(
      c,
      new TomtatError(
        "E_NOT_FOUND",
        `no endpoint ${c.req.method} ${c.req.path}; see /openapi.json`,
      ),
    );
  });
  app.onError((err, c) => errorResponse(c, err));
  return {
    app,
    warm: async () => pool?.warm(),
    close: async () => pool?.close(),
    log: limits.log,
    workers: () => pool?.state(),
  };
}
