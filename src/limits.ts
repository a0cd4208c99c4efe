import { checkClusterShape } from "./cluster-shape.ts";
import { documentLabel, expectKnownKeys, overLimit, TomtatError } from "./errors.ts";
import type { Cluster } from "./types.ts";

/** Input limits. Inputs over a limit are refused with an error, never truncated. */
export interface Limits {
  /** Largest accepted document: bytes of UTF-8 of its title, lead and body. Default 2 MB. */
  maxDocumentBytes: number;
  /** Most documents in one cluster. Default 100. */
  maxDocuments: number;
  /**
   * Largest accepted cluster: all documents' bytes together. Default 5 MB (the server's body
   * limit too). Documents are compared across the cluster, so time grows faster than size:
   * 3.5 MB of news text (14,000 sentences) took 10 s, 10 MB (38,000 sentences) 71 s and 0.9 GB,
   * and 100 documents of 2 MB would run for much longer.
   */
  maxClusterBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDocumentBytes: 2 * 1024 * 1024,
  maxDocuments: 100,
  maxClusterBytes: 5 * 1024 * 1024,
};

/**
 * Most bytes of JSON text to read for one cluster (stdin, a `.json` file): three times what the
 * cluster may hold, since JSON escapes (`\u1ea1`) can take twice the bytes of UTF-8 and more.
 */
export function jsonReadLimit(limits: Limits): number {
  return 3 * Math.min(limits.maxDocumentBytes * limits.maxDocuments, limits.maxClusterBytes);
}

/** E_TOO_LARGE at `where`, naming the input limit that refused the input when one did. */
export function tooLarge(message: string, where?: string, limit?: keyof Limits): TomtatError {
  const err = new TomtatError("E_TOO_LARGE", message, where);
  return limit === undefined ? err : overLimit(err, limit);
}

/** E_TOO_MANY_DOCUMENTS: `what` (`12 files`) is over `limits.maxDocuments`. */
export function tooManyDocuments(what: string, limits: Limits, where?: string): TomtatError {
  const message = `${what}; the limit is ${limits.maxDocuments}`;
  return overLimit(new TomtatError("E_TOO_MANY_DOCUMENTS", message, where), "maxDocuments");
}

/** The limit that sets jsonReadLimit: the one to raise for a larger JSON cluster. */
export function jsonReadLimitName(limits: Limits): keyof Limits {
  const cluster = limits.maxClusterBytes <= limits.maxDocumentBytes * limits.maxDocuments;
  return cluster ? "maxClusterBytes" : "maxDocumentBytes";
}

/**
 * Most bytes of an HTML page's markup to read for one document: eight times the document limit
 * (16 MB by default). A saved page carries scripts, styles, inline JSON and images around its
 * article; its extracted text is held to `maxDocumentBytes` as any article is.
 */
export function htmlReadLimit(limits: Limits): number {
  return 8 * limits.maxDocumentBytes;
}

export function resolveLimits(partial?: Partial<Limits>): Limits {
  if (partial != null) expectKnownKeys(partial, Object.keys(DEFAULT_LIMITS), "limit");
  const limits = { ...DEFAULT_LIMITS, ...partial };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) {
      throw new TomtatError("E_OPTION", `limit ${name} must be a positive integer, got ${value}`);
    }
  }
  return limits;
}

/** Checks a cluster against the limits: it must be well formed (cluster-shape.ts), have documents, not too many, none too large or empty, not too large in all. */
export function checkCluster(cluster: Cluster, limits: Limits, where?: string): Cluster {
  checkClusterShape(cluster);
  const at = where ?? cluster.id;
  if (cluster.documents.length === 0)
    throw new TomtatError("E_EMPTY", "the cluster has no documents", at);
  if (cluster.documents.length > limits.maxDocuments) {
    throw tooManyDocuments(`the cluster has ${cluster.documents.length} documents`, limits, at);
  }
  let total = 0;
  cluster.documents.forEach((doc, i) => {
    // The lead counts: it is summarized with the body (AbMuSu's anchor_text can be any size).
    const bytes =
      Buffer.byteLength(doc.title) +
      Buffer.byteLength(doc.lead ?? "") +
      Buffer.byteLength(doc.body);
    total += bytes;
    if (bytes > limits.maxDocumentBytes) {
      throw tooLarge(
        `${documentLabel(i, doc.id)} has ${bytes} bytes; the limit is ${limits.maxDocumentBytes}`,
        at,
        "maxDocumentBytes",
      );
    }
    if (`${doc.body}${doc.lead ?? ""}`.trim() === "") {
      const err = new TomtatError("E_EMPTY", `${documentLabel(i, doc.id)} has no text`, at);
      err.document = i;
      throw err;
    }
  });
  if (total > limits.maxClusterBytes) {
    throw tooLarge(
      `the cluster's documents have ${total} bytes in all; the limit is ${limits.maxClusterBytes}`,
      at,
      "maxClusterBytes",
    );
  }
  return cluster;
}
