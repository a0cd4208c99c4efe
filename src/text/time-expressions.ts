import { readListFile } from "./data-files.ts";
import { comparisonKey } from "./normalize/index.ts";
import { WORD_END as AFTER, alternation, WORD_START as BEFORE } from "./phrase-pattern.ts";

let cued: RegExp | undefined;
let opening: RegExp | undefined;

/**
 * A time word followed by a day (`ngày 10/1`, `sáng 15`, `hôm qua`, `chiều nay`), matched on the
 * comparison key (lowercase, canonical tones); the words are in data/text/time-cues.txt and
 * data/text/relative-days.txt.
 */
function cuedPattern(): RegExp {
  if (cued) return cued;
  const cues = alternation(readListFile("time-cues.txt").map(comparisonKey));
  const relative = alternation(readListFile("relative-days.txt").map(comparisonKey));
  const day = String.raw`\d{1,2}(?:[/-]\d{1,2}(?:[/-]\d{2,4})?)?`;
  cued = new RegExp(`${BEFORE}(?:${cues})\\s+(?:${day}|${relative})${AFTER}`, "u");
  return cued;
}

/** True when a text opens with a time word and a day: `Sáng 15/3, …`, `Hôm qua …`. */
export function opensWithTime(text: string): boolean {
  opening ??= new RegExp(`^${cuedPattern().source}`, "u");
  return opening.test(comparisonKey(text.slice(0, 40)));
}

/** A bare day/month date (`10/1`, `15/3/2023`); month/year (`6/2022`) does not match. */
const BARE_DATE = /(?<![\p{L}\p{N}/.,])(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?(?![\p{N}/])/gu;

/**
 * True when a sentence says when its event happened: a time word with a day (`Sáng 15/3, …`,
 * `… hôm qua …`) or a day/month date with a valid day and month. The ordering opens the summary
 * with such a sentence, as a news lead gives the date first.
 */
export function tellsWhen(text: string): boolean {
  const key = comparisonKey(text);
  if (cuedPattern().test(key)) return true;
  for (const m of key.matchAll(BARE_DATE)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return true;
  }
  return false;
}
