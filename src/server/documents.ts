import { TomtatError } from "../errors.ts";
import { type ContentKind, documentFromContent, requireText } from "../io/document-content.ts";
import { summarize } from "../summarize/index.ts";
import type { SummarizeOptions } from "../summarize/types.ts";
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
    throw withField(err, documents);
  }
}

/**
 * The field of an error the library raised about the input: the document it names
 * (`err.document`), or the only document, or else all of them (`documents`), as when the input as
 * a whole is refused.
 */
function withField(err: unknown, documents: readonly RequestDocument[]): unknown {
  if (!(err instanceof TomtatError) || err.where !== undefined) return err;
  if (err.code !== "E_NOT_VIETNAMESE" && err.code !== "E_EMPTY") return err;
  const i = err.document ?? (documents.length === 1 ? 0 : -1);
  const doc = documents[i];
  const field = doc === undefined ? "documents" : contentField(doc, i);
  return new TomtatError(err.code, err.message, field, err.hint);
}

/** `documents[i].text`, `.html` or `.markdown`: where document i's content came. */
export function contentField(d: RequestDocument, i: number): string {
  return `documents[${i}].${contentKind(d)}`;
}

function contentKind(d: RequestDocument): ContentKind {
  return d.markdown !== undefined ? "markdown" : d.html !== undefined ? "html" : "text";
}

function readDocument(
  d: RequestDocument,
  i: number,
  beforeEach: (stage: string) => void,
): Document {
  const id = d.id ?? String(i + 1);
  const kind = contentKind(d);
  const where = contentField(d, i);
  // A page pasted as text is read as the page it is, as the command line reads it.
  const content = d.markdown ?? d.html ?? requireText(d.text ?? "", "article text", where, d.title);
  return documentFromContent(kind, content, d.title, id, where, beforeEach);
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
