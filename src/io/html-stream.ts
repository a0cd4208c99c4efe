import { Tokenizer } from "htmlparser2";
import { BLOCK, CELL, FOREIGN, HTML_INTEGRATION, IMPLIED_CLOSE, VOID } from "./html-grammar.ts";

/** What one pass over a page's markup gives. */
export interface StreamedPage {
  /** Text of the first `<title>`, else of the first `<h1>`; whitespace collapsed. */
  title: string;
  /** One line per block element, inline whitespace collapsed, elements in `skip` left out. */
  text: string;
  /** Deepest nesting of open elements. */
  depth: number;
  /** Elements opened. */
  elements: number;
  /** Runs of text between tags and entities (a DOM's text nodes, about). */
  texts: number;
}

/**
 * Reads HTML in one streaming pass: htmlparser2's tokenizer, with its parser's rules for
 * implied, void and self-closing foreign elements (html-grammar.ts) over a stack of its own.
 * The parser keeps its open elements in an array that it shifts at every tag and searches in
 * full at every closing tag (a chain of 100,000 nested elements took it 6 s, exploratory
 * timing); here the stack is pushed and popped at its end, and a count of the open elements of
 * each name tells a closing tag at once whether it closes anything, so the time is linear in the
 * markup whatever the nesting. The text of every element in `skip` and of its descendants is
 * left out; every block element's start and end break the line.
 */
export function streamPage(html: string, skip: ReadonlySet<string>): StreamedPage {
  const lines: string[] = [""];
  const open: string[] = [];
  // Open elements per name, and whether each foreign or integration element open is foreign.
  const openCount = new Map<string, number>();
  const foreign: boolean[] = [];
  let tag = "";
  let deepest = 0;
  let elements = 0;
  let texts = 0;
  let skipped = 0;
  // The first <title>'s and <h1>'s text (the title is read inside <head>, which `skip` leaves
  // out of the text).
  const title = new FirstElementText("title");
  const h1 = new FirstElementText("h1");

  // A row's cells share its line: a cell opened after text of its row owes " | ", written before
  // its own first text, so empty cells add none.
  let cellGap = false;
  const text = (data: string): void => {
    texts++;
    title.read(data);
    h1.read(data);
    if (skipped > 0) return;
    if (cellGap && data.trim() !== "") {
      lines[lines.length - 1] += " | ";
      cellGap = false;
    }
    lines[lines.length - 1] += data;
  };
  const opened = (name: string): void => {
    elements++;
    title.opened(name);
    h1.opened(name);
    if (skip.has(name)) skipped++;
    if (skipped > 0) return;
    if (BLOCK.has(name)) {
      lines.push("");
      cellGap = false;
    }
    if (CELL.has(name) && (lines.at(-1) ?? "").trim() !== "") cellGap = true;
  };
  const push = (name: string): void => {
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign.push(true);
    else if (HTML_INTEGRATION.has(name)) foreign.push(false);
  };
  const pop = (): void => {
    const name = open.pop() as string;
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
    if (FOREIGN.has(name) || HTML_INTEGRATION.has(name)) foreign.pop();
    closed(name);
  };
  const closed = (name: string): void => {
    title.closed(name);
    h1.closed(name);
    if (skipped === 0 && BLOCK.has(name)) {
      lines.push("");
      cellGap = false;
    }
    if (skipped > 0 && skip.has(name)) skipped--;
  };
  const openTag = (name: string): void => {
    const implied = IMPLIED_CLOSE.get(name);
    while (implied && open.length > 0 && implied.has(open.at(-1) as string)) pop();
    tag = name;
    opened(name);
    if (VOID.has(name)) closed(name);
    else push(name);
    if (open.length > deepest) deepest = open.length;
  };
  const closeTag = (name: string): void => {
    if (VOID.has(name)) {
      // `</br>` reads as `<br>`; other void closings are ignored.
      if (name === "br") openTag(name);
      return;
    }
    if ((openCount.get(name) ?? 0) > 0) {
      while (open.at(-1) !== name) pop();
      pop();
      return;
    }
    // A `</p>` with no open paragraph makes an empty one.
    if (name === "p") {
      openTag("p");
      closeTag("p");
    }
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => openTag(html.slice(start, end).toLowerCase()),
      onopentagend: () => {},
      // `<path/>` closes itself in foreign content only; `<div/>` opens a div, as in browsers.
      onselfclosingtag: () => {
        if (foreign.at(-1) === true && open.at(-1) === tag) pop();
      },
      onclosetag: (start, end) => closeTag(html.slice(start, end).toLowerCase()),
      ontext: (start, end) => text(html.slice(start, end)),
      ontextentity: (codepoint) => text(String.fromCodePoint(codepoint)),
      onattribdata: () => {},
      onattribentity: () => {},
      onattribend: () => {},
      onattribname: () => {},
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {
        while (open.length > 0) pop();
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return {
    title: collapse(title.text || h1.text),
    text: paragraphs(lines),
    depth: deepest,
    elements,
    texts,
  };
}

/** The text of the first element of one name, its descendants' included. */
class FirstElementText {
  text = "";
  /** Elements of this name open: 0 before the first, -1 once it has closed. */
  private depth = 0;
  constructor(private readonly name: string) {}
  opened(name: string): void {
    if (name === this.name && this.depth >= 0) this.depth++;
  }
  closed(name: string): void {
    if (name === this.name && this.depth > 0 && --this.depth === 0) this.depth = -1;
  }
  read(data: string): void {
    if (this.depth > 0) this.text += data;
  }
}

/** Non-empty lines, whitespace collapsed, joined by `\n`. */
export function paragraphs(lines: readonly string[]): string {
  return lines
    .map(collapse)
    .filter((l) => l !== "")
    .join("\n");
}

export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}
