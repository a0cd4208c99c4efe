import { readListFile, readListWithExceptions } from "./data-files.ts";
import { comparisonKey } from "./normalize/index.ts";
import { wordsPattern } from "./phrase-pattern.ts";

/** A balanced quotation, curly or straight. */
const QUOTED = /“[^“”]*”|"[^"]*"/gu;
/** Where reported speech or an unclosed quotation begins. */
const SPEECH_START = /[:“”"]/u;

let patterns: { pronoun: RegExp; excluded?: RegExp; verbs: RegExp } | undefined;

function load(): NonNullable<typeof patterns> {
  const { entries, exceptions } = readListWithExceptions("first-person.txt");
  const excluded = exceptions.map(comparisonKey);
  return {
    pronoun: wordsPattern(entries.map(comparisonKey)),
    ...(excluded.length > 0 ? { excluded: wordsPattern(excluded, "gu") } : {}),
    verbs: wordsPattern(readListFile("attribution-verbs.txt").map(comparisonKey)),
  };
}

/**
 * True for a sentence that speaks in the first person without naming its speaker: `tôi` or
 * `chúng tôi` (data/text/first-person.txt) outside quotation marks and before any colon, with
 * no attribution verb before it (`Theo tôi, …`, `Chúng tôi sẽ cần họ.`) but one that opens the
 * sentence with no speaker (`Nói về giá, chúng tôi …`). The sentences before it say who speaks,
 * so it points back as `Ông cho biết …` does. `Ông A cho biết chúng tôi …`, `Ông A nói: “Tôi …”`,
 * `cái tôi` (the ego) and the reporters a speaker talks to (`Trao đổi với chúng tôi, ông A …`)
 * do not count.
 */
export function speaksUnnamed(text: string): boolean {
  patterns ??= load();
  let key = comparisonKey(text).replace(QUOTED, " ");
  const speech = key.search(SPEECH_START);
  if (speech >= 0) key = key.slice(0, speech);
  if (patterns.excluded) key = key.replace(patterns.excluded, (m) => " ".repeat(m.length));
  const m = patterns.pronoun.exec(key);
  const verbs = patterns.verbs;
  return m !== null && !verbs.test(withoutOpeningVerb(key.slice(0, m.index), verbs));
}

/** The text after a verb that opens it: that verb has no speaker (`Nói về dự án, chúng tôi …`). */
function withoutOpeningVerb(text: string, verbs: RegExp): string {
  const verb = verbs.exec(text);
  const opens = verb !== null && text.slice(0, verb.index).trim() === "";
  return opens ? text.slice(verb.index + verb[0].length) : text;
}
