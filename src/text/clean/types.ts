import type { Removal } from "../../types.ts";

/** A document while it is being cleaned: each pass takes one and returns a new one. */
export interface Draft {
  title: string;
  paragraphs: string[];
  removed: Removal[];
}

export type CleanPass = (draft: Draft) => Draft;

/** Keeps paragraphs for which `keep` is true; records the others as removals of `kind`. */
export function filterParagraphs(
  draft: Draft,
  kind: string,
  keep: (p: string, i: number, all: string[]) => boolean,
): Draft {
  const paragraphs: string[] = [];
  const removed = [...draft.removed];
  draft.paragraphs.forEach((p, i, all) => {
    if (keep(p, i, all)) paragraphs.push(p);
    else removed.push({ kind, text: p });
  });
  return { ...draft, paragraphs, removed };
}
