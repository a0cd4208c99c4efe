import type { Context } from "hono";
import type { z } from "zod";
import { TomtatError } from "../../errors.ts";
import { readJson } from "../body.ts";
import { Deadline } from "../deadline.ts";
import type { AppEnv } from "../env.ts";
import type { ResolvedOptions } from "../options.ts";
import { parseRequest } from "../schema.ts";

/**
 * The `text` of a request whose body is `{text}` (segment, article): read within the body and
 * time limits, checked against the schema and against `maxTextChars` (413, naming `text`), the
 * time checked again before `stage` starts.
 */
export async function readTextRequest(
  c: Context<AppEnv>,
  opts: ResolvedOptions,
  schema: z.ZodType<{ text: string }>,
  stage: string,
): Promise<string> {
  const deadline = new Deadline(c.get("start"), opts.timeoutMs, opts.now);
  const { text } = parseRequest(schema, await readJson(c.req.raw, opts.maxBodyBytes, deadline));
  if (text.length > opts.maxTextChars) {
    throw new TomtatError(
      "E_TOO_LARGE",
      `text must hold at most ${opts.maxTextChars} characters, got ${text.length}`,
      "text",
    );
  }
  deadline.check(stage);
  return text;
}
