import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { listed, TomtatError } from "../../errors.ts";
import type { Limits } from "../../limits.ts";
import type { Cluster, Document } from "../../types.ts";
import { htmlToText } from "../html.ts";
import { markdownToText } from "../markdown.ts";
import { parseArticleText } from "./article-text.ts";
import { decodeText } from "./decode.ts";

/** Reads a file as strict UTF-8 text, refusing it before reading when it is over `maxBytes`. */
export function readTextFile(path: string, maxBytes: number): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new TomtatError("E_IO", "not a regular file", path);
    size = st.size;
  } catch (err) {
    if (err instanceof TomtatError) throw err;
    throw new TomtatError("E_NOT_FOUND", "no such file or directory", path);
  }
  if (size > maxBytes) {
    throw new TomtatError(
      "E_TOO_LARGE",
      `the file has ${size} bytes; the limit is ${maxBytes}`,
      path,
    );
  }
  return decodeText(readFileSync(path), path);
}

const HTML_FILE = /\.x?html?$/i;

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/**
 * Reads one article file: plain text (first non-empty line = title), Markdown (.md, read as
 * the plain text of its blocks: markdown.ts), or an HTML page (.html, .htm), whose main content
 * is extracted first (Readability over linkedom).
 */
export function readArticleFile(path: string, limits: Limits): Document {
  const text = readTextFile(path, limits.maxDocumentBytes);
  if (MARKDOWN_FILE.test(path)) return parseArticleText(markdownToText(text), basename(path), path);
  if (!HTML_FILE.test(path)) return parseArticleText(text, basename(path), path);
  let page: { title: string; text: string };
  try {
    page = htmlToText(text);
  } catch (err) {
    if (err instanceof TomtatError && err.where === undefined) {
      throw new TomtatError(err.code, err.message, path);
    }
    throw err;
  }
  return { id: basename(path), title: page.title.trim(), body: page.text, source: path };
}

/** The extensions of article files, lowercase; a directory's other entries are skipped. */
const ARTICLE_EXTENSIONS = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

/** The article file types, as error messages and notes name them. */
export const ARTICLE_TYPES = ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(", ");

function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extname(name).slice(1).toLowerCase());
}

/**
 * Reads a directory of plain-text or HTML articles (sorted by name) as one cluster. Other
 * entries (not hidden) are listed in `skipped`, folders with a final `/`.
 */
export function readArticleDirectory(dir: string, limits: Limits): Cluster {
  const files: string[] = [];
  const skipped: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    // A symbolic link counts as what it points to; each entry is looked at once.
    const folder = e.isDirectory() || (e.isSymbolicLink() && pointsToFolder(join(dir, e.name)));
    if (folder) skipped.push(`${e.name}/`);
    else if (isArticleName(e.name)) files.push(e.name);
    else skipped.push(e.name);
  }
  if (files.length === 0) {
    const found = skipped.length > 0 ? `; it holds ${listed(skipped)}` : "";
    throw new TomtatError(
      "E_EMPTY",
      `the directory holds no article files (${ARTICLE_TYPES})${found}`,
      dir,
    );
  }
  if (files.length > limits.maxDocuments) {
    throw new TomtatError(
      "E_TOO_MANY_DOCUMENTS",
      `the directory holds ${files.length} articles; the limit is ${limits.maxDocuments}`,
      dir,
    );
  }
  const documents = files.map((f) => readArticleFile(join(dir, f), limits));
  return skipped.length > 0
    ? { id: basename(dir), documents, skipped }
    : { id: basename(dir), documents };
}

function pointsToFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
