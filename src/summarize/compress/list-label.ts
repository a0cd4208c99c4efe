import type { Cut } from "./rules.ts";

/**
 * A list item's label at a sentence's head: `1. `, `12) `, `c) ` before a capitalized word
 * ("c) Được nhận thưởng trong 30 ngày …", "3. Xe điện mini - 980 xe: …"). Out of its list it labels
 * nothing. At most two digits, so a year or a figure (`2022. `) is not taken for one; a letter
 * only with `)`, as `A. ` may be an initial. Bullets (`- `, `• `) go earlier, in cleaning
 * (text/clean/04-inline.ts).
 */
const LIST_LABEL = /^((?:\d{1,2}[.)]|[a-zđ]\)))\s+(?=["“]?\p{Lu})/u;

/** Drops a list item's label from the head of a summary sentence; undefined when there is none. */
export function dropListLabel(text: string): Cut | undefined {
  const m = LIST_LABEL.exec(text);
  return m?.[1] ? { text: text.slice(m[0].length), removed: m[1] } : undefined;
}
