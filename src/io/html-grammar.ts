/**
 * What the page reader needs to know of HTML's grammar: which elements hold no article text,
 * which start a paragraph, which never hold content, and which an opening tag closes.
 */

/**
 * Elements whose text is never article text: code, embedded content, a picture's caption, and
 * players, whose text is what a browser shows when it cannot play ("Trình duyệt của bạn không
 * hỗ trợ thẻ video.").
 */
export const SKIP: ReadonlySet<string> = new Set([
  "figcaption",
  "video",
  "audio",
  "amp-video",
  "amp-audio",
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "canvas",
  "object",
  "head",
]);

/** Boilerplate-only parts of a page, dropped too when the text is read from the whole body. */
export const CHROME: ReadonlySet<string> = new Set([
  ...SKIP,
  "nav",
  "header",
  "footer",
  "aside",
  "form",
]);

/**
 * Elements that start a new paragraph (everything else is inline). A table's cells are not: a row
 * is one paragraph, its cells set apart by ` | ` (CELL), as a Markdown table's are read.
 */
export const BLOCK: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "ul",
]);

/** Inline elements shown as items of their own: two side by side are read apart. */
export const LINK: ReadonlySet<string> = new Set(["a", "button"]);

/** A table's cells: each after the first of its row is set apart from the one before. */
export const CELL: ReadonlySet<string> = new Set(["td", "th"]);

/** Elements that never hold content: no closing tag is awaited. */
export const VOID: ReadonlySet<string> = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Foreign content, where `<path/>` closes itself as in XML. */
export const FOREIGN: ReadonlySet<string> = new Set(["math", "svg"]);

/** Elements inside foreign content whose content is HTML again. */
export const HTML_INTEGRATION: ReadonlySet<string> = new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignobject",
  "desc",
  "title",
]);

const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
const CELLS = ["thead", "th", "td"];

/**
 * Elements that an opening tag closes when they are open at the top (`<p>a<div>` closes the
 * `p`; `<li>a<li>b` closes the first `li`), as htmlparser2 and so linkedom read HTML.
 */
export const IMPLIED_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ["tr", ["tr", "th", "td"]],
      ["th", ["th"]],
      ["td", CELLS],
      ["body", ["head", "link", "script"]],
      ["li", ["li"]],
      ["option", ["option"]],
      ["optgroup", ["optgroup", "option"]],
      ["dd", ["dd", "dt"]],
      ["dt", ["dd", "dt"]],
      ["rt", ["rt", "rp"]],
      ["rp", ["rt", "rp"]],
      ["tbody", ["thead", "tbody"]],
      ["tfoot", ["thead", "tbody"]],
      ...["select", "input", "output", "button", "datalist", "textarea"].map(
        (tag) => [tag, FORM] as const,
      ),
      ...[
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "address",
        "article",
        "aside",
        "blockquote",
        "details",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "pre",
        "section",
        "table",
        "ul",
      ].map((tag) => [tag, P] as const),
    ] as const
  ).map(([tag, closed]) => [tag, new Set<string>(closed)]),
);
