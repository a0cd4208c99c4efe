import { TomtatError } from "../errors.ts";
import { checkCluster, type Limits, resolveLimits } from "../limits.ts";
import { notVietnameseDocument, unmarkedHint } from "../text/language.ts";
import type { Cluster, Document } from "../types.ts";

/**
 * Checks a cluster before summarizing: well formed, within limits, not empty, and Vietnamese. A cluster, or
 * any one of its documents, of 40+ words where under 15% of words carry Vietnamese letters is
 * refused; the error names the document.
 */
export function checkInput(cluster: Cluster, partialLimits?: Partial<Limits>): void {
  const limits = resolveLimits(partialLimits);
  checkCluster(cluster, limits);
  const all = cluster.documents.map(documentText).join("\n");
  const whole = notVietnameseDocument(all);
  if (whole) {
    throw new TomtatError(
      "E_NOT_VIETNAMESE",
      `the input does not look like Vietnamese (${percent(whole.share)} of ${whole.words} words carry Vietnamese letters)${unmarkedHint(all)}`,
    );
  }
  cluster.documents.forEach((doc, i) => {
    const one = notVietnameseDocument(documentText(doc));
    if (one) {
      throw new TomtatError(
        "E_NOT_VIETNAMESE",
        `document ${i + 1} (${doc.id}) does not look like Vietnamese (${percent(one.share)} of ${one.words} words carry Vietnamese letters)${unmarkedHint(documentText(doc)) || "; remove it or give its Vietnamese version"}`,
      );
    }
  });
}

function documentText(doc: Document): string {
  return `${doc.title}\n${doc.lead ?? ""}\n${doc.body}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
