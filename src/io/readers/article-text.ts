import { TomtatError } from "../../errors.ts";
import type { Document } from "../../types.ts";

/** Parses a plain-text article: the first non-empty line is the title, the rest is the body. */
export function parseArticleText(text: string, id: string, source?: string): Document {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) throw new TomtatError("E_EMPTY", "the article is empty", source ?? id);
  const title = (lines[first] as string).trim();
  const body = lines
    .slice(first + 1)
    .join("\n")
    .trim();
  if (body === "") {
    throw new TomtatError("E_EMPTY", "the article has a title line but no body", source ?? id);
  }
  const doc: Document = { id, title, body };
  if (source !== undefined) doc.source = source;
  return doc;
}
