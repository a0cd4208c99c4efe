import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { expectString, TomtatError } from "../errors.ts";

/** Title and main text of an HTML page; paragraphs of `text` are separated by `\n`. */
export interface HtmlText {
  title: string;
  text: string;
}

/** Elements whose text is never article text. */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "SVG",
  "CANVAS",
  "OBJECT",
  "HEAD",
]);

/** Elements that start a new paragraph (everything else is inline). */
const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);

/** Boilerplate-only parts of a page, dropped when falling back to the whole body. */
const CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe";

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Readability's time grows steeply with nesting (one chain of 1,000 nested elements took
 * 13 s, 3,000 overflowed the stack after 98 s; 200 take 0.5 s) and linearly with elements
 * (60,000 paragraphs 2.4 s). Past either bound the page is read by the body fallback, which is
 * linear.
 */
const READABILITY_MAX_DEPTH = 200;
const READABILITY_MAX_ELEMENTS = 50_000;

/**
 * Extracts the main content of an HTML page: Mozilla Readability over a linkedom DOM, falling
 * back to the body text (without scripts, navigation, header and footer) when Readability finds
 * nothing. Never throws on malformed HTML; throws TomtatError E_EMPTY when no text is left.
 */
export function htmlToText(html: string): HtmlText {
  expectString(html, "html");
  const document = safeParse(html);
  const title = document ? pageTitle(document) : "";
  const readable = document !== undefined && withinReadabilityBounds(document);
  const article = readable ? readabilityText(document) : undefined;
  if (article && article.text !== "") return { title: article.title || title, text: article.text };
  // Readability changes the document it reads: parse again when it ran.
  const text = bodyText(html, readable ? undefined : document);
  if (text === "") throw new TomtatError("E_EMPTY", "expected an HTML page with text, found none");
  return { title, text };
}

/** Parses any string into a document with a head and a body (linkedom needs the `<html>` shell). */
function parseDocument(html: string): Document {
  const shell = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(shell);
  if (!document.documentElement || !document.body) {
    return parseHTML(`<!doctype html><html><head></head><body>${stripTags(html)}</body></html>`)
      .document as unknown as Document;
  }
  return document as unknown as Document;
}

/** Last resort for markup linkedom cannot shape into a document: drop anything tag-like. */
function stripTags(html: string): string {
  return html.replace(/<[^>]*>?/g, " ").replace(/[<>]/g, " ");
}

function safeParse(html: string): Document | undefined {
  try {
    return parseDocument(html);
  } catch {
    return undefined;
  }
}

/** Readability's article, re-read block by block so paragraphs survive (it mutates `document`). */
function readabilityText(document: Document): HtmlText | undefined {
  try {
    const parsed = new Readability(document).parse();
    if (!parsed?.content) return undefined;
    const content = parseDocument(parsed.content);
    return {
      title: clean(parsed.title ?? ""),
      text: blockText(content.body as unknown as DomNode),
    };
  } catch {
    // Readability gives up on some broken trees; the body fallback still applies.
    return undefined;
  }
}

/** Whether the page is shallow and small enough for Readability (see READABILITY_MAX_DEPTH). */
function withinReadabilityBounds(document: Document): boolean {
  const stack: [Element, number][] = [[document.documentElement, 0]];
  let elements = 0;
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    if (depth > READABILITY_MAX_DEPTH || ++elements > READABILITY_MAX_ELEMENTS) return false;
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return true;
}

/** The body's text without page chrome, from `parsed` when given (it is changed) or `html`. */
function bodyText(html: string, parsed?: Document): string {
  try {
    const document = parsed ?? parseDocument(html);
    for (const el of Array.from(document.body.querySelectorAll(CHROME))) el.remove();
    return blockText(document.body as unknown as DomNode);
  } catch {
    return paragraphs([stripTags(html)]);
  }
}

function pageTitle(document: Document): string {
  try {
    const title = document.querySelector("title")?.textContent ?? "";
    return clean(title || (document.querySelector("h1")?.textContent ?? ""));
  } catch {
    return "";
  }
}

const BLOCK_END = Symbol("block end");

/**
 * Text of a subtree with one line per block element, inline whitespace collapsed. Walks with
 * its own stack, so no nesting depth overflows the call stack.
 */
function blockText(root: DomNode): string {
  const lines: string[] = [""];
  // A node to read, or the end of a block element (a new line after its text).
  const stack: (DomNode | typeof BLOCK_END)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode | typeof BLOCK_END;
    if (node === BLOCK_END) {
      lines.push("");
      continue;
    }
    if (node.nodeType === 3) {
      lines[lines.length - 1] += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (BLOCK.has(name)) {
      lines.push("");
      stack.push(BLOCK_END);
    }
    // linkedom builds childNodes anew on each read: read it once per node.
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
  return paragraphs(lines);
}

function paragraphs(lines: string[]): string {
  return lines
    .map(clean)
    .filter((l) => l !== "")
    .join("\n");
}

function clean(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}
