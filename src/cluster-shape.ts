import { kindOf, TomtatError } from "./errors.ts";
import type { Cluster, Document } from "./types.ts";

/** Field of a document and whether it may be left out; the library's callers may not use TypeScript. */
const DOCUMENT_FIELDS: [keyof Document, boolean][] = [
  ["id", false],
  ["title", false],
  ["body", false],
  ["lead", true],
  ["date", true],
  ["source", true],
];

function checkDocumentShape(doc: unknown, i: number): void {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw new TomtatError("E_SCHEMA", `document ${i + 1} must be an object, got ${kindOf(doc)}`);
  }
  for (const [field, optional] of DOCUMENT_FIELDS) {
    const value = (doc as Record<string, unknown>)[field];
    if (typeof value === "string" || (optional && value === undefined)) continue;
    throw new TomtatError(
      "E_SCHEMA",
      `document ${i + 1}: "${field}" must be a string${optional ? " when given" : ""}, got ${kindOf(value)}`,
    );
  }
}

/**
 * Checks that a value is a cluster: an object with a documents array whose documents have
 * string fields. Callers of the library may not use TypeScript; readers build clusters
 * themselves, so this never fails for them.
 */
export function checkClusterShape(cluster: unknown): asserts cluster is Cluster {
  const documents = (cluster as { documents?: unknown } | null)?.documents;
  if (typeof cluster !== "object" || cluster === null || !Array.isArray(documents)) {
    throw new TomtatError("E_SCHEMA", "expected a cluster with a documents array");
  }
  documents.forEach(checkDocumentShape);
}
