import { Hono } from "hono";
import { TomtatError } from "../../errors.ts";
import { parseArticleText } from "../../io/readers/article-text.ts";
import { readJson } from "../body.ts";
import { Deadline } from "../deadline.ts";
import type { AppEnv } from "../env.ts";
import type { ResolvedOptions } from "../options.ts";
import { articleRequestSchema, parseRequest } from "../schema.ts";

/**
 * `POST /v1/article`: `{text}`, a plain-text article file, in; `{title, body}` out, split as the
 * command line reads a `.txt` file (parseArticleText: page furniture above the headline skipped,
 * no title when the first line reads as article text). The page fills its title field with it.
 */
export function articleRoutes(opts: ResolvedOptions): Hono<AppEnv> {
  return new Hono<AppEnv>().post("/", async (c) => {
    const deadline = new Deadline(c.get("start"), opts.timeoutMs, opts.now);
    const { text } = parseRequest(
      articleRequestSchema,
      await readJson(c.req.raw, opts.maxBodyBytes, deadline),
    );
    if (text.length > opts.maxTextChars) {
      throw new TomtatError(
        "E_TOO_LARGE",
        `text must hold at most ${opts.maxTextChars} characters, got ${text.length}`,
        "text",
      );
    }
    deadline.check("reading the article");
    // The file is named "text", so an empty one is E_EMPTY at the request's field `text`.
    const { title, body } = parseArticleText(text, "text");
    return c.json({ title, body });
  });
}
