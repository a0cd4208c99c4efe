import { Hono } from "hono";
import { TomtatError } from "../../errors.ts";
import { readJson } from "../body.ts";
import { Deadline } from "../deadline.ts";
import type { AppEnv } from "../env.ts";
import type { ResolvedOptions } from "../options.ts";
import { parseRequest, segmentRequestSchema } from "../schema.ts";

/** `POST /v1/segment`: `{text}` in, `{tokens}` (words, in order) out. */
export function segmentRoutes(opts: ResolvedOptions): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/", async (c) => {
    const deadline = new Deadline(c.get("start"), opts.timeoutMs, opts.now);
    const { text } = parseRequest(
      segmentRequestSchema,
      await readJson(c.req.raw, opts.maxBodyBytes, deadline),
    );
    if (text.length > opts.maxTextChars) {
      throw new TomtatError(
        "E_TOO_LARGE",
        `text must hold at most ${opts.maxTextChars} characters, got ${text.length}`,
        "text",
      );
    }
    deadline.check("segmentation");
    return c.json({ tokens: opts.engine.segment(text) });
  });
}
