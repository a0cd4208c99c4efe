import { comparisonKey } from "../normalize/index.ts";
import { opensWithTime } from "../time-expressions.ts";
import { isAgencyKey } from "./markers.ts";

/**
 * An outlet's dateline that opens the article text, at a paragraph's or a sentence's start and
 * before a capitalized word: "QĐND Online - Ngày 23/10, …", "(Báo X Online) - Sáng nay …" after
 * a photo caption, "Minh An/VOV - Chiều 2/9, …", "VOV - …", "Tạp chí X - Sáng nay …". The
 * parenthesized form at a paragraph's head ("HÀ NỘI (TTXVN) - ") is pass 4's own rule.
 */
const HEAD =
  /(?<=^|[.!?…”"]\s)(\([^()]{2,40}\)|[^\s()]+(?:\s?\/\s?[^\s()]+)?(?:\s[^\s()]+){0,3})\s?[-–—]\s+(?=[\p{Lu}\d“"])/gu;

function isAgency(name: string): boolean {
  return isAgencyKey(comparisonKey(name.trim()));
}

/** "Báo X", "Tạp chí X": a paper's name, since the word after the outlet word is capitalized ("Báo cáo - …" stays). */
const NAMED_OUTLET = /^(?:Báo|Tạp chí)\s\p{Lu}[\p{L}\d.+]*(?:\s\p{Lu}[\p{L}\d.+]*)?$/u;

/** Whether a sentence's head names an outlet rather than starting the sentence ("Phương Thanh - ca sĩ …" stays). */
function isOutlet(head: string): boolean {
  const name = head.replace(/^\(|\)$/gu, "").trim();
  if (/^[\p{L}\d.]+(?:\s[\p{L}\d.]+){0,2}\sOnline$/u.test(name)) return true;
  if (NAMED_OUTLET.test(name)) return true;
  const slash = name.split("/");
  return isAgency(name) || (slash.length === 2 && isAgency(slash[1] as string));
}

/** An acronym no list knows: a local paper's short name (`BSH`, `BPO`). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * A local paper signs its dateline with an acronym no list can hold ("BSH - Sáng 5/9, …"). An
 * acronym at the paragraph's head is such a dateline only when a time word with its day follows:
 * an acronym with its expansion ("WHO - Tổ chức Y tế Thế giới …") or a score line stays.
 */
function isLocalDateline(head: string, offset: number, rest: string): boolean {
  return offset === 0 && ACRONYM.test(head) && opensWithTime(rest);
}

/** Cuts every outlet dateline out of one paragraph; returns the text and what went. */
export function cutDatelines(paragraph: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const text = paragraph.replace(HEAD, (match, head: string, offset: number) => {
    const rest = paragraph.slice(offset + match.length);
    if (!isOutlet(head) && !isLocalDateline(head, offset, rest)) return match;
    removed.push(match.trim());
    return "";
  });
  return { text: text.trim(), removed };
}
