import { TomtatError } from "../errors.ts";
import { htmlToText } from "../io/html.ts";
import { markdownToText } from "../io/markdown.ts";
import { parseArticleText } from "../io/readers/article-text.ts";
import type { Cluster, Document } from "../types.ts";
import type { SummarizeRequest } from "./schema.ts";

/** One document of a summarize request, as the schema checked it. */
export type RequestDocument = SummarizeRequest["documents"][number];

/**
 * Reads a request's documents into a cluster: plain text as given, an HTML page through
 * main-content extraction, Markdown as the plain text of its blocks; then refuses text over
 * `maxTextChars` (413). It runs where summarization runs (a worker thread, worker/pool.ts), so
 * the time limit stops a slow page as it stops a slow summary. `beforeEach` runs before each HTML
 * or Markdown document (the time limit's check, on the main thread).
 */
export function readDocuments(
  documents: readonly RequestDocument[],
  maxTextChars: number,
  beforeEach: (stage: string) => void = () => {},
): Cluster {
  const cluster: Cluster = {
    // The library names the cluster id in its errors, so it reads as the request field.
    id: "documents",
    documents: documents.map((d, i) => readDocument(d, i, beforeEach)),
  };
  checkTextSize(cluster, maxTextChars);
  return cluster;
}

function readDocument(
  d: RequestDocument,
  i: number,
  beforeEach: (stage: string) => void,
): Document {
  const id = d.id ?? String(i + 1);
  if (d.markdown !== undefined) {
    beforeEach(`reading documents[${i}].markdown`);
    return fromMarkdown(d.markdown, d.title, id, `documents[${i}].markdown`);
  }
  if (d.html !== undefined) {
    beforeEach(`extracting documents[${i}].html`);
    return fromHtml(d.html, d.title, id, `documents[${i}].html`);
  }
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

function fromHtml(html: string, title: string | undefined, id: string, where: string): Document {
  try {
    const page = htmlToText(html);
    return { id, title: title ?? page.title, body: page.text };
  } catch (err) {
    if (err instanceof TomtatError) throw new TomtatError(err.code, err.message, where);
    throw err;
  }
}

/** A Markdown article: its blocks' plain text, read as a plain-text article (first heading = title). */
function fromMarkdown(
  markdown: string,
  title: string | undefined,
  id: string,
  where: string,
): Document {
  const text = markdownToText(markdown);
  if (`${title ?? ""}${text}`.trim() === "") {
    throw new TomtatError("E_EMPTY", "expected a Markdown article with text, found none", where);
  }
  // With a title given, a first heading stays in the body, as an HTML page's <h1> does.
  if (title !== undefined) return { id, title, body: text };
  const doc = parseArticleText(text, id, where);
  return { id, title: doc.title, body: doc.body };
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
