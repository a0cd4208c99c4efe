import { comparisonKey } from "../normalize/index.ts";
import {
  isEndMarker,
  isLineMarker,
  isTimestampWord,
  lineKey,
  promptPrefixKeys,
} from "./markers.ts";

const wordCount = (text: string) => text.split(/\s+/).filter((w) => w !== "").length;

/**
 * A menu or breadcrumb: no sentence end, and either two or more short items separated by
 * ">", "»" or "›" ("Thế giới > Thời sự") or three or more separated by "|" or " - ".
 * An item that starts with a digit is a comparison ("Giá vàng > 60 triệu") or a table's cell
 * ("Thời gian | 06/2022 - 04/2025"), not a menu item.
 */
export function isMenu(p: string): boolean {
  if (/[.!?]$/.test(p)) return false;
  const crumbs = p.split(/\s*[>»›]\s*/);
  if (crumbs.length >= 2 && crumbs.every((c) => c !== "" && !/^\d/.test(c) && wordCount(c) <= 5)) {
    return true;
  }
  const items = p.split(/\s*(?:\||\s[-–]\s)\s*/);
  return items.length >= 3 && items.every((i) => !/^\d/.test(i) && wordCount(i) <= 4);
}

const PROMPT_MAX_WORDS = 30;

/** A line that speaks to the reader about the page (data/text/prompt-prefixes.txt): "Mời quý độc giả xem video: …". */
export function isPrompt(p: string): boolean {
  if (wordCount(p) > PROMPT_MAX_WORDS) return false;
  const key = comparisonKey(p.trim());
  for (const x of promptPrefixKeys()) {
    if (key.startsWith(x) && !/^[\p{L}\p{M}]/u.test(key.slice(x.length))) return true;
  }
  return false;
}

/**
 * A line asking the reader to follow the outlet somewhere: "Theo dõi Dân trí trên Google News",
 * "Theo dõi Báo X trên Zalo". ("Theo dõi chúng tôi …" is a prompt; "Theo dõi diễn biến trên
 * sông Hồng …" names no platform.)
 */
const FOLLOW_US =
  /^theo dõi\s+(?:\S+\s+){1,5}trên\s+(?:google news|google tin tức|zalo|facebook|youtube|tiktok|telegram)\.?$/iu;

/** A line that asks the reader to follow the outlet on a platform. */
export function isFollowUs(p: string): boolean {
  return FOLLOW_US.test(p.normalize("NFC"));
}

const DATE_OR_TIME = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}[:h]\d{2})(?!\d)/u;

/** A line that holds only the article's date or time: "Thứ Ba, 11/01/2022 08:15 (GMT+7)". */
export function isTimestamp(p: string): boolean {
  if (wordCount(p) > 15 || !DATE_OR_TIME.test(p)) return false;
  const words = p
    .replace(/[^\p{L}\p{M}]+/gu, " ")
    .split(" ")
    .filter((w) => w !== "");
  return words.every(isTimestampWord);
}

const COUNTER_MAX_WORDS = 8;

/**
 * A row of share buttons and counters: "Thích 12 Chia sẻ", "Lượt xem: 1.234". Every word
 * belongs to a furniture or end marker (data/text/line-markers.txt, end-markers.txt) once the
 * numbers are gone.
 */
export function isCounterRow(p: string): boolean {
  const words = lineKey(p)
    .replace(/[\d.,:]+/g, " ")
    .replace(/[^\p{L}\p{M}]+/gu, " ")
    .split(" ")
    .filter((w) => w !== "");
  if (words.length === 0 || words.length > COUNTER_MAX_WORDS) return false;
  const covered = [true, ...words.map(() => false)];
  for (let end = 1; end <= words.length; end++) {
    for (let start = 0; start < end && !covered[end]; start++) {
      const phrase = words.slice(start, end).join(" ");
      if (covered[start] && (isLineMarker(phrase) || isEndMarker(phrase))) covered[end] = true;
    }
  }
  return covered[words.length] === true;
}

/**
 * Furniture lines are short: a line longer than this many characters is article text for every
 * check below but the menu (a long navigation bar), so the keyed checks never normalize it.
 */
const FURNITURE_MAX_CHARS = 300;

/** Page furniture, judged on one line alone (no byline test: a short title can look like one). */
export function isPageFurniture(line: string): boolean {
  const p = line.trim();
  if (isMenu(p)) return true;
  if (p.length > FURNITURE_MAX_CHARS) return false;
  return isLineMarker(p) || isPrompt(p) || isFollowUs(p) || isTimestamp(p) || isCounterRow(p);
}
