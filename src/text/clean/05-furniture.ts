import { isByline } from "./byline.ts";
import { isLineMarker } from "./markers.ts";
import { type Draft, filterParagraphs } from "./types.ts";

/** A menu line: several short items separated by "|", "»", "›" or " - " and no sentence. */
function isMenu(p: string): boolean {
  if (/[.!?]$/.test(p)) return false;
  const items = p.split(/\s*(?:\||»|›|\s[-–]\s)\s*/);
  return items.length >= 3 && items.every((i) => i.split(/\s+/).length <= 4);
}

/** Pass 5: drop page furniture lines: share and comment buttons, menus, stray bylines. */
export function dropFurniture(draft: Draft): Draft {
  return filterParagraphs(
    draft,
    "furniture",
    (p) => !(isLineMarker(p) || isMenu(p) || isByline(p)),
  );
}
