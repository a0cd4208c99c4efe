import { NameList, nameWords } from "./class-names.ts";
import { readHtmlList } from "./lists.ts";
import type { TagAttributes } from "./tag-attributes.ts";

/**
 * What the page reader makes of an element before it knows what the element holds: `drop`, a
 * block that is not article text (reader comments, related stories, side columns, captions,
 * players, polls, an AMP element's fallback), left out unless it holds the article; `chrome`,
 * navigation, left out unless it holds an anchor, however much of the page's text it holds;
 * `lead`, the article's lead (sapo), which Readability may leave out when it stands outside the
 * article's body (html/prune.ts).
 */
export type Role = "drop" | "chrome" | "lead";

const DROP_NAMES = new NameList(readHtmlList("boilerplate-classes.txt"));
const CAPTIONS = readHtmlList("caption-classes.txt");
const CAPTION_NAMES = new NameList(CAPTIONS.filter((l) => !l.startsWith("figure ")));
const FIGURE_CAPTION_NAMES = new NameList(
  CAPTIONS.filter((l) => l.startsWith("figure ")).map((l) => l.slice("figure ".length)),
);
const LEAD_NAMES = new NameList(readHtmlList("lead-classes.txt"));
const LOGO = new NameList(["logo", "site-title", "site-name"]);

/** Elements that are not article text by their name: side columns. */
const DROP_TAGS: ReadonlySet<string> = new Set(["aside"]);

/**
 * The role of an element by its tag name and attributes, if it has one; `inFigure`: whether a
 * `<figure>` is open around it (a description there is a caption, not a lead).
 */
export function roleOf(tag: string, attrs: TagAttributes, inFigure: boolean): Role | undefined {
  if (tag === "nav") return "chrome";
  if (DROP_TAGS.has(tag) || attrs.fallback) return "drop";
  if (attrs.classAndId === "") return undefined;
  const names = nameWords(attrs.classAndId);
  if (DROP_NAMES.matches(names) || CAPTION_NAMES.matches(names)) return "drop";
  if (inFigure) return FIGURE_CAPTION_NAMES.matches(names) ? "drop" : undefined;
  return LEAD_NAMES.matches(names) ? "lead" : undefined;
}

/** Whether a class or id value names a block that is not article text (boilerplate-classes.txt). */
export function namesBoilerplate(classAndId: string): boolean {
  return classAndId !== "" && DROP_NAMES.matches(nameWords(classAndId));
}

/**
 * Whether an element marks the article: the headline (`<h1>`, unless it names itself the
 * site's logo), `<main>` or the body a page's microdata names (`itemprop="articleBody"`).
 */
export function isAnchor(tag: string, attrs: TagAttributes): boolean {
  if (tag === "h1") return !LOGO.matches(nameWords(attrs.classAndId));
  return tag === "main" || /\barticleBody\b/i.test(attrs.itemprop);
}
