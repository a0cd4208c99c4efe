import { Hono } from "hono";
import { TomtatError } from "../../errors.ts";
import { emptyDocuments } from "../../summarize/empty-documents.ts";
import type { SummaryResult } from "../../types.ts";
import { readJson } from "../body.ts";
import { Deadline } from "../deadline.ts";
import type { AppEnv } from "../env.ts";
import { ClientClosed } from "../errors.ts";
import type { ResolvedOptions } from "../options.ts";
import { parseRequest, type SummarizeRequest, summarizeRequestSchema } from "../schema.ts";

/**
 * `POST /v1/summarize`: JSON articles in, the library's SummaryResult out. The route checks the
 * request; reading the documents (HTML extraction, Markdown) and summarizing them is the engine's
 * work (documents.ts), on a worker thread within the time left.
 */
export function summarizeRoutes(opts: ResolvedOptions): Hono<AppEnv> {
  const schema = summarizeRequestSchema(opts.maxDocuments);
  return new Hono<AppEnv>().post("/", async (c) => {
    const deadline = new Deadline(c.get("start"), opts.timeoutMs, opts.now);
    const body = await readJson(c.req.raw, opts.maxBodyBytes, deadline);
    checkDocumentCount(body, opts.maxDocuments);
    const request = parseRequest(schema, body);
    checkMarkdownSize(request, opts.maxTextChars);
    deadline.check("reading the documents");
    // The server's own limits govern: the library's defaults must not refuse what the server accepts.
    const limits = {
      maxDocuments: opts.maxDocuments,
      maxDocumentBytes: opts.maxBodyBytes,
      maxClusterBytes: opts.maxBodyBytes,
    };
    const options = { ...request.options, limits };
    const { documents } = request;
    const { signal } = c.req.raw;
    const result = await forClient(signal, () =>
      opts.engine.summarize(documents, options, deadline.remainingMs(), signal),
    );
    return c.json(reported(result));
  });
}

/**
 * The engine's answer, unless the client left while it was made (`signal` aborted): then nothing
 * can reach it, and the request is logged 499 (ClientClosed) whatever the job's outcome. The
 * pool's own ClientClosed (a job dropped or stopped for it) says more and is kept.
 */
async function forClient<T>(signal: AbortSignal, work: () => T | Promise<T>): Promise<T> {
  const left = () => new ClientClosed("while the summary was made; it was not sent");
  let result: T;
  try {
    result = await work();
  } catch (err) {
    throw signal.aborted && !(err instanceof ClientClosed) ? left() : err;
  }
  if (signal.aborted) throw left();
  return result;
}

/** The answer: the library's result, and `emptyDocuments` when some document gave no sentence. */
type SummarizeResponse = SummaryResult & { emptyDocuments?: string[] };

/**
 * A document with nothing left after cleaning (only web leftovers, `Chia sẻ:`) is left out of the
 * summary, and said so as `tomtat summarize --json` says it: `emptyDocuments`, the ids of those
 * documents (a document without an id is named by its position, "2"). When every document is
 * empty the library refuses the request instead (E_EMPTY).
 */
function reported(result: SummaryResult): SummarizeResponse {
  const empty = emptyDocuments(result).map((d) => d.id);
  return empty.length > 0 ? { ...result, emptyDocuments: empty } : result;
}

/** Too many documents gets its own code, before the schema, so clients can tell it from a typo. */
function checkDocumentCount(body: unknown, max: number): void {
  if (typeof body !== "object" || body === null || !("documents" in body)) return;
  const { documents } = body as { documents: unknown };
  if (Array.isArray(documents) && documents.length > max) {
    throw new TomtatError(
      "E_TOO_MANY_DOCUMENTS",
      `expected at most ${max} documents, got ${documents.length}`,
      "documents",
    );
  }
}

/**
 * Markdown is refused by its own length before it is parsed: its text is about as long, and the
 * parser takes up to about 2 s per million characters of adversarial marks (docs/RESULTS.md).
 */
function checkMarkdownSize(request: SummarizeRequest, max: number): void {
  const chars = request.documents.reduce((n, d) => n + (d.markdown?.length ?? 0), 0);
  if (chars > max) {
    throw new TomtatError(
      "E_TOO_LARGE",
      `documents must hold at most ${max} characters of Markdown, got ${chars}`,
      "documents",
    );
  }
}
