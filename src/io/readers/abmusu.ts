import { TomtatError } from "../../errors.ts";
import type { Cluster } from "../../types.ts";
import { clusterFromJson } from "./json-cluster.ts";

/** One parsed JSONL line: the cluster plus the raw object, for loaders that need more fields (references). */
export interface JsonlRecord {
  cluster: Cluster;
  raw: Record<string, unknown>;
  line: number;
}

/** One non-blank JSONL line: its cluster, or the error that kept it from being one. */
export type JsonlEntry =
  | { line: number; id: string; record: JsonlRecord }
  | { line: number; id: string; error: TomtatError };

/**
 * The id of a line that is JSON but no cluster: its own `id` when it is a string or a number
 * (what `clusterFromJson` would have named it), else its 1-based line number.
 */
function failedLineId(value: unknown, line: number): string {
  const id =
    typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? String(id) : String(line);
}

/** One JSONL line (trimmed, not blank), the `n`th of the file: its cluster, or its error. */
export function parseJsonlLine(line: string, n: number, where: string): JsonlEntry {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const error = new TomtatError("E_JSON", `malformed JSON line (${reason})`, where);
    return { line: n, id: String(n), error };
  }
  try {
    const cluster = clusterFromJson(value, String(n), where);
    const record = { cluster, raw: value as Record<string, unknown>, line: n };
    return { line: n, id: cluster.id, record };
  } catch (err) {
    if (!(err instanceof TomtatError)) throw err;
    return { line: n, id: failedLineId(value, n), error: err };
  }
}

/**
 * Parses AbMuSu-style JSONL line by line: one cluster per line, `{"id"?, "single_documents":[…],
 * …}`. A missing id becomes the 1-based line number; blank lines are skipped; a malformed line
 * is an entry with its error, naming the file and line, so a batch can go on past it.
 */
export function parseJsonlEntries(text: string, source: string): JsonlEntry[] {
  const entries: JsonlEntry[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line !== "") entries.push(parseJsonlLine(line, i + 1, `${source}:${i + 1}`));
  });
  if (entries.length === 0)
    throw new TomtatError("E_EMPTY", "the JSONL file has no clusters", source);
  return entries;
}

/** `parseJsonlEntries` for a data set: every line must be a cluster, or its error is thrown. */
export function parseJsonl(text: string, source: string): JsonlRecord[] {
  return parseJsonlEntries(text, source).map((entry) => {
    if ("error" in entry) throw entry.error;
    return entry.record;
  });
}
