import { TomtatError } from "../errors.ts";
import { checkBudgetFits } from "../summarize/budget.ts";
import { assembleSummary } from "../summarize/compress/index.ts";
import {
  DEFAULT_MAX_SYLLABLES,
  getSummarizer,
  listSummarizers,
  prepare,
  resolveBudget,
} from "../summarize/index.ts";
import { orderForReading } from "../summarize/order/index.ts";
import type { PreparedCluster, Summarizer } from "../summarize/types.ts";
import type { EvalCluster } from "./datasets/types.ts";
import type { EvalSystem } from "./run.ts";

/** The budget every system gets unless told otherwise: the same for all, summarize()'s default. */
export const EVAL_MAX_SYLLABLES = DEFAULT_MAX_SYLLABLES;

/** Names of every registered method, the oracle included (it is labelled as an upper bound). */
export function allSystemNames(): string[] {
  return listSummarizers(true).map((s) => s.name);
}

/** Systems that share one preparation per cluster, and the hook that prepares it. */
export interface EvalSystems {
  systems: EvalSystem[];
  /** Cleans and splits a cluster once for all systems (the runner times it separately). */
  prepare(cluster: EvalCluster): PreparedCluster;
}

/** A summarizer to evaluate under a name, with its own budget. */
export interface NamedSummarizer {
  name: string;
  method: Summarizer;
  maxSyllables: number;
  /** Safe compression of the ordered sentences, as `summarize()` does with `compress: true`. */
  compress?: boolean;
}

/**
 * Summarizers as evaluation systems. Each does what `summarize()` does after preparation —
 * resolve the budget, select, order for reading (not the oracle), join the sentences — on a
 * cluster prepared once for all systems; a test checks the summaries equal `summarize()`'s.
 * The references reach only methods that declare `needsReferences`.
 */
export function summarizerSystems(list: readonly NamedSummarizer[]): EvalSystems {
  let last: { cluster: EvalCluster; prepared: PreparedCluster } | undefined;
  const prepared = (cluster: EvalCluster): PreparedCluster => {
    if (last?.cluster !== cluster) last = { cluster, prepared: prepare(cluster) };
    return last.prepared;
  };
  const seen = new Set<string>();
  const systems = list.map(({ name, method, maxSyllables, compress }): EvalSystem => {
    if (seen.has(name)) throw new TomtatError("E_OPTION", `system "${name}" given twice`);
    seen.add(name);
    const upperBound = method.needsReferences === true;
    return {
      name,
      upperBound,
      run(cluster) {
        const p = prepared(cluster);
        const budget = resolveBudget({ maxSyllables }, p);
        const context = upperBound ? { references: cluster.references } : undefined;
        const { chosen } = method.select(p, budget, context);
        const ordered = upperBound ? chosen : orderForReading(p, chosen);
        const sentences = ordered.flatMap((i) => p.sentences[i] ?? []);
        const { summary, syllables } = assembleSummary(sentences, compress === true);
        return { summary, syllables };
      },
    };
  });
  return { systems, prepare: prepared };
}

/**
 * Registered summarizers, by name, as evaluation systems (the oracle included when named). A
 * budget under every sentence of a cluster is refused when the cluster is prepared (E_OPTION
 * naming the cluster and its shortest sentence), as summarize() refuses it: every summary of
 * that cluster would be empty and score 0, a number that says nothing about the systems.
 */
export function evalSystems(
  names: readonly string[] | undefined,
  maxSyllables = EVAL_MAX_SYLLABLES,
): EvalSystems {
  const list = names && names.length > 0 ? names : allSystemNames();
  const { systems, prepare } = summarizerSystems(
    list.map((name) => ({ name, method: getSummarizer(name, true), maxSyllables })),
  );
  const budget = { maxSyllables, maxSentences: Number.POSITIVE_INFINITY };
  return {
    systems,
    prepare(cluster) {
      const prepared = prepare(cluster);
      try {
        checkBudgetFits(prepared, budget, { maxSyllables });
      } catch (err) {
        if (!(err instanceof TomtatError)) throw err;
        throw new TomtatError(err.code, err.message, `cluster ${cluster.id}`);
      }
      return prepared;
    },
  };
}
