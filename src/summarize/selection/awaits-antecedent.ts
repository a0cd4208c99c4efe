import { needsAntecedent } from "../../text/back-reference.ts";
import { ANTECEDENT_SIMILARITY, sourcePredecessor } from "../order/antecedents.ts";
import type { PreparedCluster } from "../types.ts";

/**
 * The `waits` test of the expected-F1 selection: a sentence that opens pointing back at its
 * source predecessor (`Đây là …`, `Điều này …`, `Ông cũng cho biết …`; `startsDependent`, read
 * after a connective the assembly would drop), details it (`Trong đó, …`, `Cụ thể, …`), has a
 * demonstrative as its subject (`Đây cũng là …`) or speaks in the first person without naming
 * its speaker (`Theo tôi, …`; `needsAntecedent`) is offered only once the summary holds that
 * predecessor or another outlet's version of it (`similarity` at least ANTECEDENT_SIMILARITY,
 * the threshold the ordering uses to put it after that version). Without this, the summary may
 * hold `Đây là lần thứ hai …` with nothing before it that `đây` names.
 * A document's first sentence never waits. `similarity(i, j)`: the TF-IDF cosine of two
 * sentences, as the redundancy test computes it.
 */
export function awaitsAntecedent(
  cluster: PreparedCluster,
  similarity: (i: number, j: number) => number,
): (candidate: number, summary: readonly number[]) => boolean {
  /** Antecedent of each sentence that waits; null for one that does not. */
  const antecedents = new Map<number, number | null>();
  /** How many summary sentences have been compared with each waiting sentence's antecedent. */
  const checked = new Map<number, number>();
  const antecedentOf = (i: number): number | null => {
    let a = antecedents.get(i);
    if (a === undefined) {
      const text = cluster.sentences[i]?.text ?? "";
      const before = sourcePredecessor(cluster, i);
      a = before !== undefined && needsAntecedent(text) ? before : null;
      antecedents.set(i, a);
    }
    return a;
  };
  return (candidate, summary) => {
    const a = antecedentOf(candidate);
    if (a === null) return false;
    for (let k = checked.get(candidate) ?? 0; k < summary.length; k++) {
      const j = summary[k] as number;
      if (j === a || similarity(a, j) >= ANTECEDENT_SIMILARITY) {
        antecedents.set(candidate, null);
        return false;
      }
    }
    checked.set(candidate, summary.length);
    return true;
  };
}
