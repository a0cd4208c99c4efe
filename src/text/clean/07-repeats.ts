import { comparisonKey } from "../normalize/index.ts";
import { type Draft, filterParagraphs } from "./types.ts";

/** What two paragraphs or sentences share when one repeats the other: words, case and marks aside. */
export function repeatKey(s: string): string {
  return comparisonKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Pass 7: drop the article's own title repeated in the body and paragraphs that repeat an
 * earlier one, or a caption cut before (a page may list its photos' captions again at the end).
 */
export function dropRepeats(draft: Draft): Draft {
  const title = repeatKey(draft.title);
  const seen = new Set(
    draft.removed.filter((r) => r.kind === "caption").map((r) => repeatKey(r.text)),
  );
  return filterParagraphs(draft, "repeat", (p) => {
    const k = repeatKey(p);
    if (k === "" || k === title || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
