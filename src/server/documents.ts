import { TomtatError } from "../errors.ts";
import { htmlToText } from "../io/html.ts";
import { markdownToText } from "../io/markdown.ts";
import { parseArticleText } from "../io/readers/article-text.ts";
import { summarize } from "../summarize/index.ts";
import type { SummarizeOptions } from "../summarize/types.ts";
import { notVietnameseDocuments } from "../text/language.ts";
import type { Cluster, Document, SummaryResult } from "../types.ts";
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

/**
 * Reads the documents (readDocuments) and summarizes them, naming the request field of an error
 * the library raises about the input as a whole (E_NOT_VIETNAMESE, E_EMPTY after cleaning).
 */
export function summarizeDocuments(
  documents: readonly RequestDocument[],
  maxTextChars: number,
  options: SummarizeOptions,
  beforeEach: (stage: string) => void = () => {},
): SummaryResult {
  const cluster = readDocuments(documents, maxTextChars, beforeEach);
  beforeEach("summarization");
  try {
    return summarize(cluster, options);
  } catch (err) {
    throw withField(err, cluster, documents);
  }
}

/**
 * The library names the document it refuses in its message only (`document 2 (2) does not look
 * like Vietnamese`); the field is found again with its own test: the first document it flags, or
 * the only document, or else all of them (`documents`), as when the input as a whole is refused.
 */
function withField(err: unknown, cluster: Cluster, documents: readonly RequestDocument[]): unknown {
  if (!(err instanceof TomtatError) || err.where !== undefined) return err;
  if (err.code !== "E_NOT_VIETNAMESE" && err.code !== "E_EMPTY") return err;
  // The text the library measures (summarize/validate.ts documentText).
  const texts = cluster.documents.map((d) => `${d.title}\n${d.lead ?? ""}\n${d.body}`);
  const check = err.code === "E_NOT_VIETNAMESE" ? notVietnameseDocuments(texts) : undefined;
  // The whole input is checked first, and then the message is about all of it.
  const at = check?.whole ? -1 : (check?.each.findIndex((one) => one !== undefined) ?? -1);
  const i = at >= 0 ? at : documents.length === 1 ? 0 : -1;
  const doc = documents[i];
  const field = doc === undefined ? "documents" : contentField(doc, i);
  return new TomtatError(err.code, err.message, field, err.hint);
}

/** `documents[i].text`, `.html` or `.markdown`: where document i's content came. */
export function contentField(d: RequestDocument, i: number): string {
  const kind = d.markdown !== undefined ? "markdown" : d.html !== undefined ? "html" : "text";
  return `documents[${i}].${kind}`;
}

function readDocument(
  d: RequestDocument,
  i: number,
  beforeEach: (stage: string) => void,
): Document {
  const id = d.id ?? String(i + 1);
  if (d.markdown !== undefined) {
    beforeEach(`reading ${contentField(d, i)}`);
    return fromMarkdown(d.markdown, d.title, id, contentField(d, i));
  }
  if (d.html !== undefined) {
    beforeEach(`extracting ${contentField(d, i)}`);
    return fromHtml(d.html, d.title, id, contentField(d, i));
  }
  const body = d.text ?? "";
  // A title alone is no article: the library would refuse it too, naming only the cluster.
  if (body.trim() === "") {
    const titled = (d.title ?? "").trim() === "" ? "" : " (a title alone is not an article)";
    throw new TomtatError(
      "E_EMPTY",
      `expected article text, got an empty text${titled}`,
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
  if (text.trim() === "") {
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
