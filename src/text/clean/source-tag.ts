import { comparisonKey } from "../normalize/index.ts";
import { SENTENCE_START } from "./credit.ts";
import { sourceOutletKeys } from "./markers.ts";

/**
 * A byline and a source tag fused between two stories of one page, at a sentence's start:
 * "Minh An Theo Tri Thức Trẻ Sáng nay, …", "ĐỨC AN - MAI HOA Theo TTXVN Ngày 2/9 …". The
 * byline is one to six capitalized words (two names may be joined by a dash); the outlet must be
 * a known one (data/text/source-outlets.txt, agencies.txt), since its end cannot be told
 * otherwise; and the next sentence must start right after it, with no comma ("Hà Nội Theo
 * Tuổi Trẻ, …" is an attribution and stays).
 */
const TAG = /(?<=^|[.!?…”"]\s)\p{Lu}[\p{L}.]*(?:\s+(?:[-–]\s+)?\p{Lu}[\p{L}.]*){0,5}\s+Theo\s+/gu;

/** The longest outlet name tried, in words. */
const OUTLET_WORDS_MAX = 4;

/** How far past a tag the outlet's name is read: a few words. */
const OUTLET_WINDOW = 200;

/** Length of the known outlet that starts at `start` of `paragraph` and ends a sentence's head, or 0. */
function outletLength(paragraph: string, start: number): number {
  const text = paragraph.slice(start, start + OUTLET_WINDOW);
  const words = [...text.matchAll(/\S+/gu)].slice(0, OUTLET_WORDS_MAX);
  const outlets = sourceOutletKeys();
  for (let k = Math.min(OUTLET_WORDS_MAX, words.length); k >= 1; k--) {
    const last = words[k - 1] as RegExpMatchArray;
    const end = (last.index ?? 0) + last[0].length;
    if (!outlets.has(comparisonKey(text.slice(0, end)))) continue;
    const rest = paragraph.slice(start + end, start + end + OUTLET_WINDOW).trimStart();
    if (rest === "" || SENTENCE_START.test(rest)) return end;
  }
  return 0;
}

/** Cuts every fused byline and source tag out of one paragraph; returns the text and what went. */
export function cutSourceTags(paragraph: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  if (!paragraph.includes(" Theo ")) return { text: paragraph.trim(), removed };
  let text = "";
  let from = 0;
  for (const match of paragraph.matchAll(TAG)) {
    const at = match.index ?? 0;
    if (at < from) continue;
    const tagEnd = at + match[0].length;
    const outlet = outletLength(paragraph, tagEnd);
    if (outlet === 0) continue;
    removed.push(paragraph.slice(at, tagEnd + outlet).trim());
    text += paragraph.slice(from, at);
    from = tagEnd + outlet;
    while (paragraph[from] === " ") from++;
  }
  return { text: (text + paragraph.slice(from)).trim(), removed };
}
