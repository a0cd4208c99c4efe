import { TomtatError } from "../errors.ts";
import type { Document } from "../types.ts";
import { htmlToText } from "./html.ts";
import { markdownToText } from "./markdown.ts";
import { parseArticleText } from "./readers/article-text.ts";

/** How much of a text's start is read to tell a page. */
const SNIFF_CHARS = 4096;

/** A doctype that names HTML; an `<html>` tag with markup, not words, right after it. */
const DOCTYPE = /^<!doctype\s+html[\s>]/iu;
const HTML_TAG = /^<html(?:\s[^<>]*)?>\s*</iu;

/**
 * True when `text` is an HTML page, whatever it was called: after a byte-order mark, white space
 * and comments, it opens with a doctype, or with an `<html>` tag whose next thing is another tag
 * (`<head>`, a comment). A plain-text article about markup (`<html> và <body> là …`) puts words
 * there; a page saved as `.php` or with no extension, given on standard input or in a JSON field
 * meant for text, is read as the page it is. Comments are skipped with indexOf, not a pattern
 * that could try a run of them in exponentially many ways.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  let at = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (at < head.length && /\s/u.test(head[at] as string)) at++;
    if (!head.startsWith("<!--", at)) break;
    const end = head.indexOf("-->", at + 4);
    if (end < 0) return false;
    at = end + 3;
  }
  const rest = head.slice(at);
  return DOCTYPE.test(rest) || HTML_TAG.test(rest);
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

/** The kinds of content a document may be given as (a JSON cluster's fields, the HTTP API's). */
export type ContentKind = "text" | "html" | "markdown";

/**
 * A document from content of `kind`: Markdown read as its blocks' plain text, an HTML page (or
 * text that opens as one) through main-content extraction, text as it is. A missing or blank
 * `title` leaves the page's headline or the Markdown first heading as the title. `stage` is told
 * before a Markdown or page reading starts (the server checks its time limit there).
 */
export function documentFromContent(
  kind: ContentKind,
  content: string,
  title: string | undefined,
  id: string,
  where: string,
  stage: (what: string) => void = () => {},
): Document {
  const named = title?.trim() === "" ? undefined : title;
  if (kind === "markdown") {
    stage(`reading ${where}`);
    return documentFromMarkdown(content, named, id, where);
  }
  if (kind === "html" || looksLikeHtml(content)) {
    stage(`extracting ${where}`);
    return documentFromHtml(content, named, id, where);
  }
  return { id, title: title ?? "", body: content };
}
