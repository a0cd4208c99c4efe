import { TomtatError } from "../errors.ts";
import type { Cluster, SummaryResult, SummarySentence } from "../types.ts";
import { checkBudgetFits, resolveBudget, validateOptions } from "./budget.ts";
import { assembleSummary } from "./compress/index.ts";
import { getSummarizer } from "./methods/index.ts";
import { orderForReading } from "./order/index.ts";
import { prepare } from "./prepare.ts";
import type { SelectContext, SummarizeOptions } from "./types.ts";
import { checkInput } from "./validate.ts";

export { DEFAULT_MAX_SYLLABLES, resolveBudget, validateOptions } from "./budget.ts";
export {
  type AssembledSummary,
  assembleSummary,
  type Compressed,
  compressSentence,
  compressSummary,
} from "./compress/index.ts";
export { getSummarizer, listSummarizers } from "./methods/index.ts";
export { prepare } from "./prepare.ts";
export type {
  Budget,
  PreparedCluster,
  SelectContext,
  Selection,
  SummarizeOptions,
  Summarizer,
} from "./types.ts";

/**
 * Summarizes a cluster: cleans and splits every document, selects sentences with the chosen
 * method inside the budget, orders them for reading, and returns the text with provenance.
 */
export function summarize(
  cluster: Cluster,
  givenOptions: SummarizeOptions = {},
  context?: SelectContext,
): SummaryResult {
  const started = performance.now();
  // JavaScript callers may pass null for "no options".
  const options = givenOptions ?? {};
  validateOptions(options);
  const method = getSummarizer(options.method ?? "tomtat", context?.references !== undefined);
  checkInput(cluster, options.limits);
  const prepared = prepare(cluster);
  if (prepared.sentences.length === 0) {
    const removed = prepared.documents.reduce((n, d) => n + d.removed.length, 0);
    throw new TomtatError(
      "E_EMPTY",
      `no article text is left after cleaning: all ${removed} pieces of the documents are web leftovers (captions, menus, share rows, timestamps, …)`,
    );
  }
  const budget = resolveBudget(options, prepared);
  const candidates =
    method.candidates?.(prepared) ??
    prepared.sentences.flatMap((s, i) => (s.syllables > 0 ? [i] : []));
  checkBudgetFits(prepared, budget, options, { method: method.name, sentences: candidates });
  const selection = method.select(prepared, budget, context);
  const scoreOf = new Map(selection.chosen.map((i, k) => [i, selection.scores[k] ?? 0]));
  const ordered = method.needsReferences
    ? selection.chosen
    : orderForReading(prepared, selection.chosen);
  const chosen = ordered.map((i) => {
    const s = prepared.sentences[i];
    if (!s) throw new Error(`method ${method.name} chose sentence ${i}, which does not exist`);
    return s;
  });
  const { parts, summary, syllables } = assembleSummary(chosen, options.compress === true);
  const sentences = chosen.map((s, k): SummarySentence => {
    const out: SummarySentence = {
      text: s.text,
      doc: s.doc,
      sentenceIndex: s.index,
      score: scoreOf.get(ordered[k] as number) ?? 0,
    };
    const part = parts[k];
    if (part && part.removed.length > 0) {
      out.source = s.text;
      out.removed = part.removed;
      out.text = part.text;
    }
    return out;
  });
  return {
    summary,
    sentences,
    stats: {
      documents: prepared.documents.length,
      sentences: prepared.sentences.length,
      // The sentences the method may choose (tomtat: statements that are not foreign), not
      // every sentence: a question or an English quotation is no candidate of a summary.
      candidates: candidates.length,
      syllables,
      budget: budget.maxSyllables,
      method: method.name,
      elapsedMs: Math.round((performance.now() - started) * 100) / 100,
    },
    documents: prepared.documents,
  };
}
