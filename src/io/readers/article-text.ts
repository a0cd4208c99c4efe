import { TomtatError } from "../../errors.ts";
import { isPageFurniture } from "../../text/clean/index.ts";
import { readsAsHeadline } from "../../text/headline.ts";
import type { Document } from "../../types.ts";

/**
 * Parses a plain-text article: the first non-empty line that is not page furniture (a
 * breadcrumb, a timestamp, a share row) is the title when it reads as a headline; every other
 * line is the body, so the cleaner removes and records the furniture above the title like any
 * other. A file that opens with article text (a line ending with a full stop, or a long one;
 * `readsAsHeadline`) has no title, and that line stays in the body.
 */
export function parseArticleText(text: string, id: string, source?: string): Document {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) throw new TomtatError("E_EMPTY", "the article is empty", source ?? id);
  const heading = lines.findIndex((l) => l.trim() !== "" && !isPageFurniture(l));
  const candidate = heading < 0 ? first : heading;
  const at = readsAsHeadline(lines[candidate] as string) ? candidate : -1;
  const title = at < 0 ? "" : (lines[at] as string).trim();
  const body = lines
    .filter((_, i) => i !== at)
    .join("\n")
    .trim();
  if (body === "") {
    throw new TomtatError("E_EMPTY", "the article has a title line but no body", source ?? id);
  }
  const doc: Document = { id, title, body };
  if (source !== undefined) doc.source = source;
  return doc;
}
