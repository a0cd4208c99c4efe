import { basename, extname, join } from "node:path";
import { listed, TomtatError } from "../../errors.ts";
import { htmlReadLimit, type Limits, tooManyDocuments } from "../../limits.ts";
import type { Cluster, Document } from "../../types.ts";
import { documentFromHtml, looksLikeHtml } from "../document-content.ts";
import { markdownToText } from "../markdown.ts";
import { parseArticleText } from "./article-text.ts";
import { listDirectory, type ReadLog, withSkipped } from "./listing.ts";
import { readTextFile } from "./text-file.ts";

export { readTextFile } from "./text-file.ts";

const HTML_FILE = /\.x?html?$/i;

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/**
 * Reads one article file: plain text (first non-empty line = title), Markdown (.md, read as
 * the plain text of its blocks: markdown.ts), or an HTML page (.html, .htm, or any other file
 * that opens as a page: a `.php` page, standard input), whose main content is extracted first
 * (Readability over linkedom). A page's markup may take `htmlReadLimit` bytes; its text is held
 * to the document limit like any article's. The path is added to `log.files`.
 */
export function readArticleFile(path: string, limits: Limits, log?: ReadLog): Document {
  log?.files.push(path);
  const html = HTML_FILE.test(path);
  const maxBytes = html ? htmlReadLimit(limits) : limits.maxDocumentBytes;
  const text = readTextFile(path, maxBytes, "maxDocumentBytes");
  if (MARKDOWN_FILE.test(path)) return parseArticleText(markdownToText(text), basename(path), path);
  if (!html && !looksLikeHtml(text)) return parseArticleText(text, basename(path), path);
  return { ...documentFromHtml(text, undefined, basename(path), path), source: path };
}

/** The extensions of article files, lowercase; a directory's other entries are skipped. */
const ARTICLE_EXTENSIONS = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

/** The article file types, as error messages and notes name them. */
export const ARTICLE_TYPES = ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(", ");

function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extname(name).slice(1).toLowerCase());
}

/**
 * Reads a directory of plain-text, Markdown or HTML articles (sorted by name) as one cluster.
 * Every other entry is named in the cluster's `skipped` (folders with a final `/`), and given
 * with its reason (listDirectory) in `log.skipped`; the files read go to `log.files`.
 */
export function readArticleDirectory(dir: string, limits: Limits, log?: ReadLog): Cluster {
  const { files, skipped } = listDirectory(dir, isArticleName, "type");
  log?.skipped.push(...skipped);
  if (files.length === 0) {
    const found = skipped.length > 0 ? `; it holds ${listed(skipped.map((e) => e.name))}` : "";
    throw new TomtatError(
      "E_EMPTY",
      `the directory holds no article files (${ARTICLE_TYPES})${found}`,
      dir,
    );
  }
  if (files.length > limits.maxDocuments) {
    throw tooManyDocuments(`the directory holds ${files.length} articles`, limits, dir);
  }
  const documents = files.map((f) => readArticleFile(join(dir, f), limits, log));
  return withSkipped({ id: basename(dir), documents }, skipped);
}
