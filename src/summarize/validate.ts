import { documentLabel, TomtatError } from "../errors.ts";
import { checkCluster, type Limits, resolveLimits } from "../limits.ts";
import { looksDoubleEncoded } from "../text/double-encoded.ts";
import { looksUnmarkedVietnamese, notVietnameseDocuments } from "../text/language.ts";
import type { Cluster, Document } from "../types.ts";

/**
 * Checks a cluster before summarizing: well formed, within limits, not empty, and Vietnamese. A cluster, or
 * any one of its documents, of 40+ words where under 15% of words carry Vietnamese letters is
 * refused; the error names the document. So is a document that is UTF-8 read with a one-byte
 * charset and saved again (text/double-encoded.ts), whose garbled letters would pass that test.
 */
export function checkInput(cluster: Cluster, partialLimits?: Partial<Limits>): void {
  const limits = resolveLimits(partialLimits);
  checkCluster(cluster, limits);
  const texts = cluster.documents.map(documentText);
  const garbled = texts.findIndex(looksDoubleEncoded);
  if (garbled >= 0) throw doubleEncoded(garbled, cluster.documents[garbled]?.id);
  const { whole, each } = notVietnameseDocuments(texts);
  if (whole) {
    throw notVietnamese(
      `the input does not look like Vietnamese (${percent(whole.share)} of ${whole.words} words carry Vietnamese letters)`,
      texts.join("\n"),
    );
  }
  each.forEach((one, i) => {
    if (one) {
      const err = notVietnamese(
        `${documentLabel(i, cluster.documents[i]?.id)} does not look like Vietnamese (${percent(one.share)} of ${one.words} words carry Vietnamese letters)`,
        texts[i] as string,
        "; remove it or give its Vietnamese version",
      );
      err.document = i;
      throw err;
    }
  });
}

function doubleEncoded(i: number, id: string | undefined): TomtatError {
  const err = new TomtatError(
    "E_NOT_VIETNAMESE",
    `${documentLabel(i, id)} is garbled: it is UTF-8 text that was read as Windows-1252 or Latin-1 and saved again (\`táº¡i\` for \`tại\`); read the page as UTF-8 and give that text`,
    undefined,
    "double-encoded",
  );
  err.document = i;
  return err;
}

function documentText(doc: Document): string {
  return `${doc.title}\n${doc.lead ?? ""}\n${doc.body}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const UNMARKED =
  "; it looks like Vietnamese typed without diacritics: give the text with its tone marks (đ, ă, â, ê, ô, ơ, ư, à, á, ả, ã, ạ)";

/**
 * The E_NOT_VIETNAMESE error for `text`. When the text is Vietnamese typed without diacritics
 * the message says so and the error carries the hint `unmarked-vietnamese` (the web page shows
 * its own Vietnamese words for it); otherwise the message ends with `otherwise`.
 */
export function notVietnamese(message: string, text: string, otherwise = ""): TomtatError {
  return looksUnmarkedVietnamese(text)
    ? new TomtatError("E_NOT_VIETNAMESE", `${message}${UNMARKED}`, undefined, "unmarked-vietnamese")
    : new TomtatError("E_NOT_VIETNAMESE", `${message}${otherwise}`);
}
