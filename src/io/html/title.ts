/** A dash, bar or guillemet set apart by spaces: where a `<title>` joins a headline and a site. */
const SEPARATOR = /\s+[-|–—»]\s+/g;

/** Whether a `<title>` has a separator, so may name the site beside the headline. */
export function namesSite(title: string): boolean {
  return title.search(SEPARATOR) >= 0;
}

/** How much of the article's start a headline is looked for in. */
const TOP = 1000;

/**
 * The headline in a page's `<title>` that names the site too ("Báo Sơn Vĩ - Lũ quét ở bản Nà
 * Lếch", "Lũ quét ở bản Nà Lếch | Báo Sơn Vĩ"): the title without its first part or without its
 * last, whichever is found in the start of `text` (the `<h1>` and the article; the site's name
 * is not there, though a footer may hold it), else the one that drops the shorter end
 * (a site's name is shorter than a headline). A title with no separator, or found whole in the
 * article's start ("Cao tốc Sơn Vĩ - Nà Lếch"), is the headline.
 */
export function headlineOf(title: string, text: string): string {
  const separators = [...title.matchAll(SEPARATOR)];
  const first = separators[0];
  const last = separators.at(-1);
  const top = bare(text.slice(0, TOP));
  if (first === undefined || last === undefined || top.includes(bare(title))) return title;
  const siteFirst = title.slice(0, first.index);
  const withoutFirst = title.slice(first.index + first[0].length);
  const siteLast = title.slice(last.index + last[0].length);
  const withoutLast = title.slice(0, last.index);
  const foundWithoutFirst = top.includes(bare(withoutFirst));
  if (foundWithoutFirst !== top.includes(bare(withoutLast))) {
    return foundWithoutFirst ? withoutFirst : withoutLast;
  }
  return siteFirst.length < siteLast.length ? withoutFirst : withoutLast;
}

/** Lowercase, composed, whitespace collapsed: for finding a title in text. */
function bare(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
