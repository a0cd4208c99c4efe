import { documentLabel, listed } from "../errors.ts";
import { ARTICLE_TYPES } from "../io/readers/files.ts";
import type { SkippedEntry, SkipReason } from "../io/readers/listing.ts";
import { emptyDocuments } from "../summarize/empty-documents.ts";
import type { SummaryResult } from "../types.ts";

/** How a note names each reason an entry was not read, in the order the note gives them. */
const SKIP_LABELS: Record<SkipReason, string> = {
  type: `not an article file (${ARTICLE_TYPES})`,
  layout: "not part of the VietnameseMDS layout (ID.body.txt, ID.info.txt, cluster_N.refK.txt)",
  hidden: "hidden",
  "broken-link": "a link to nothing",
  special: "a pipe or a device, not a file",
  unreadable: "cannot be looked at",
};

/**
 * The `tomtat: note:` line naming the entries of an input directory that were not read, grouped
 * by reason (`not read, hidden: .b.txt; a link to nothing: old.txt`), or undefined when every
 * entry was read.
 */
export function skippedNote(dir: string, skipped: readonly SkippedEntry[]): string | undefined {
  const groups = (Object.keys(SKIP_LABELS) as SkipReason[]).flatMap((reason) => {
    const names = skipped.filter((e) => e.reason === reason).map((e) => e.name);
    return names.length > 0 ? [`${SKIP_LABELS[reason]}: ${listed(names)}`] : [];
  });
  return groups.length > 0 ? `tomtat: note: ${dir}: not read, ${groups.join("; ")}` : undefined;
}

/** The `tomtat: note:` line naming the documents that gave no sentence, or undefined. */
export function emptyNote(result: SummaryResult): string | undefined {
  const empty = emptyDocuments(result).map(({ index, id }) => documentLabel(index, id));
  if (empty.length === 0) return undefined;
  return `tomtat: note: nothing left after cleaning (no sentence of text), not summarized: ${listed(empty)}`;
}
