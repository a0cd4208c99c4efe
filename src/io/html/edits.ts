import type { BreakRuns } from "./break-runs.ts";
import type { SourceRange } from "./ranges.ts";

/** A change to a page's markup: the range [start, end) replaced by `by`. */
export interface Edit extends SourceRange {
  by: string;
}

/** The markup with the edits made; they are in order and apart. */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return html;
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits) {
    pieces.push(html.slice(at, edit.start), edit.by);
    at = edit.end;
  }
  pieces.push(html.slice(at));
  return pieces.join("");
}

/** The cuts (by a space, so the words around stay apart) and the runs of `<br>`, in order. */
export function pageEdits(cut: readonly SourceRange[], breaks: BreakRuns | undefined): Edit[] {
  const cuts = cut.map((range) => ({ ...range, by: " " }));
  if (!breaks) return cuts;
  return [...cuts, ...breaks.edits(cut)].sort((a, b) => a.start - b.start);
}
