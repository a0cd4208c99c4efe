import { pointsBack as opensPointingBack } from "../../text/back-reference.ts";
import { followsInSource } from "../source-order.ts";
import type { PreparedCluster } from "../types.ts";
import { cosine, fitTfidf, type SparseVector, terms, vectorize } from "../vectors.ts";

/**
 * The least TF-IDF cosine between a sentence's source antecedent and a summary sentence for the
 * latter to stand in for it. Hand-set: at .3 and above the pairs read in the three data sets
 * tell the same fact (two outlets' versions of one sentence, or of one event).
 */
export const ANTECEDENT_SIMILARITY = 0.3;

/** The source sentence just before sentence `i` in its document, or undefined for a first one. */
export function sourcePredecessor(cluster: PreparedCluster, i: number): number | undefined {
  return followsInSource(cluster.sentences[i - 1], cluster.sentences[i]) ? i - 1 : undefined;
}

const pointsBack = (cluster: PreparedCluster, i: number): boolean =>
  opensPointingBack(cluster.sentences[i]?.text ?? "");

/** Sentences put after a stand-in for their antecedent: follower → stand-in. */
type Attached = Map<number, number>;

/**
 * `b` must stay right after `a`: it is `a`'s source successor and points back, or it was
 * attached to `a`.
 */
function glued(
  cluster: PreparedCluster,
  attached: Attached,
  a: number | undefined,
  b: number | undefined,
): boolean {
  if (a === undefined || b === undefined) return false;
  return attached.get(b) === a || (sourcePredecessor(cluster, b) === a && pointsBack(cluster, b));
}

/** `i` inserted at position `at` of `list` (which lacks it) keeps its document's source order. */
function keepsSourceOrder(cluster: PreparedCluster, list: number[], i: number, at: number) {
  const s = cluster.sentences[i];
  return list.every((j, k) => {
    const o = cluster.sentences[j];
    if (!s || !o || o.doc !== s.doc) return true;
    return k < at ? o.index < s.index : o.index > s.index;
  });
}

/** `list` with `moving` put just after (`side` 1) or just before (`side` 0) `target`, if allowed. */
function move(
  cluster: PreparedCluster,
  attached: Attached,
  list: readonly number[],
  moving: number,
  target: number,
  side: 0 | 1,
): number[] | undefined {
  const from = list.indexOf(moving);
  if (glued(cluster, attached, list[from - 1], moving)) return undefined;
  if (glued(cluster, attached, moving, list[from + 1])) return undefined;
  const rest = list.filter((j) => j !== moving);
  const at = rest.indexOf(target) + side;
  if (!keepsSourceOrder(cluster, rest, moving, at)) return undefined;
  if (glued(cluster, attached, rest[at - 1], rest[at])) return undefined;
  rest.splice(at, 0, moving);
  return rest;
}

/**
 * Moves a sentence that points back (`Đây là …`, `Nhưng việc này …`; text/back-reference.ts
 * `pointsBack`) and does not follow its source antecedent to just after the summary sentence
 * most like that antecedent — another outlet's version of it, usually — when their TF-IDF
 * cosine is at least ANTECEDENT_SIMILARITY. When that would break its document's source order, the sentence like
 * the antecedent moves to just before it instead. No move splits a glued pair (a sentence and
 * its source successor that points back, or a pair this function made), and none changes the
 * opening sentence, unless from one that points back to one that does not. `order`: indices
 * into `cluster.sentences`, as the merge ordered them; returns the new order.
 */
export function attachToAntecedents(cluster: PreparedCluster, order: readonly number[]): number[] {
  let out = [...order];
  const attached: Attached = new Map();
  let model: ReturnType<typeof fitTfidf> | undefined;
  const vectors = new Map<number, SparseVector>();
  const vector = (i: number): SparseVector => {
    model ??= fitTfidf(cluster.tokens.map((t) => terms(t)));
    let v = vectors.get(i);
    if (!v) {
      v = vectorize(model, terms(cluster.tokens[i] ?? []));
      vectors.set(i, v);
    }
    return v;
  };
  for (const i of order) {
    const antecedent = sourcePredecessor(cluster, i);
    const before = out[out.indexOf(i) - 1];
    if (antecedent === undefined || before === antecedent || !pointsBack(cluster, i)) continue;
    let best: number | undefined;
    let bestSimilarity = ANTECEDENT_SIMILARITY;
    for (const j of out) {
      const similarity = j === i ? 0 : cosine(vector(antecedent), vector(j));
      if (similarity >= bestSimilarity) {
        best = j;
        bestSimilarity = similarity;
      }
    }
    if (best === undefined || before === best) continue;
    const moved =
      move(cluster, attached, out, i, best, 1) ?? move(cluster, attached, out, best, i, 0);
    // The opening was chosen (order/index.ts); it changes only from one that points back to one
    // that does not.
    const opening = (list: number[]) => pointsBack(cluster, list[0] as number);
    if (moved && (moved[0] === out[0] || (opening(out) && !opening(moved)))) {
      out = moved;
      attached.set(i, best);
    }
  }
  return out;
}
