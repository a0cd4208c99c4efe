import type { SummaryResult } from "../types.ts";

/**
 * The documents of a result with no sentence left after cleaning (only a title, only web
 * leftovers): left out of the summary, which the command line and the HTTP API both report.
 */
export function emptyDocuments(result: SummaryResult): { index: number; id: string }[] {
  return result.documents.flatMap((d, index) =>
    d.sentences.length === 0 ? [{ index, id: d.id }] : [],
  );
}
