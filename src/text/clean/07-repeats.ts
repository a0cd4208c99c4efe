import { comparisonKey } from "../normalize/index.ts";
import { type Draft, filterParagraphs } from "./types.ts";

function key(s: string): string {
  return comparisonKey(s)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Pass 7: drop the article's own title repeated in the body and paragraphs that repeat an earlier one. */
export function dropRepeats(draft: Draft): Draft {
  const title = key(draft.title);
  const seen = new Set<string>();
  return filterParagraphs(draft, "repeat", (p) => {
    const k = key(p);
    if (k === "" || k === title || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
