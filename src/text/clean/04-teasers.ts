import { type Draft, filterParagraphs } from "./types.ts";

/** "[Lãnh đạo Nga, Mỹ cam kết …]", ">> Xem thêm: …", "Xem thêm: …", "Đọc thêm: …". */
const TEASER =
  /^(?:\[[^\]]+\]|>>.*|(?:xem thêm|đọc thêm|mời xem|mời đọc|tin liên quan)\s*[:>].*)$/iu;

/** Pass 4: drop teasers of other stories that sit between the paragraphs of an article. */
export function dropTeasers(draft: Draft): Draft {
  return filterParagraphs(draft, "teaser", (p) => !TEASER.test(p.trim()));
}
