/**
 * Markdown articles (`.md`): the markup is read, not summarized. A CommonMark parser
 * (markdown-it) gives the blocks as a flat stream of tokens; each heading, paragraph, list
 * item, quoted paragraph, table row and code line becomes one line of plain text, with
 * emphasis, link and code marks dropped and link text kept. Images go, as an HTML page's do:
 * their alternative text is a caption. Raw HTML inside the Markdown is read for its text. A
 * YAML front matter block goes.
 */
import MarkdownIt, { type Token } from "markdown-it";
import { expectString } from "../errors.ts";
import { htmlFragmentText } from "./html.ts";
import { BLOCK, SKIP } from "./html-grammar.ts";
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

/** The element a raw inline tag opens or closes (`<script src="a.js">`, `</br>` → `br`). */
function element(tag: string): string | undefined {
  return /^<\/?([a-z][a-z0-9-]*)/i.exec(tag)?.[1]?.toLowerCase();
}

/**
 * The text of one inline run: marks and tags dropped, link text kept. An image is one token
 * whose alternative text is its own children, so it goes whole. Raw tags are read as an HTML
 * page's: a block tag (`<br>`, `<p>`) parts the words around it, and what lies between the tags
 * of an element whose text is never article text (`<script>`, `<style>`) goes with them; such a
 * tag that is never closed in the run goes alone, its text kept.
 */
function inline(tokens: readonly Token[]): string {
  let out = "";
  const unclosed = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === "text" || token.type === "code_inline") out += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") out += " ";
    else if (token.type === "html_inline") {
      const name = element(token.content);
      if (name === undefined) continue;
      if (BLOCK.has(name)) out += " ";
      else if (!token.content.startsWith("</") && SKIP.has(name) && !unclosed.has(name)) {
        const end = closing(tokens, i, name);
        if (end === undefined) unclosed.add(name);
        else i = end;
      }
    }
  }
  return out;
}

/**
 * The index of the raw tag after `from` that closes `name`, or undefined. Each search either
 * skips the run to its end or finds none, after which no later tag of that name is searched
 * for, so reading a run stays linear.
 */
function closing(tokens: readonly Token[], from: number, name: string): number | undefined {
  const close = new RegExp(`^</${name}\\s*>$`, "i");
  for (let j = from + 1; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (token.type === "html_inline" && close.test(token.content)) return j;
  }
  return undefined;
}

/**
 * A YAML front matter block at the very start (`---`, lines that open with `key:`, then `---` or
 * `...`): a static site's metadata, no article text. CommonMark reads its closing `---` as
 * underlining a heading, which became the title. Left as it is when the block is never closed
 * (markdown-it-front-matter then drops the whole document) or does not open as YAML (a thematic
 * break). Each line is tried once.
 */
const FRONT_MATTER =
  /^\uFEFF?---[ \t]*\r?\n[A-Za-z_][\w-]*[ \t]*:[^\n]*\n(?:[^\n]*\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function withoutFrontMatter(markdown: string): string {
  const block = FRONT_MATTER.exec(markdown);
  return block ? markdown.slice(block[0].length) : markdown;
}

/**
 * The plain text of a Markdown article: one line per block, blank lines between, so that the
 * plain-text reader takes its first heading as the title (`# Hà Nội mở tuyến buýt mới`) and
 * the rest as the body. Markdown too deeply nested to parse comes back as it is.
 */
export function markdownToText(markdown: string): string {
  expectString(markdown, "markdown");
  const tokens = parse(withoutFrontMatter(markdown));
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
