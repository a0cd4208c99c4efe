import { isByline } from "./byline.ts";
import { isEndMarker } from "./markers.ts";
import type { Draft } from "./types.ts";

/**
 * Pass 1: drop the page tail. A marker such as "Tin cùng chuyên mục" or "Chia sẻ:", or a
 * byline in the second half of the article, ends the article: what follows is related
 * stories, menus and footers (a related story's title and lead pasted after the end).
 */
export function cutTail(draft: Draft): Draft {
  const { paragraphs } = draft;
  const marker = paragraphs.findIndex((p, i) => i >= 1 && isEndMarker(p));
  // A byline ends the article when it sits in the second half of what precedes the first marker.
  const half = Math.max(2, Math.floor((marker < 0 ? paragraphs.length : marker) / 2));
  const byline = paragraphs.findIndex((p, i) => i >= half && isByline(p));
  const found = [marker, byline].filter((i) => i >= 0);
  const cut = found.length > 0 ? Math.min(...found) : -1;
  if (cut < 0) return draft;
  const tail = paragraphs.slice(cut);
  return {
    ...draft,
    paragraphs: paragraphs.slice(0, cut),
    removed: [...draft.removed, { kind: "tail", text: tail.join("\n") }],
  };
}
