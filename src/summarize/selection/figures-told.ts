import type { PreparedCluster } from "../types.ts";
import { pushTo } from "./multimap.ts";
import { numberTokens, restatesNumbers } from "./restated-numbers.ts";

/**
 * The restated-figures test of one selection run: the summary's figures (and, for `mostly`, its
 * syllables) are gathered as sentences are chosen (each chosen sentence read once, so `summary`
 * must be the one growing array the selection passes). `related` names the candidates whose
 * answer may turn true with the newest pick (the selection's `related`): those that hold one of
 * its figures, and, for `mostly`, those whose figures are all told but one (`armed`) and that
 * hold a syllable the summary did not tell before (only that can raise their told share). Any
 * other candidate keeps its answer: its figures gained nothing told, and its share is the same.
 */
export function figuresTold(
  cluster: PreparedCluster,
  candidates: readonly number[],
  syllables: (i: number) => ReadonlySet<string>,
  min: number | undefined,
  mostly: number | undefined,
):
  | {
      repeats: (candidate: number, summary: readonly number[]) => boolean;
      related: (pick: number, summary: readonly number[]) => number[];
    }
  | undefined {
  if (min === undefined) return undefined;
  const figures: Set<string>[] = [];
  const of = (i: number) => {
    figures[i] ??= numberTokens(cluster.tokens[i] ?? []);
    return figures[i];
  };
  const told = new Set<string>();
  const toldSyllables = new Set<string>();
  /** Syllables told since `related` last read them. */
  let newlyTold: string[] = [];
  let read = 0;
  const catchUp = (summary: readonly number[]) => {
    for (; read < summary.length; read++) {
      const i = summary[read] as number;
      for (const n of of(i)) told.add(n);
      if (mostly !== undefined)
        for (const t of syllables(i))
          if (!toldSyllables.has(t)) {
            toldSyllables.add(t);
            newlyTold.push(t);
          }
    }
  };
  const shareTold = (i: number) => {
    const own = syllables(i);
    let n = 0;
    for (const t of own) if (toldSyllables.has(t)) n++;
    return own.size > 0 ? n / own.size : 0;
  };
  // Built at the first `related`: who holds each figure and, for `mostly`, each syllable.
  let byFigure: Map<string, number[]> | undefined;
  const bySyllable = new Map<string, number[]>();
  const armed = new Uint8Array(cluster.sentences.length);
  const arm = (i: number) => {
    if (mostly !== undefined && !armed[i] && restatesNumbers(of(i), told, min, 1)) armed[i] = 1;
  };
  return {
    repeats: (candidate, summary) => {
      catchUp(summary);
      const mine = of(candidate);
      if (restatesNumbers(mine, told, min)) return true;
      return (
        mostly !== undefined &&
        restatesNumbers(mine, told, min, 1) &&
        shareTold(candidate) >= mostly
      );
    },
    related: (pick, summary) => {
      catchUp(summary);
      const hits = new Set<number>();
      if (byFigure === undefined) {
        byFigure = new Map();
        for (const i of candidates) {
          for (const n of of(i)) pushTo(byFigure, n, i);
          if (mostly !== undefined) for (const t of syllables(i)) pushTo(bySyllable, t, i);
          arm(i);
          if (armed[i]) hits.add(i);
        }
        newlyTold = [];
      }
      for (const n of of(pick))
        for (const i of byFigure.get(n) ?? []) {
          hits.add(i);
          arm(i);
        }
      for (const t of newlyTold) for (const i of bySyllable.get(t) ?? []) if (armed[i]) hits.add(i);
      newlyTold = [];
      return [...hits];
    },
  };
}
