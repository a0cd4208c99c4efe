import { kindOf, TomtatError } from "../errors.ts";
import { checkCluster, type Limits, resolveLimits } from "../limits.ts";
import { notVietnameseDocument } from "../text/language.ts";
import type { Cluster, Document } from "../types.ts";

/**
 * Checks a cluster before summarizing: within limits, not empty, and Vietnamese. A cluster, or
 * any one of its documents, of 40+ words where under 15% of words carry Vietnamese letters is
 * refused; the error names the document.
 */
export function checkInput(cluster: Cluster, partialLimits?: Partial<Limits>): void {
  const limits = resolveLimits(partialLimits);
  if (!cluster || !Array.isArray(cluster.documents)) {
    throw new TomtatError("E_SCHEMA", "expected a cluster with a documents array");
  }
  cluster.documents.forEach(checkDocumentShape);
  checkCluster(cluster, limits);
  const all = cluster.documents.map(documentText).join("\n");
  const whole = notVietnameseDocument(all);
  if (whole) {
    throw new TomtatError(
      "E_NOT_VIETNAMESE",
      `the input does not look like Vietnamese (${percent(whole.share)} of ${whole.words} words carry Vietnamese letters)`,
    );
  }
  cluster.documents.forEach((doc, i) => {
    const one = notVietnameseDocument(documentText(doc));
    if (one) {
      throw new TomtatError(
        "E_NOT_VIETNAMESE",
        `document ${i + 1} (${doc.id}) does not look like Vietnamese (${percent(one.share)} of ${one.words} words carry Vietnamese letters); remove it or give its Vietnamese version`,
      );
    }
  });
}

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

function documentText(doc: Document): string {
  return `${doc.title}\n${doc.lead ?? ""}\n${doc.body}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
