import { Hono } from "hono";
import { TomtatError } from "../errors.ts";
import { summarize } from "../summarize/index.ts";
import { segment } from "../text/segment/index.ts";
import type { AppEnv } from "./env.ts";
import { errorResponse } from "./errors.ts";
import { requestLog } from "./log.ts";
import { type Engine, resolveOptions, type ServerOptions } from "./options.ts";
import { metaRoutes } from "./routes/meta.ts";
import { pageRoutes } from "./routes/page.ts";
import { segmentRoutes } from "./routes/segment.ts";
import { summarizeRoutes } from "./routes/summarize.ts";

const LIBRARY: Engine = { summarize, segment };

/**
 * Builds the HTTP app without listening: test it in-process with `app.request()`.
 * Throws E_OPTION on invalid limits.
 */
export function createApp(options: ServerOptions = {}): Hono<AppEnv> {
  const opts = resolveOptions(options, LIBRARY);
  const app = new Hono<AppEnv>();
  app.use(requestLog(opts));
  app.route("/v1/summarize", summarizeRoutes(opts));
  app.route("/v1/segment", segmentRoutes(opts));
  app.route("/", metaRoutes(opts));
  app.route("/", pageRoutes());
  app.notFound((c) =>
    errorResponse(
      c,
      new TomtatError(
        "E_NOT_FOUND",
        `no endpoint ${c.req.method} ${c.req.path}; see /openapi.json`,
      ),
    ),
  );
  app.onError((err, c) => errorResponse(c, err));
  return app;
}
