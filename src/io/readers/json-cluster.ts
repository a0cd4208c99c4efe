import { TomtatError } from "../../errors.ts";
import type { Cluster, Document } from "../../types.ts";
import { documentFromContent } from "../document-content.ts";

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function optionalString(
  obj: Record<string, unknown>,
  key: string,
  where: string,
): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw new TomtatError("E_SCHEMA", `"${key}" must be a string`, where);
  return v;
}

/** A document's own `id` (a string or a number), kept for provenance. */
function optionalId(obj: Record<string, unknown>, where: string): string | undefined {
  const v = obj.id;
  if (v === undefined || v === null) return undefined;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  throw new TomtatError("E_SCHEMA", '"id" must be a non-empty string or a number', where);
}

/** The fields a document's content may come in: text (AbMuSu's `raw_text`, `text`, `body`), a page, Markdown. */
const CONTENT_FIELDS = ["raw_text", "text", "body", "html", "markdown"] as const;

/**
 * A document's title and body from its one content field: text (an HTML page given there is
 * read as one), an HTML page (`html`, main content extracted) or Markdown (`markdown`), as the
 * HTTP API takes them. None, or more than one, is E_SCHEMA naming them. A page's headline or a
 * Markdown first heading is the title when `title` is missing or blank.
 */
function documentContent(
  d: Record<string, unknown>,
  id: string,
  at: string,
): { title: string; body: string } {
  const given = CONTENT_FIELDS.filter((f) => optionalString(d, f, at) !== undefined);
  if (given.length !== 1) {
    const fields = '"raw_text", "text", "body", "html" or "markdown"';
    const problem =
      given.length === 0
        ? `missing the content: give one of ${fields}`
        : `give one content field of ${fields}, not ${given.map((f) => `"${f}"`).join(" and ")}`;
    throw new TomtatError("E_SCHEMA", problem, at);
  }
  const field = given[0] as (typeof CONTENT_FIELDS)[number];
  const kind = field === "html" || field === "markdown" ? field : "text";
  const { title, body } = documentFromContent(
    kind,
    d[field] as string,
    optionalString(d, "title", at),
    id,
    at,
  );
  return { title, body };
}

/**
 * Builds a Cluster from a parsed JSON object. Accepts the AbMuSu shape
 * `{"single_documents":[{"title","anchor_text","raw_text"}]}` and the plain shape
 * `{"documents":[{"id"?,"title","text"|"body"|"html"|"markdown","lead"?,"date"?}]}` (documentContent);
 * other fields are ignored.
 * A document without an `id` is named by its position (1, 2, …). A cluster with both lists is
 * refused (E_SCHEMA).
 */
export function clusterFromJson(value: unknown, fallbackId: string, where: string): Cluster {
  if (!isObject(value))
    throw new TomtatError("E_SCHEMA", "expected a JSON object for a cluster", where);
  if (value.single_documents !== undefined && value.documents !== undefined) {
    // Reading one list would drop the other's documents without a word.
    throw new TomtatError(
      "E_SCHEMA",
      'the cluster has both "single_documents" and "documents": give its documents in one of them',
      where,
    );
  }
  const list = value.single_documents ?? value.documents;
  if (!Array.isArray(list)) {
    throw new TomtatError("E_SCHEMA", 'expected an array "single_documents" or "documents"', where);
  }
  const documents = list.map((d, i): Document => {
    const at = `${where}: document ${i + 1}`;
    if (!isObject(d)) throw new TomtatError("E_SCHEMA", "a document must be an object", at);
    const id = optionalId(d, at) ?? String(i + 1);
    const { title, body } = documentContent(d, id, at);
    const doc: Document = { id, title: title.trim(), body };
    const lead = optionalString(d, "anchor_text", at) ?? optionalString(d, "lead", at);
    if (lead !== undefined && lead.trim() !== "") doc.lead = lead;
    const date = optionalString(d, "date", at);
    if (date !== undefined) doc.date = date;
    return doc;
  });
  const id = value.id === undefined || value.id === null ? fallbackId : String(value.id);
  const cluster: Cluster = { id, documents };
  const category = value.category;
  if (typeof category === "string") cluster.category = category;
  return cluster;
}

/**
 * Parses one JSON text holding one cluster (stdin, a `.json` file). A cluster without an `id`
 * gets `fallbackId` (the file's name for a file).
 */
export function parseJsonCluster(text: string, where: string, fallbackId = "1"): Cluster {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    // Text that does not even open like JSON is most likely an article given where a cluster was due.
    const notJson = /^\uFEFF?\s*[^\s{["\d\-tfn]/u.test(text);
    const hint = notJson
      ? '; a JSON cluster is expected here ({"documents":[{"title","text"}]}): give plain-text articles as files (tomtat summarize a.txt b.txt)'
      : "";
    throw new TomtatError("E_JSON", `malformed JSON (${reason})${hint}`, where);
  }
  return clusterFromJson(value, fallbackId, where);
}
