import { readListFile } from "../data-files.ts";
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

/** A place in capitals, one to four words: "HÀ NỘI", "QUẢNG NAM", "LISBON", "TP HCM", "TP.HCM". */
const PLACE = /^(?:TP\.?\s?HCM|\p{Lu}[\p{Lu}\p{M}]+(?:\s\p{Lu}[\p{Lu}\p{M}]*){0,3})$/u;

/** What opens a sentence: a capitalized word, then a lower-case word or a figure ("Chiều 20/3, …", "Từ đêm …"). */
const SENTENCE_RUN = /^\p{Lu}[\p{Ll}\p{M}]*,?\s+[\p{Ll}\d]/u;

/** A run of three consonants (marks dropped): Vietnamese acronyms ("UBND", "TTXVN", "CSGT"). */
const CONSONANTS3 = /[^AEIOUY\s.]{3}/u;
/** Words shorter than this may be any acronym ("WHO", "NATO", "FIFA"). */
const PLACE_WORD_MIN = 5;

let organizationAcronyms: Set<string> | undefined;

/**
 * A single capitalized word is a place ("LISBON", "HUẾ") unless it may be an acronym, which may
 * be followed by its expansion ("WHO - Tổ chức Y tế Thế giới …"): short, without tone marks,
 * a Roman numeral, three consonants in a row, or an organization that reads as a word
 * (data/text/organization-acronyms.txt).
 */
function isPlaceWord(word: string): boolean {
  const letters = word.normalize("NFD");
  if (/\p{M}/u.test(letters)) return true;
  if (/^[IVXLC]+$/u.test(word)) return false; // a section's Roman numeral ("XVIII - Thảo luận …")
  organizationAcronyms ??= new Set(readListFile("organization-acronyms.txt"));
  return (
    word.length >= PLACE_WORD_MIN && !CONSONANTS3.test(letters) && !organizationAcronyms.has(word)
  );
}

/**
 * The wire's and VnExpress's place dateline at a paragraph's start: a place in capitals, a dash,
 * then a sentence ("HÀ NỘI - Chiều 20/3, …", "LISBON - Vòng hai …"). A pairing or a score line
 * ("HAGL - SLNA", "UBND - HĐND", "HAGL - Becamex Bình Dương") and a headline in capitals stay:
 * a lower-case word must follow the capitalized one.
 */
function isPlaceDateline(head: string, offset: number, rest: string): boolean {
  if (offset !== 0 || !PLACE.test(head) || !SENTENCE_RUN.test(rest)) return false;
  return /\s|TP\.?HCM/u.test(head) || isPlaceWord(head);
}

/** Cuts every outlet dateline out of one paragraph; returns the text and what went. */
export function cutDatelines(paragraph: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const text = paragraph.replace(HEAD, (match, head: string, offset: number) => {
    const rest = paragraph.slice(offset + match.length);
    const dateline =
      isOutlet(head) || isLocalDateline(head, offset, rest) || isPlaceDateline(head, offset, rest);
    if (!dateline) return match;
    removed.push(match.trim());
    return "";
  });
  return { text: text.trim(), removed };
}
