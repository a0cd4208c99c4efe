import { Tokenizer } from "htmlparser2";
import { BLOCK, IMPLIED_CLOSE, VOID } from "./html-grammar.ts";

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
 * How far down the open elements a closing tag looks for its element. htmlparser2's parser
 * (and so linkedom) looks through all of them, and keeps them in an array it shifts at every
 * tag: a chain of 100,000 nested elements took it 6 s (exploratory timing). A closing tag with no
 * open element of its name this near the top is ignored.
 */
const CLOSE_REACH = 256;

/**
 * Reads HTML in one streaming pass: htmlparser2's tokenizer, with the parser's rules for
 * implied and void elements (html-grammar.ts) over a stack of its own, so the time is linear in
 * the markup whatever the nesting. The text of every element in `skip` and of its descendants
 * is left out; every block element's start and end break the line.
 */
export function streamPage(html: string, skip: ReadonlySet<string>): StreamedPage {
  const lines: string[] = [""];
  const open: string[] = [];
  let deepest = 0;
  let elements = 0;
  let texts = 0;
  let skipped = 0;
  // The first <title>'s and <h1>'s text (the title is read inside <head>, which `skip` leaves
  // out of the text).
  const title = new FirstElementText("title");
  const h1 = new FirstElementText("h1");

  const text = (data: string): void => {
    texts++;
    title.read(data);
    h1.read(data);
    if (skipped === 0) lines[lines.length - 1] += data;
  };
  const opened = (name: string): void => {
    elements++;
    title.opened(name);
    h1.opened(name);
    if (skip.has(name)) skipped++;
    if (skipped === 0 && BLOCK.has(name)) lines.push("");
  };
  const closed = (name: string): void => {
    title.closed(name);
    h1.closed(name);
    if (skipped === 0 && BLOCK.has(name)) lines.push("");
    if (skipped > 0 && skip.has(name)) skipped--;
  };
  const openTag = (name: string): void => {
    const implied = IMPLIED_CLOSE.get(name);
    while (implied && open.length > 0 && implied.has(open.at(-1) as string)) {
      closed(open.pop() as string);
    }
    opened(name);
    if (VOID.has(name)) closed(name);
    else open.push(name);
    if (open.length > deepest) deepest = open.length;
  };
  const closeTag = (name: string): void => {
    if (VOID.has(name)) {
      // `</br>` reads as `<br>`; other void closings are ignored.
      if (name === "br") openTag(name);
      return;
    }
    const stop = Math.max(0, open.length - CLOSE_REACH);
    for (let i = open.length - 1; i >= stop; i--) {
      if (open[i] !== name) continue;
      while (open.length > i) closed(open.pop() as string);
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
      onselfclosingtag: () => {},
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
        while (open.length > 0) closed(open.pop() as string);
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
