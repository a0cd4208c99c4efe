import { expectString } from "../../errors.ts";
import type { Removal } from "../../types.ts";
import { normalizeText } from "../normalize/index.ts";
import { cutTail } from "./01-tail.ts";
import { dropCaptions } from "./02-captions.ts";
import { cutFusedCaptions } from "./03-fused-captions.ts";
import { stripInline } from "./04-inline.ts";
import { dropTeasers } from "./05-teasers.ts";
import { dropFurniture } from "./06-furniture.ts";
import { dropRepeats } from "./07-repeats.ts";
import { cutSignature } from "./08-signature.ts";
import { joinBrokenLines } from "./broken-lines.ts";
import { joinDropCap } from "./drop-cap.ts";
import type { CleanPass, Draft } from "./types.ts";

export { isByline } from "./byline.ts";
export { isPageFurniture } from "./furniture-lines.ts";

/** The cleaning passes, in order; each says in its own file why it exists. */
const PASSES: CleanPass[] = [
  cutTail,
  dropCaptions,
  cutFusedCaptions,
  stripInline,
  dropTeasers,
  dropFurniture,
  dropRepeats,
  cutSignature,
];

export interface CleanedText {
  paragraphs: string[];
  removed: Removal[];
}

/**
 * Removes web leftovers (captions, bylines, teasers, menus, related stories, repeated title)
 * from an article body. Everything removed is returned in `removed`, so nothing is lost. A
 * paragraph's drop cap scraped apart from its word ("N hóm bạn trẻ …") is joined back first.
 */
export function cleanArticle(title: string, body: string): CleanedText {
  expectString(title, "title");
  expectString(body, "body");
  // Blank lines stay until the lines are joined: a sentence is never joined across one (a
  // Markdown list item or heading, a table row, the paragraph after a blank line).
  const paragraphs = joinBrokenLines(
    normalizeText(body)
      .split("\n")
      .map((p) => joinDropCap(p.replace(/ {2,}/g, " ").trim())),
  ).filter((p) => p !== "");
  let draft: Draft = { title: normalizeText(title).trim(), paragraphs, removed: [] };
  for (const pass of PASSES) draft = pass(draft);
  return { paragraphs: draft.paragraphs, removed: draft.removed };
}
