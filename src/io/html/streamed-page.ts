import type { Edit } from "./edits.ts";

/** What one pass over a page's markup gives. */
export interface StreamedPage {
  /** Text of the first `<title>`, else of the headline; whitespace collapsed. */
  title: string;
  /** The headline: text of the first `<h1>` that names no logo (roles.ts isAnchor), collapsed. */
  heading: string;
  /** One line per block element, inline whitespace collapsed, elements in `skip` left out. */
  text: string;
  /**
   * With `prune`, the changes that make the markup Readability reads, in order: the elements
   * left out of `text` by their role (roles.ts) cut, runs of `<br>` made paragraphs
   * (break-runs.ts); else none.
   */
  edits: Edit[];
  /** With `prune`, the article's lead by its class or id (prune.ts), else "". */
  lead: string;
  /** Deepest nesting of open elements (those in the blocks `edits` cut too). */
  depth: number;
  /** Elements opened, less those in the blocks `edits` cut. */
  elements: number;
  /**
   * Runs of text between tags and entities (a DOM's text nodes, about), less those in the blocks
   * `edits` cut.
   */
  texts: number;
}

/** How to read a page. */
export interface StreamOptions {
  /**
   * Leave out comment boxes, related stories and side columns, and find the lead (roles.ts,
   * prune.ts).
   */
  prune?: boolean;
}
