import { TomtatError } from "./errors.ts";
import type { Cluster } from "./types.ts";

/** Input limits. Inputs over a limit are refused with an error, never truncated. */
export interface Limits {
  /** Largest accepted document (bytes of UTF-8). Default 2 MB. */
  maxDocumentBytes: number;
  /** Most documents in one cluster. Default 100. */
  maxDocuments: number;
}

export const DEFAULT_LIMITS: Limits = { maxDocumentBytes: 2 * 1024 * 1024, maxDocuments: 100 };

export function resolveLimits(partial?: Partial<Limits>): Limits {
  const limits = { ...DEFAULT_LIMITS, ...partial };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new TomtatError("E_OPTION", `limit ${name} must be a positive integer, got ${value}`);
    }
  }
  return limits;
}

/** Checks a cluster against the limits: it must have documents, not too many, none too large or empty. */
export function checkCluster(cluster: Cluster, limits: Limits, where?: string): Cluster {
  const at = where ?? cluster.id;
  if (cluster.documents.length === 0)
    throw new TomtatError("E_EMPTY", "the cluster has no documents", at);
  if (cluster.documents.length > limits.maxDocuments) {
    throw new TomtatError(
      "E_TOO_MANY_DOCUMENTS",
      `the cluster has ${cluster.documents.length} documents; the limit is ${limits.maxDocuments}`,
      at,
    );
  }
  cluster.documents.forEach((doc, i) => {
    const bytes = Buffer.byteLength(doc.title) + Buffer.byteLength(doc.body);
    if (bytes > limits.maxDocumentBytes) {
      throw new TomtatError(
        "E_TOO_LARGE",
        `document ${i + 1} (${doc.id}) has ${bytes} bytes; the limit is ${limits.maxDocumentBytes}`,
        at,
      );
    }
    if (`${doc.body}${doc.lead ?? ""}`.trim() === "") {
      throw new TomtatError("E_EMPTY", `document ${i + 1} (${doc.id}) has no text`, at);
    }
  });
  return cluster;
}
