import { TomtatError } from "../../errors.ts";
import type { Cluster } from "../../types.ts";
import { clusterFromJson } from "./json-cluster.ts";

/** One parsed JSONL line: the cluster plus the raw object, for loaders that need more fields (references). */
export interface JsonlRecord {
  cluster: Cluster;
  raw: Record<string, unknown>;
  line: number;
}

/**
 * Parses AbMuSu-style JSONL: one cluster per line, `{"id"?, "single_documents":[…], …}`.
 * A missing id becomes the 1-based line number; blank lines are skipped; a malformed line
 * is an error naming the file and line.
 */
export function parseJsonl(text: string, source: string): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const where = `${source}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new TomtatError("E_JSON", `malformed JSON line (${reason})`, where);
    }
    const cluster = clusterFromJson(value, String(i + 1), where);
    records.push({ cluster, raw: value as Record<string, unknown>, line: i + 1 });
  });
  if (records.length === 0)
    throw new TomtatError("E_EMPTY", "the JSONL file has no clusters", source);
  return records;
}
