import { isByline } from "./byline.ts";
import { isPageFurniture } from "./furniture-lines.ts";
import { type Draft, filterParagraphs } from "./types.ts";

/**
 * Pass 6: drop page furniture lines: share buttons and counters, menus and breadcrumbs,
 * timestamps, reading prompts ("Bạn đang đọc bài viết …"), stray bylines.
 */
export function dropFurniture(draft: Draft): Draft {
  return filterParagraphs(draft, "furniture", (p) => !(isPageFurniture(p) || isByline(p)));
}
