import { TomtatError } from "../../errors.ts";
import { MAX_JSONL_BYTES, parseJsonl, readTextFile } from "../../io/readers/index.ts";
import { checkCluster, resolveLimits } from "../../limits.ts";
import type { EvalCluster } from "./types.ts";

/** The references of one JSONL record: AbMuSu `"summary"` (a string) or generic `"summaries"` (strings). */
export function referencesOf(raw: Record<string, unknown>, where: string): string[] {
  const { summary, summaries } = raw;
  const list = summaries !== undefined ? summaries : summary !== undefined ? [summary] : undefined;
  if (!Array.isArray(list) || list.some((s) => typeof s !== "string")) {
    throw new TomtatError(
      "E_SCHEMA",
      'an evaluation record needs "summary" (a string) or "summaries" (an array of strings)',
      where,
    );
  }
  // A reference with no letter or digit (`"..."`) has no n-gram to score against.
  const references = (list as string[]).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (references.length === 0)
    throw new TomtatError("E_EMPTY", "the record's references are empty", where);
  return references;
}

/**
 * Reads AbMuSu JSONL (`{"single_documents":[…],"summary"}`) or the generic JSONL
 * (`{"id","single_documents":[…],"summaries":[…]}`): the project's JSONL reader builds each
 * cluster, the references are attached from the same line.
 */
export function parseEvalJsonl(text: string, source: string): EvalCluster[] {
  const limits = resolveLimits();
  const lines = new Map<string, number>();
  return parseJsonl(text, source).map(({ cluster, raw, line }) => {
    const where = `${source}:${line}`;
    checkCluster(cluster, limits, where);
    // Scores are reported and compared (--compare-to) by cluster id.
    const first = lines.get(cluster.id);
    if (first !== undefined)
      throw new TomtatError(
        "E_SCHEMA",
        `cluster id "${cluster.id}" is also on line ${first}`,
        where,
      );
    lines.set(cluster.id, line);
    return { ...cluster, references: referencesOf(raw, where) };
  });
}

export function readEvalJsonl(path: string): EvalCluster[] {
  return parseEvalJsonl(readTextFile(path, MAX_JSONL_BYTES), path);
}
