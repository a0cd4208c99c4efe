import { type Draft, filterParagraphs } from "./types.ts";

/** "[Lãnh đạo Nga, Mỹ cam kết …]", ">> Xem thêm: …", "Xem thêm: …", "Đọc thêm: …". */
const TEASER =
  /^(?:\[[^\]]+\]|>>.*|(?:xem thêm|đọc thêm|mời xem|mời đọc|tin liên quan)\s*[:>].*)$/iu;

/** A teaser is a headline; a longer paragraph that starts like one has article text fused to it (handled per sentence). */
const TEASER_MAX_WORDS = 40;

/** Pass 5: drop teasers of other stories that sit between the paragraphs of an article. */
export function dropTeasers(draft: Draft): Draft {
  return filterParagraphs(
    draft,
    "teaser",
    (p) => p.split(/\s+/).length > TEASER_MAX_WORDS || !TEASER.test(p.trim()),
  );
}
