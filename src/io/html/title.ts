import { DATELINE } from "./dateline.ts";
import { readHtmlList } from "./lists.ts";

/** A dash, bar or guillemet set apart by spaces: where a `<title>` joins a headline and a site. */
const SEPARATOR = /\s+[-|–—»]\s+/g;

/** Generic page labels, never a headline (data/html/page-labels.txt). */
const LABELS: ReadonlySet<string> = new Set(readHtmlList("page-labels.txt").map(bare));

/** How much of the article's start a headline is looked for in. */
const TOP = 1000;

/** The longest `<h1>` taken for the headline: past it, an `<h1>` left open holds the article. */
const HEADING_MAX = 300;

/** What a page's title is chosen from. */
export interface TitleSources {
  /** The first `<h1>` that is no logo. */
  heading: string;
  /** The first `<title>`. */
  title: string;
  /** Readability's title: the page's metadata (`og:title`), else its reading of `<title>`. */
  readability: string;
  /** The article's text. */
  text: string;
}

/**
 * A page's title: its `<h1>` when it has one (with a letter: "404" is no headline); else the headline in a `<title>` that names the
 * site too (headlineOf); else, when the `<title>` holds no headline ("Chi tiết tin - Báo X"),
 * Readability's title from the page's metadata, or the `<title>` whole; else Readability's title,
 * or the `<title>`.
 */
export function pageTitle({ heading, title, readability, text }: TitleSources): string {
  if (/\p{L}/u.test(heading) && heading.length <= HEADING_MAX) return heading;
  if (!namesSite(title)) return readability || title;
  const headline = headlineOf(title, text);
  if (headline !== undefined) return headline;
  return readability !== "" && !bare(title).includes(bare(readability)) ? readability : title;
}

/** Whether a `<title>` has a separator, so may name the site beside the headline. */
export function namesSite(title: string): boolean {
  return title.search(SEPARATOR) >= 0;
}

/** A part of a `<title>` between separators, where it stands in it. */
interface Part {
  start: number;
  end: number;
}

/**
 * The headline in a page's `<title>` that names the site too ("Báo Sơn Vĩ - Lũ quét ở bản Nà
 * Lếch", "Lũ quét ở bản Nà Lếch | Báo Sơn Vĩ"): the title without its first part or without its
 * last, whichever is found in the start of `text` (the site's name is not there, though a footer
 * may hold it, and a dateline "(Báo Sơn Vĩ) - " or brackets are not looked in), else the longer
 * (a headline is longer than a site's name). A generic label ("Chi tiết tin", data/html/
 * page-labels.txt) is no part of either; a title with no separator, or found whole in the
 * article's start ("Cao tốc Sơn Vĩ - Nà Lếch"), is the headline. A title of labels and one other
 * part has that part for its headline when the article's start holds it ("Trang chủ » Lũ quét"),
 * else none ("Tin tức | Báo Sơn Vĩ": the site's name is no headline either), nor has a title of
 * labels alone: undefined.
 */
export function headlineOf(title: string, text: string): string | undefined {
  const parts = partsOf(title);
  const top = bareLines(text.slice(0, TOP));
  if (parts.length < 2 || foundIn(top, title)) return title;
  const kept = parts.filter((p) => !LABELS.has(bare(title.slice(p.start, p.end))));
  const first = kept[0];
  const last = kept.at(-1);
  if (first === undefined || last === undefined) return undefined;
  if (kept.length === 1) {
    // Labels and one part: a headline the article's start holds, else the site's name.
    const only = title.slice(first.start, first.end);
    return foundIn(top, only) ? only : undefined;
  }
  const withoutFirst = title.slice((kept[1] as Part).start, last.end);
  const withoutLast = title.slice(first.start, (kept.at(-2) as Part).end);
  const foundWithoutFirst = foundIn(top, withoutFirst);
  if (foundWithoutFirst !== foundIn(top, withoutLast)) {
    return foundWithoutFirst ? withoutFirst : withoutLast;
  }
  return withoutFirst.length > withoutLast.length ? withoutFirst : withoutLast;
}

/** The parts of a title between its separators, whitespace around them left out. */
function partsOf(title: string): Part[] {
  const parts: Part[] = [];
  let start = 0;
  for (const separator of [...title.matchAll(SEPARATOR), undefined]) {
    const end = separator === undefined ? title.length : separator.index;
    const piece = title.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim() !== "")
      parts.push({ start: start + lead, end: start + piece.trimEnd().length });
    if (separator !== undefined) start = separator.index + separator[0].length;
  }
  return parts;
}

/** Brackets, and the dateline a line opens with (dateline.ts): "(Báo Sơn Vĩ) - ", "TTO - ". */
const ASIDE = new RegExp(String.raw`\([^()\n]*\)|\[[^[\]\n]*\]|(?<=^|\n)${DATELINE}`, "g");

/**
 * Whether `top` (bareLines) holds `part` (case and whitespace aside) somewhere other than wholly
 * inside a dateline or brackets.
 */
function foundIn(top: string, part: string): boolean {
  const needle = bare(part);
  if (needle === "") return false;
  const asides = [...top.matchAll(ASIDE)].map((m) => [m.index, m.index + m[0].length] as const);
  for (let at = top.indexOf(needle); at >= 0; at = top.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!asides.some(([from, to]) => from <= at && end <= to)) return true;
  }
  return false;
}

/** Lowercase, composed, whitespace collapsed: for finding a title in text. */
function bare(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** bare, line by line. */
function bareLines(s: string): string {
  return s
    .split("\n")
    .map(bare)
    .filter((l) => l !== "")
    .join("\n");
}
