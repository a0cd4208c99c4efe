import { Hono } from "hono";
import { VERSION } from "../../version.ts";
import type { AppEnv } from "../env.ts";
import { openApiDocument } from "../openapi.ts";
import type { ResolvedOptions } from "../options.ts";

/** `GET /healthz` and `GET /openapi.json`. */
export function metaRoutes(opts: ResolvedOptions): Hono<AppEnv> {
  const doc = openApiDocument(opts);
  return new Hono<AppEnv>()
    .get("/healthz", (c) => c.json({ status: "ok", version: VERSION }))
    .get("/openapi.json", (c) => c.json(doc));
}
