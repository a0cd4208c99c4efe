import { isReadMore } from "./markers.ts";
import { isHeadline } from "./related-story.ts";
import type { Draft } from "./types.ts";

/** "[Lãnh đạo Nga, Mỹ cam kết …]", ">> Xem thêm: …", "Xem thêm: …", "Đọc thêm: …". */
const TEASER =
  /^(?:\[[^\]]+\]|>>.*|(?:xem thêm|đọc thêm|mời xem|mời đọc|tin liên quan)\s*[:>].*)$/iu;

/** A teaser is a headline; a longer paragraph that starts like one has article text fused to it (handled per sentence). */
const TEASER_MAX_WORDS = 40;

function isTeaser(p: string): boolean {
  return p.split(/\s+/).length <= TEASER_MAX_WORDS && TEASER.test(p.trim());
}

/**
 * Pass 5: drop teasers of other stories that sit between the paragraphs of an article. A
 * read-more line alone ("Đọc thêm", data/text/read-more-lines.txt) that pass 1 left (in the
 * first half of the article, or before a sentence) goes with the headlines right after it.
 */
export function dropTeasers(draft: Draft): Draft {
  const paragraphs: string[] = [];
  const removed = [...draft.removed];
  let afterReadMore = false;
  for (const p of draft.paragraphs) {
    const readMore = isReadMore(p);
    if (readMore || isTeaser(p) || (afterReadMore && isHeadline(p))) {
      removed.push({ kind: "teaser", text: p });
      afterReadMore ||= readMore;
    } else {
      paragraphs.push(p);
      afterReadMore = false;
    }
  }
  return { ...draft, paragraphs, removed };
}
