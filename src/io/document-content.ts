import { TomtatError } from "../errors.ts";
import type { Document } from "../types.ts";
import { htmlToText } from "./html.ts";
import { markdownToText } from "./markdown.ts";
import { parseArticleText } from "./readers/article-text.ts";

/**
 * Text that opens as an HTML page: a doctype or an `<html>` tag, after a byte-order mark, white
 * space and comments. No plain-text article opens so; a page saved as `.php` or with no
 * extension, given on standard input or in a JSON field meant for text, is read as the page it is.
 */
const HTML_PAGE_START = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/iu;

/** True when `text` is an HTML page, whatever it was called. */
export function looksLikeHtml(text: string): boolean {
  return HTML_PAGE_START.test(text.slice(0, 4096));
}

/**
 * A document's content with no text in it is E_EMPTY at `where`: the library would refuse a
 * title alone too, but naming only the cluster. (An HTML page without text: htmlToText says so.)
 */
export function requireText(text: string, expected: string, where: string, title?: string): string {
  if (text.trim() !== "") return text;
  const titled = (title ?? "").trim() === "" ? "" : " (a title alone is not an article)";
  throw new TomtatError("E_EMPTY", `expected ${expected}, found none${titled}`, where);
}

/**
 * An HTML page's main content (htmlToText) as a document; `title`, when given, is kept over the
 * page's headline. Errors name `where`.
 */
export function documentFromHtml(
  html: string,
  title: string | undefined,
  id: string,
  where: string,
): Document {
  try {
    const page = htmlToText(html);
    return { id, title: (title ?? page.title).trim(), body: page.text };
  } catch (err) {
    if (err instanceof TomtatError && err.where === undefined)
      throw new TomtatError(err.code, err.message, where, err.hint);
    throw err;
  }
}

/**
 * A Markdown article: its blocks' plain text, read as a plain-text article (first heading =
 * title). With a title given, a first heading stays in the body, as an HTML page's <h1> does.
 */
export function documentFromMarkdown(
  markdown: string,
  title: string | undefined,
  id: string,
  where: string,
): Document {
  const text = requireText(markdownToText(markdown), "a Markdown article with text", where, title);
  if (title !== undefined) return { id, title, body: text };
  const doc = parseArticleText(text, id, where);
  return { id, title: doc.title, body: doc.body };
}
