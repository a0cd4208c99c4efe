import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { expectString, TomtatError } from "../errors.ts";
import { withoutDateline } from "./html/dateline.ts";
import { applyEdits } from "./html/edits.ts";
import { decodeLeftEntities } from "./html/entities.ts";
import { pageTitle } from "./html/title.ts";
import { CHROME, SKIP } from "./html-grammar.ts";
import { collapse, paragraphs, type StreamedPage, streamPage } from "./html-stream.ts";

/** Title and main text of an HTML page; paragraphs of `text` are separated by `\n`. */
export interface HtmlText {
  title: string;
  text: string;
}

/**
 * Readability's time grows steeply with nesting (one chain of 1,000 nested elements took
 * 13 s, 3,000 overflowed the stack after 98 s; 200 take 0.5 s) and linearly with elements
 * (60,000 paragraphs 2.4 s) and text nodes (120,000 took 1.1 s; 150,000 in one element overflow
 * the stack, after a minute at 2 million), and linkedom's parse grows faster than linearly with
 * nesting (a chain of 200,000 inline elements, 1.4 MB, took 25 s). Past any bound the page is
 * read by the streaming pass alone, which is linear. Elements and text runs are counted without
 * the blocks cut before Readability reads the page (a comment box of 50,000 elements does not
 * keep Readability from the article beside it); the depth counts them still.
 */
const READABILITY_MAX_DEPTH = 200;
const READABILITY_MAX_ELEMENTS = 50_000;
const READABILITY_MAX_TEXTS = 100_000;

/**
 * Extracts the main content of an HTML page: Mozilla Readability over a linkedom DOM, falling
 * back to the body text (without scripts, navigation, header and footer) when Readability finds
 * nothing. Blocks that name themselves reader comments, related stories or side columns in
 * their class or id (data/html/boilerplate-classes.txt) are left out first, of both; a lead
 * named so (data/html/lead-classes.txt) that Readability left out comes first. Never throws on
 * malformed HTML; throws TomtatError E_EMPTY when no text is left.
 */
export function htmlToText(html: string): HtmlText {
  expectString(html, "html");
  const page = safeStream(html, CHROME, true);
  const readable =
    page.depth <= READABILITY_MAX_DEPTH &&
    page.elements <= READABILITY_MAX_ELEMENTS &&
    page.texts <= READABILITY_MAX_TEXTS;
  const article = readable ? readabilityText(applyEdits(html, page.edits)) : undefined;
  if (article && article.text !== "") {
    const text = withLead(article.text, page.lead);
    return { title: titleOf(page, text, article.title), text };
  }
  if (page.text === "") {
    throw new TomtatError("E_EMPTY", "expected an HTML page with text, found none");
  }
  return { title: titleOf(page, page.text, ""), text: page.text };
}

/** The page's title (html/title.ts pageTitle), entities left by double escaping decoded. */
function titleOf(page: StreamedPage, text: string, readability: string): string {
  const title = pageTitle({ heading: page.heading, title: page.title, readability, text });
  return collapse(decodeLeftEntities(title));
}

/**
 * The article's text with its lead first, when Readability left the lead out (it stood outside
 * the element that holds the body). Whitespace and the dateline it opens with aside ("(Báo X) -
 * Chiều 12/10 …" repeated by the body as "Chiều 12/10 …"), the lead is compared as it was read.
 */
function withLead(text: string, lead: string): string {
  if (lead === "") return text;
  const bare = (s: string) => s.replace(/\s+/g, "");
  return bare(text).includes(bare(withoutDateline(lead))) ? text : `${lead}\n${text}`;
}

/**
 * The text of a piece of HTML with no main-content extraction (raw HTML inside Markdown): one
 * paragraph per block, scripts and styles left out; never throws, may be empty.
 */
export function htmlFragmentText(html: string): string[] {
  const { text } = safeStream(html, SKIP);
  return text === "" ? [] : text.split("\n");
}

/** The streamed page, or for markup the tokenizer rejects, the text between tags. */
function safeStream(html: string, skip: ReadonlySet<string>, prune = false): StreamedPage {
  try {
    return streamPage(html, skip, { prune });
  } catch {
    const text = paragraphs([html.replace(/<[^>]*>?/g, " ").replace(/[<>]/g, " ")]);
    return { title: "", heading: "", text, edits: [], lead: "", depth: 0, elements: 0, texts: 0 };
  }
}

/** Readability's article, re-read block by block so paragraphs survive. */
function readabilityText(html: string): HtmlText | undefined {
  try {
    // linkedom needs the `<html>` shell to give a document a head and a body.
    const shell = /<html[\s>]/i.test(html)
      ? html
      : `<!doctype html><html><head></head><body>${html}</body></html>`;
    const { document } = parseHTML(shell);
    if (!document.documentElement || !document.body) return undefined;
    const parsed = new Readability(document as unknown as Document).parse();
    if (!parsed?.content) return undefined;
    return { title: collapse(parsed.title ?? ""), text: streamPage(parsed.content, SKIP).text };
  } catch {
    // Readability gives up on some broken trees; the streamed body still applies.
    return undefined;
  }
}
