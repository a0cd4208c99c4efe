import { expectString } from "../../errors.ts";
import { splitCandidates } from "./01-candidates.ts";
import { mergeAbbreviations } from "./02-merge-abbreviations.ts";
import { mergeLowercase } from "./03-merge-lowercase.ts";
import { mergeQuotes } from "./04-merge-quotes.ts";
import { mergeFragments } from "./05-merge-fragments.ts";
import { splitFused } from "./06-split-fused.ts";

/**
 * Splits one paragraph into sentences. Works per paragraph, so a line without final
 * punctuation (a headline, a subheading) is its own sentence and the cost stays linear.
 */
export function splitParagraph(paragraph: string): string[] {
  expectString(paragraph, "paragraph");
  const text = paragraph.replace(/\s+/g, " ").trim();
  if (text === "") return [];
  let pieces = splitCandidates(text); // cut at . ! ? … followed by a space
  pieces = mergeAbbreviations(pieces); // TP. / ThS. / ông V. do not end a sentence
  pieces = mergeLowercase(pieces); // a lowercase start continues the sentence
  pieces = mergeQuotes(pieces); // keep multi-sentence quotations whole
  pieces = mergeFragments(pieces); // "1." or "-" alone is not a sentence
  pieces = splitFused(pieces); // "Mùa lúa mới Trong tuần này …": a heading fused to its sentence
  return pieces;
}

/** Splits a text into sentences, paragraph by paragraph (paragraphs = lines). */
export function splitSentences(text: string): string[] {
  expectString(text, "text");
  return text.split(/\n+/).flatMap(splitParagraph);
}
