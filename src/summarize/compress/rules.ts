import { readListFile } from "../../text/data-files.ts";
import { comparisonKey } from "../../text/normalize/index.ts";
import { capitalize } from "../../text/phrase-pattern.ts";
import { isPersonalPronoun, quoteCounts } from "../../text/sentence-shape.ts";
import { countSyllables } from "../../text/tokenize.ts";
import { hedges, isNeutralSource, reportsNeutrally } from "./stakes.ts";

/** One safe cut: the shorter text and the span it removed, or undefined when it does not apply. */
export interface Cut {
  text: string;
  removed: string;
}

export interface CompressionRule {
  name: string;
  /** May cut again from its own output (several asides in one sentence); otherwise once. */
  repeatable?: boolean;
  /** `others`: the summary's other sentences, which a cut must not leave without a referent. */
  apply(text: string, others: readonly string[]): Cut | undefined;
}

/** The longest aside or attribution a rule removes, in syllables. */
const MAX_REMOVED_SYLLABLES = 10;

/** Outside every quotation: the text before `at` has balanced curly and straight quotes. */
function outsideQuotes(text: string, at: number): boolean {
  const { curly, straight } = quoteCounts(text.slice(0, at));
  return curly === 0 && straight % 2 === 0;
}

/**
 * A parenthetical gloss (`(giờ địa phương)`, `(Thành phố Hồ Chí Minh)`, the `(GD&ĐT)` of
 * `Bộ Giáo dục và Đào tạo (GD&ĐT)`), not at the start and outside quotes. Kept when it holds a
 * digit (`Thứ Hai (10/1)`: dates and figures), a hedge or qualifier (`(chưa bao gồm thuế VAT)`,
 * `(nghi do ngộ độc)`, `(đã mất)`; stakes.ts), or words another sentence of the summary uses (an
 * abbreviation defined here and used later).
 */
export const parentheticalAside: CompressionRule = {
  name: "parenthetical",
  repeatable: true,
  apply(text, others) {
    for (const m of text.matchAll(/ \(([^()]*)\)/gu)) {
      const inner = (m[1] ?? "").trim();
      const at = m.index ?? 0;
      if (at === 0 || /\d/u.test(inner) || countSyllables(inner) > MAX_REMOVED_SYLLABLES) continue;
      if (hedges(inner)) continue;
      if (!outsideQuotes(text, at) || others.some((o) => o.includes(inner))) continue;
      return { text: text.slice(0, at) + text.slice(at + m[0].length), removed: m[0].trim() };
    }
    return undefined;
  },
};

let titles: string[] | undefined;

/**
 * `Theo Bộ Y tế, …`, `Theo Reuters, …`: a leading attribution to an authority, a public body or
 * a wire agency (stakes.ts, data/text/neutral-sources.txt) before the first comma, outside
 * quotes. `Theo Hamas, …` (a party) and `Theo ông X, …` (also "in his view", an opinion) stay, as
 * do `Theo kế hoạch, …` and `Theo đó, …`, which are not attributions. Not cut when the rest
 * - starts with a capital (a name or a quotation would lose its context) or a quotation mark;
 * - starts with a title in apposition (`Theo Bộ Ngoại giao, người phát ngôn …, …`;
 *   data/text/person-titles.txt), which would become the subject;
 * - uses a personal pronoun (`Theo Công an huyện, họ đã …`; data/text/pronoun-openers.txt),
 *   which would lose its antecedent.
 */
export const leadingAttribution: CompressionRule = {
  name: "leading-attribution",
  apply(text) {
    const m = /^(Theo (\p{Lu}[^,“”"]*)), (?=\p{Ll})/u.exec(text);
    if (!m?.[1] || !m[2] || countSyllables(m[1]) > MAX_REMOVED_SYLLABLES) return undefined;
    if (!isNeutralSource(m[2])) return undefined;
    const rest = text.slice(m[0].length);
    titles ??= readListFile("person-titles.txt").map((t) => `${comparisonKey(t)} `);
    const key = `${comparisonKey(rest)} `;
    if (titles.some((t) => key.startsWith(t))) return undefined;
    if (key.split(/[^\p{L}]+/u).some(isPersonalPronoun)) return undefined;
    return { text: capitalize(rest), removed: m[1] };
  },
};

/**
 * `…, ông X cho biết.`: a trailing speaker and reporting verb after the last comma (stakes.ts,
 * data/text/reporting-verbs.txt). Kept with a verb of claim or opinion (`…, bị cáo khẳng định.`,
 * `…, ông X cho rằng.`), a doubtful or unnamed speaker (`…, chưa chuyên gia nào dám khẳng
 * định.`, `…, một nguồn tin cho biết.`; attribution-hedges.txt), a party (`…, luật sư của bị
 * cáo cho biết.`; party-speakers.txt), and after a closing quotation (`“…”, ông X nói.`), whose
 * words are the speaker's own.
 */
export const trailingAttribution: CompressionRule = {
  name: "trailing-attribution",
  apply(text) {
    const m = /^(.*[^”"’]), ([^,“”"]+?)([.!?…])$/u.exec(text);
    if (!m?.[1] || !m[2] || !reportsNeutrally(m[2])) return undefined;
    if (countSyllables(m[2]) > MAX_REMOVED_SYLLABLES || !outsideQuotes(text, m[1].length)) {
      return undefined;
    }
    return { text: `${m[1]}${m[3]}`, removed: m[2] };
  },
};

/** The rules in the order they are tried; each may apply once per sentence. */
export const RULES: readonly CompressionRule[] = [
  leadingAttribution,
  trailingAttribution,
  parentheticalAside,
];
