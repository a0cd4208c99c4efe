import { Hono } from "hono";
import { parseArticleText } from "../../io/readers/article-text.ts";
import type { AppEnv } from "../env.ts";
import type { ResolvedOptions } from "../options.ts";
import { articleRequestSchema } from "../schema.ts";
import { readTextRequest } from "./text-request.ts";

/**
 * `POST /v1/article`: `{text}`, a plain-text article file, in; `{title, body}` out, split as the
 * command line reads a `.txt` file (parseArticleText: page furniture above the headline skipped,
 * no title when the first line reads as article text). The page fills its title field with it.
 */
export function articleRoutes(opts: ResolvedOptions): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/", async (c) => {
    const text = await readTextRequest(c, opts, articleRequestSchema, "reading the article");
    // The file is named "text", so an empty one is E_EMPTY at the request's field `text`.
    const { title, body } = parseArticleText(text, "text");
    return c.json({ title, body });
  });
}
