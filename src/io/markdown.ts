/**
 * Markdown articles (`.md`): the markup is read, not summarized. A CommonMark parser
 * (markdown-it) gives the blocks as a flat stream of tokens; each heading, paragraph, list
 * item, quoted paragraph, table row and code line becomes one line of plain text, with
 * emphasis, link and code marks dropped and link text kept. Images go, as an HTML page's do:
 * their alternative text is a caption. Raw HTML inside the Markdown is read for its text.
 */
import MarkdownIt, { type Token } from "markdown-it";
import { expectString } from "../errors.ts";
import { htmlFragmentText } from "./html.ts";
import { collapse } from "./html-stream.ts";

/**
 * markdown-it drops what is nested deeper than its `maxNesting` (100 by default) without a word,
 * and the rest of the document's lines with it, so no limit is set: nesting deep enough to
 * overflow the parser's stack (a few thousand levels: 1,000 quotes parse, 5,000 overflow) throws
 * instead, and the document is then read as plain text, markup and all.
 */
const parser = new MarkdownIt({ html: true, maxNesting: Number.MAX_SAFE_INTEGER });

/** The parser's tokens, or undefined when the nesting overflowed its stack. */
function parse(markdown: string): Token[] | undefined {
  try {
    return parser.parse(markdown, {});
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

/**
 * The text of one inline run: marks and tags dropped, link text kept. An image is one token
 * whose alternative text is its own children, so it goes whole.
 */
function inline(tokens: readonly Token[]): string {
  let out = "";
  for (const token of tokens) {
    if (token.type === "text" || token.type === "code_inline") out += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") out += " ";
  }
  return out;
}

/**
 * The plain text of a Markdown article: one line per block, blank lines between, so that the
 * plain-text reader takes its first heading as the title (`# Hà Nội mở tuyến buýt mới`) and
 * the rest as the body. Markdown too deeply nested to parse comes back as it is.
 */
export function markdownToText(markdown: string): string {
  expectString(markdown, "markdown");
  const tokens = parse(markdown);
  if (tokens === undefined) return markdown;
  const lines: string[] = [];
  let row: string[] | undefined;
  for (const token of tokens) {
    if (token.type === "tr_open") row = [];
    else if (token.type === "tr_close") {
      lines.push((row ?? []).join(" | "));
      row = undefined;
    } else if (token.type === "inline") {
      const text = collapse(inline(token.children ?? []));
      if (row) row.push(text);
      else lines.push(text);
    } else if (token.type === "fence" || token.type === "code_block") {
      lines.push(...token.content.split("\n"));
    } else if (token.type === "html_block") lines.push(...htmlFragmentText(token.content));
  }
  return lines
    .map(collapse)
    .filter((line) => line !== "")
    .join("\n\n");
}
