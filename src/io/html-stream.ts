import { Tokenizer } from "htmlparser2";
import { BreakRuns } from "./html/break-runs.ts";
import { pageEdits } from "./html/edits.ts";
import { FirstElementText } from "./html/first-element.ts";
import { collapse, paragraphs } from "./html/paragraphs.ts";
import { Pruner } from "./html/prune.ts";
import { isAnchor, roleOf } from "./html/roles.ts";
import type { StreamedPage, StreamOptions } from "./html/streamed-page.ts";
import { TagAttributes } from "./html/tag-attributes.ts";
import { TextParts } from "./html/text-parts.ts";
import {
  BLOCK,
  CELL,
  FOREIGN,
  HTML_INTEGRATION,
  IMPLIED_CLOSE,
  LINK,
  SKIP,
  VOID,
} from "./html-grammar.ts";

/**
 * Reads HTML in one streaming pass: htmlparser2's tokenizer, with its parser's rules for
 * implied, void and self-closing foreign elements (html-grammar.ts) over a stack of its own.
 * The parser keeps its open elements in an array that it shifts at every tag and searches in
 * full at every closing tag (a chain of 100,000 nested elements took it 6 s, exploratory
 * timing); here the stack is pushed and popped at its end, and a count of the open elements of
 * each name tells a closing tag at once whether it closes anything, so the time is linear in the
 * markup whatever the nesting. The text of every element in `skip` and of its descendants is
 * left out; every block element's start and end break the line. An element opens on its name
 * (so implied closings happen there, as in the parser) and is read once its attributes are.
 */
