import type { Budget, PreparedCluster, Selection } from "./types.ts";

export interface CoverageParams {
  /** Exponent r of the cost in gain / cost^r (Lin & Bilmes 2010 use r ≈ 1 for budgeted coverage). */
  costExponent: number;
  /** Weight of the sentence's own score next to the concepts it newly covers. */
  scoreWeight: number;
  minSyllables: number;
}

/** Syllable bigrams of a sentence: the concepts whose coverage is maximized. */
function concepts(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) out.add(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

/**
 * Budgeted concept coverage (Gillick & Favre 2009 objective, solved greedily as in Khuller et
 * al. 1999 / Lin & Bilmes 2010): a concept (syllable bigram) is worth the summed salience of
 * the sentences that state it, counted once however many chosen sentences repeat it, so
 * redundancy costs length and buys nothing. Greedy by gain / cost^r, then compared with the
 * best single sentence, which gives the (1 − 1/e)/2 guarantee for r = 1.
 */
export function selectByCoverage(
  cluster: PreparedCluster,
  scores: readonly number[],
  budget: Budget,
  params: CoverageParams,
): Selection {
  const sets = cluster.tokens.map(concepts);
  const weight = new Map<string, number>();
  sets.forEach((set, i) => {
    for (const c of set) weight.set(c, (weight.get(c) ?? 0) + (scores[i] ?? 0));
  });
  const eligible = cluster.sentences
    .map((s, i) => i)
    .filter((i) => {
      const s = cluster.sentences[i];
      return (
        s !== undefined && s.syllables >= params.minSyllables && s.syllables <= budget.maxSyllables
      );
    });
  const covered = new Set<string>();
  const gainOf = (i: number): number => {
    let g = params.scoreWeight * (scores[i] ?? 0);
    for (const c of sets[i] as Set<string>) if (!covered.has(c)) g += weight.get(c) ?? 0;
    return g;
  };
  const chosen: number[] = [];
  let used = 0;
  const left = new Set(eligible);
  while (left.size > 0 && chosen.length < budget.maxSentences) {
    let best = -1;
    let bestRatio = 0;
    for (const i of left) {
      const cost = cluster.sentences[i]?.syllables ?? 1;
      if (used + cost > budget.maxSyllables) continue;
      const ratio = gainOf(i) / cost ** params.costExponent;
      if (ratio > bestRatio || (ratio === bestRatio && best >= 0 && i < best)) {
        best = i;
        bestRatio = ratio;
      }
    }
    if (best < 0) break;
    left.delete(best);
    chosen.push(best);
    used += cluster.sentences[best]?.syllables ?? 0;
    for (const c of sets[best] as Set<string>) covered.add(c);
  }
  return { chosen, scores: chosen.map((i) => scores[i] ?? 0) };
}
