import { readListFile, readListWithExceptions } from "../../text/data-files.ts";
import { comparisonKey } from "../../text/normalize/index.ts";
import { alternation, WORD_START, wordsPattern } from "../../text/phrase-pattern.ts";

/**
 * What a cut must not take away because the meaning rests on it: who makes a claim and how sure
 * it is. Dropping `…, bị cáo Anh khẳng định.` or `(chưa bao gồm thuế VAT)` would make the
 * summary state a contested or hedged claim as plain fact. Word lists in data/text/.
 */
interface Lists {
  reporting: RegExp;
  speakerStakes: RegExp;
  neutral: RegExp;
  notNeutral: RegExp;
  asideHedges: RegExp;
  asideUnknowns: RegExp;
}

let lists: Lists | undefined;

const keys = (name: string): string[] => readListFile(name).map(comparisonKey);

/** A pattern for a list's phrases as the first words of a text. */
const opening = (phrases: readonly string[]): RegExp =>
  new RegExp(`^${wordsPattern(phrases).source}`, "u");

function load(): Lists {
  const { entries, exceptions } = readListWithExceptions("neutral-sources.txt");
  const asides = readListWithExceptions("aside-hedges.txt");
  return {
    reporting: new RegExp(`${WORD_START}(?:${alternation(keys("reporting-verbs.txt"))})$`, "u"),
    speakerStakes: wordsPattern([...keys("attribution-hedges.txt"), ...keys("party-speakers.txt")]),
    neutral: opening(entries.map(comparisonKey)),
    notNeutral: opening(exceptions.map(comparisonKey)),
    asideHedges: wordsPattern(asides.entries.map(comparisonKey)),
    asideUnknowns: wordsPattern(asides.exceptions.map(comparisonKey), "gu"),
  };
}

/** Whether a speaker holds a negation, a quantifier or a party word (`chưa chuyên gia nào`, `một nhân chứng`, `bị cáo Anh`). */
function hasStakes(speaker: string): boolean {
  lists ??= load();
  return lists.speakerStakes.test(comparisonKey(speaker));
}

/**
 * Whether a trailing clause is a neutral report that may go: a speaker, then a reporting verb
 * (data/text/reporting-verbs.txt: `cho biết`, `cho hay`, `nói`, not `khẳng định`, `cho rằng`),
 * the speaker free of negations and quantifiers (attribution-hedges.txt) and of parties
 * (party-speakers.txt).
 */
export function reportsNeutrally(clause: string): boolean {
  lists ??= load();
  const key = comparisonKey(clause).trim();
  const verb = lists.reporting.exec(key);
  if (!verb || verb.index === 0) return false;
  return !hasStakes(key.slice(0, verb.index));
}

/**
 * Whether the source of a leading `Theo X,` is an authority, a public body or a wire agency
 * (data/text/neutral-sources.txt: `Bộ Y tế`, `Tổng cục Thống kê`, `Reuters`), not one of its
 * exceptions (the prosecution), and free of negations, quantifiers and parties.
 */
export function isNeutralSource(source: string): boolean {
  lists ??= load();
  const key = comparisonKey(source).trim();
  return lists.neutral.test(key) && !lists.notNeutral.test(key) && !hasStakes(key);
}

/**
 * Whether an aside hedges or qualifies (data/text/aside-hedges.txt: `chưa`, `không`, `nghi`,
 * `dự kiến`, `bao gồm`, `tin đồn`, `đã mất`), so that the sentence without it says more than its
 * source. What is only not yet known (`chưa rõ nguyên nhân`, the file's `!` lines) is no hedge.
 */
export function hedges(aside: string): boolean {
  lists ??= load();
  return lists.asideHedges.test(comparisonKey(aside).replace(lists.asideUnknowns, " "));
}
