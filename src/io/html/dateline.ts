/**
 * A dateline: what Vietnamese papers open an article with before a dash, the paper's name or
 * initials in brackets ("(Báo Sơn Vĩ) - ", "[BSV]-") or a few words ("TTO - ", "SƠN VĨ - ").
 * Broad on purpose: the reader only looks past it (is a lead already in the body, is a title
 * part the site's name), and the site is any site. What is cut from the text is the cleaner's
 * to decide, from known outlets only (text/clean/dateline.ts, `cutDatelines`).
 */
export const DATELINE = String.raw`(?:\([^()\n]{1,80}\) ?[-–—] ?|\[[^[\]\n]{1,80}\] ?[-–—] ?|(?:[^\s\-–—()]+ ){0,5}[^\s\-–—()]+ [-–—] )`;

const OPENING = new RegExp(String.raw`^\s*${DATELINE}\s*`);

/** A paragraph without the dateline it opens with, if any. */
export function withoutDateline(paragraph: string): string {
  return paragraph.replace(OPENING, "");
}