export function streamPage(
  html: string,
  skip: ReadonlySet<string>,
  options: StreamOptions = {},
): StreamedPage {
  const out = new TextParts();
  // Elements opened and runs of text read.
  const count = { elements: 0, texts: 0 };
  const pruner = options.prune ? new Pruner(count) : undefined;
  const breaks = options.prune ? new BreakRuns() : undefined;
  const open: string[] = [];
  // Open elements per name, and whether each foreign or integration element open is foreign.
  const openCount = new Map<string, number>();
  const foreign: boolean[] = [];
  const attrs = new TagAttributes(html);
  // The tag whose attributes are being read, if it is not read yet, and where it starts.
  let tag = "";
  let unread = false;
  // Where the element that closes now ends in the markup.
  let position = 0;
  let deepest = 0;
  let skipped = 0;
  // Elements open whose text is never content (SKIP, whatever `skip` is): the pruner counts the
  // text outside them, page chrome included, so that a page wrapped in a <form> has text.
  let hidden = 0;
  // The first <title>'s and <h1>'s text (the title is read inside <head>, which `skip` leaves
  // out of the text).
  const title = new FirstElementText("title");
  const h1 = new FirstElementText("h1");

  const text = (data: string): void => {
    count.texts++;
    title.read(data);
    h1.read(data);
    breaks?.text(data);
    if (pruner && hidden === 0) {
      const linkOrHeadline = (openCount.get("a") ?? 0) > 0 || (openCount.get("h1") ?? 0) > 0;
      pruner.text(data.trim().length, (openCount.get("p") ?? 0) > 0, !linkOrHeadline);
    }
    if (skipped === 0) out.text(data);
  };
  // An element is read: once its attributes are, or at once for one implied or at the end.
  const read = (name: string, start: number, end: number): void => {
    unread = false;
    if (name === "br") breaks?.br(start, end);
    else breaks?.end();
    count.elements++;
    title.opened(name);
    h1.opened(name, name !== "h1" || isAnchor(name, attrs));
    if (skip.has(name)) skipped++;
    if (SKIP.has(name)) hidden++;
    if (skipped === 0 && name === "br") out.lineBreak();
    else if (skipped === 0 && BLOCK.has(name)) out.block();
    if (skipped === 0 && CELL.has(name)) out.cellOpened();
    if (skipped === 0 && LINK.has(name)) out.linkOpened();
    if (VOID.has(name)) closed(name);
    else if (pruner) {
      const inFigure = (openCount.get("figure") ?? 0) > (name === "figure" ? 1 : 0);
      pruner.enter(roleOf(name, attrs, inFigure), start, out.length);
      if (isAnchor(name, attrs)) pruner.anchor(name === "h1", start, out.length);
    }
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
    pruner?.leave(position, out.length);
    closed(name);
  };
  const closed = (name: string): void => {
    title.closed(name);
    h1.closed(name);
    if (skipped === 0 && BLOCK.has(name) && name !== "br") out.block();
    if (skipped === 0 && LINK.has(name)) out.linkClosed();
    if (skipped > 0 && skip.has(name)) skipped--;
    if (hidden > 0 && SKIP.has(name)) hidden--;
  };
  const openTag = (name: string, start: number): void => {
    position = start;
    const implied = IMPLIED_CLOSE.get(name);
    while (implied && open.length > 0 && implied.has(open.at(-1) as string)) pop();
    tag = name;
    unread = true;
    attrs.reset();
    if (!VOID.has(name)) push(name);
    if (open.length > deepest) deepest = open.length;
  };
  const closeTag = (name: string, start: number, end: number): void => {
    if (VOID.has(name)) {
      // `</br>` reads as `<br>`; other void closings are ignored.
      if (name === "br") {
        openTag(name, start);
        read(name, start, end);
      }
      return;
    }
    breaks?.end();
    if ((openCount.get(name) ?? 0) > 0) {
      position = start;
      while (open.at(-1) !== name) pop();
      position = end;
      pop();
      return;
    }
    // A `</p>` with no open paragraph makes an empty one.
    if (name === "p") {
      openTag("p", start);
      read("p", start, start);
      closeTag("p", start, start);
    }
  };
  // Where the tag whose name ends at `end` ends: after its `>`, or at the end of the page.
  const tagEnd = (end: number): number => {
    const gt = html.indexOf(">", end);
    return gt < 0 ? html.length : gt + 1;
  };
  let tagStart = 0;

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: (start, end) => {
        tagStart = start - 1;
        openTag(html.slice(start, end).toLowerCase(), tagStart);
      },
      onopentagend: (end) => read(tag, tagStart, end + 1),
      // `<path/>` closes itself in foreign content only; `<div/>` opens a div, as in browsers.
      onselfclosingtag: (end) => {
        read(tag, tagStart, end + 1);
        position = end + 1;
        if (foreign.at(-1) === true && open.at(-1) === tag) pop();
      },
      onclosetag: (start, end) =>
        closeTag(html.slice(start, end).toLowerCase(), html.lastIndexOf("<", start), tagEnd(end)),
      ontext: (start, end) => text(html.slice(start, end)),
      ontextentity: (codepoint) => text(String.fromCodePoint(codepoint)),
      onattribdata: (start, end) => attrs.data(start, end),
      onattribentity: (codepoint) => attrs.entity(codepoint),
      onattribend: () => attrs.end(),
      onattribname: (start, end) => attrs.named(start, end),
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {
        if (unread) read(tag, tagStart, html.length);
        position = html.length;
        while (open.length > 0) pop();
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  const pruned = pruner?.finish((lead, omit) => paragraphs(out.lines(lead, omit)).length >= 20) ?? {
    parts: [],
    source: [],
    cut: { elements: 0, texts: 0 },
  };
  return {
    title: collapse(title.text || h1.text),
    text: paragraphs(out.lines({ from: 0, to: out.length }, pruned.parts)),
    heading: collapse(h1.text),
    edits: pageEdits(pruned.source, breaks),
    lead: pruned.lead ? paragraphs(out.lines(pruned.lead, pruned.parts)) : "",
    depth: deepest,
    elements: count.elements - pruned.cut.elements,
    texts: count.texts - pruned.cut.texts,
  };
}

export type { StreamedPage, StreamOptions };
export { collapse, paragraphs };
