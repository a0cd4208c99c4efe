import { Hono } from "hono";
import { TomtatError } from "../../errors.ts";
import { htmlToText } from "../../io/html.ts";
import { markdownToText } from "../../io/markdown.ts";
import { parseArticleText } from "../../io/readers/article-text.ts";
import type { Cluster, Document } from "../../types.ts";
import { readJson } from "../body.ts";
import { Deadline } from "../deadline.ts";
import type { AppEnv } from "../env.ts";
import type { ResolvedOptions } from "../options.ts";
import { parseRequest, type SummarizeRequest, summarizeRequestSchema } from "../schema.ts";

/** `POST /v1/summarize`: JSON articles in, the library's SummaryResult out. */
export function summarizeRoutes(opts: ResolvedOptions): Hono<AppEnv> {
  const schema = summarizeRequestSchema(opts.maxDocuments);
  return new Hono<AppEnv>().post("/", async (c) => {
    const deadline = new Deadline(c.get("start"), opts.timeoutMs, opts.now);
    const body = await readJson(c.req.raw, opts.maxBodyBytes, deadline);
    checkDocumentCount(body, opts.maxDocuments);
    const request = parseRequest(schema, body);
    checkMarkdownSize(request, opts.maxTextChars);
    const cluster = toCluster(request, deadline);
    checkTextSize(cluster, opts.maxTextChars);
    deadline.check("summarization");
    // The server's own limits govern: the library's defaults must not refuse what the server accepts.
    const limits = {
      maxDocuments: opts.maxDocuments,
      maxDocumentBytes: opts.maxBodyBytes,
      maxClusterBytes: opts.maxBodyBytes,
    };
    const options = { ...request.options, limits };
    return c.json(await opts.engine.summarize(cluster, options, deadline.remainingMs()));
  });
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

function toCluster(request: SummarizeRequest, deadline: Deadline): Cluster {
  const documents = request.documents.map((d, i): Document => {
    const id = d.id ?? String(i + 1);
    if (d.markdown !== undefined) return fromMarkdown(d.markdown, d.title, id, i, deadline);
    if (d.html === undefined) {
      const body = d.text ?? "";
      if (`${d.title ?? ""}${body}`.trim() === "") {
        throw new TomtatError(
          "E_EMPTY",
          "expected article text, got an empty text",
          `documents[${i}].text`,
        );
      }
      return { id, title: d.title ?? "", body };
    }
    deadline.check(`extracting documents[${i}].html`);
    try {
      const page = htmlToText(d.html);
      return { id, title: d.title ?? page.title, body: page.text };
    } catch (err) {
      if (err instanceof TomtatError)
        throw new TomtatError(err.code, err.message, `documents[${i}].html`);
      throw err;
    }
  });
  // The library names the cluster id in its errors, so it reads as the request field.
  return { id: "documents", documents };
}

/** A Markdown article: its blocks' plain text, read as a plain-text article (first heading = title). */
function fromMarkdown(
  markdown: string,
  title: string | undefined,
  id: string,
  i: number,
  deadline: Deadline,
): Document {
  deadline.check(`reading documents[${i}].markdown`);
  const text = markdownToText(markdown);
  if (`${title ?? ""}${text}`.trim() === "") {
    throw new TomtatError(
      "E_EMPTY",
      "expected a Markdown article with text, found none",
      `documents[${i}].markdown`,
    );
  }
  // With a title given, a first heading stays in the body, as an HTML page's <h1> does.
  if (title !== undefined) return { id, title, body: text };
  const doc = parseArticleText(text, id, `documents[${i}].markdown`);
  return { id, title: doc.title, body: doc.body };
}

/**
 * Markdown is refused by its own length before it is parsed: its text is about as long, and the
 * parser takes up to 1.4 s per million characters of adversarial marks (docs/RESULTS.md).
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

function checkTextSize(cluster: Cluster, max: number): void {
  let chars = 0;
  for (const d of cluster.documents) chars += d.title.length + d.body.length;
  if (chars > max) {
    throw new TomtatError(
      "E_TOO_LARGE",
      `documents must hold at most ${max} characters of text, got ${chars}`,
      "documents",
    );
  }
}
