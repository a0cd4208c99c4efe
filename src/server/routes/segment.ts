import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import type { ResolvedOptions } from "../options.ts";
import { segmentRequestSchema } from "../schema.ts";
import { readTextRequest } from "./text-request.ts";

/** `POST /v1/segment`: `{text}` in, `{tokens}` (words, in order) out. */
export function segmentRoutes(opts: ResolvedOptions): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/", async (c) => {
    const text = await readTextRequest(c, opts, segmentRequestSchema, "segmentation");
    return c.json({ tokens: opts.engine.segment(text) });
  });
}
