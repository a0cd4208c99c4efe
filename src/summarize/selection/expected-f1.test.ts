import assert from "node:assert/strict";
import { test } from "node:test";
import type { Budget, PreparedCluster } from "../types.ts";
import { selectExpectedF1 } from "./expected-f1.ts";

/** A cluster of one document whose sentences have the given syllable counts. */
function clusterOf(syllables: number[]): PreparedCluster {
  const sentences = syllables.map((n, i) => ({
    text: `Câu số ${i}.`,
    doc: 0,
    index: i,
    paragraph: i,
    inParagraph: 0,
    syllables: n,
  }));
  return {
    id: "c",
    documents: [{ id: "d", title: "t", paragraphs: [], sentences, removed: [] }],
    sentences,
    tokens: sentences.map((_, i) => ["câu", "số", String(i)]),
  };
}

const OPEN: Budget = { maxSyllables: 1000, maxSentences: Number.POSITIVE_INFINITY };

interface Case {
  name: string;
  syllables: number[];
  concepts: number[][];
  probability: number[];
  expectedGold: number;
  budget?: Partial<Budget>;
  candidates?: number[];
  /** Pairs of sentences that paraphrase each other (the redundancy test holds for them only). */
  paraphrases?: [number, number][];
  /** A candidate and the sentences that, once all in the summary, restate it together. */
  restatedBy?: [candidate: number, summary: number[]][];
  /** A candidate and the sentence it waits for (not offered until that one is chosen). */
  waitsFor?: [candidate: number, needed: number][];
  chosen: number[];
}

const CASES: Case[] = [
  {
    name: "stops when a further sentence would lower the expected F1",
    syllables: [10, 10],
    concepts: [
      [0, 1],
      [2, 3],
    ],
    probability: [0.9, 0.9, 0.05, 0.05],
    expectedGold: 2,
    chosen: [0],
  },
  {
    name: "a larger expected gold summary makes the same sentence worth adding",
    syllables: [10, 10],
    concepts: [
      [0, 1],
      [2, 3],
    ],
    probability: [0.9, 0.9, 0.05, 0.05],
    expectedGold: 100,
    chosen: [0, 1],
  },
  {
    name: "the best sentence first, whatever its position",
    syllables: [10, 10, 10],
    concepts: [
      [0, 1],
      [2, 3],
      [4, 5],
    ],
    probability: [0.2, 0.2, 0.9, 0.8, 0.5, 0.5],
    expectedGold: 100,
    chosen: [1, 2, 0],
  },
  {
    name: "a sentence whose concepts are all covered adds nothing and is not taken",
    syllables: [10, 10, 10],
    concepts: [[0, 1], [0, 1], [2]],
    probability: [0.9, 0.9, 0.5],
    expectedGold: 100,
    chosen: [0, 2],
  },
  {
    name: "a sentence over the remaining budget is skipped, a shorter one still fits",
    syllables: [30, 30, 10],
    concepts: [[0], [1], [2]],
    probability: [0.9, 0.8, 0.5],
    expectedGold: 100,
    budget: { maxSyllables: 45 },
    chosen: [0, 2],
  },
  {
    name: "the sentence limit holds",
    syllables: [10, 10, 10],
    concepts: [[0], [1], [2]],
    probability: [0.9, 0.8, 0.7],
    expectedGold: 100,
    budget: { maxSentences: 2 },
    chosen: [0, 1],
  },
  {
    name: "only candidates are offered",
    syllables: [10, 10, 10],
    concepts: [[0], [1], [2]],
    probability: [0.9, 0.8, 0.7],
    expectedGold: 100,
    candidates: [1, 2],
    chosen: [1, 2],
  },
  {
    name: "a paraphrase of a chosen sentence is dropped even when it adds new concepts",
    syllables: [10, 10, 10],
    concepts: [[0, 1], [0, 2], [3]],
    probability: [0.9, 0.9, 0.9, 0.5],
    expectedGold: 100,
    paraphrases: [[0, 1]],
    chosen: [0, 2],
  },
  {
    name: "a sentence the summary restates as a whole is dropped even when it adds new concepts",
    syllables: [10, 10, 10, 10],
    concepts: [[0], [1], [2, 3], [4]],
    probability: [0.9, 0.85, 0.4, 0.4, 0.3],
    expectedGold: 100,
    restatedBy: [[2, [0, 1]]],
    chosen: [0, 1, 3],
  },
  {
    name: "a restatement needs the whole summary: one of its sources is not enough",
    syllables: [10, 10, 10],
    concepts: [[0], [1, 2], [3]],
    probability: [0.9, 0.4, 0.4, 0.2],
    expectedGold: 100,
    budget: { maxSentences: 2 },
    restatedBy: [[1, [0, 2]]],
    chosen: [0, 1],
  },
  {
    name: "without waiting, the sentence of the highest gain goes first",
    syllables: [10, 10, 10],
    concepts: [[0], [1, 2], [3]],
    probability: [0.6, 0.9, 0.9, 0.5],
    expectedGold: 3,
    chosen: [1, 0, 2],
  },
  {
    name: "a sentence that waits for another is offered once that one is chosen",
    syllables: [10, 10, 10],
    concepts: [[0], [1, 2], [3]],
    probability: [0.6, 0.9, 0.9, 0.5],
    expectedGold: 3,
    waitsFor: [[1, 0]],
    chosen: [0, 1, 2],
  },
  {
    name: "a sentence waiting for one that is no candidate is never chosen",
    syllables: [10, 10, 10],
    concepts: [[0], [1, 2], [3]],
    probability: [0.6, 0.9, 0.9, 0.5],
    expectedGold: 3,
    candidates: [1, 2],
    waitsFor: [[1, 0]],
    chosen: [2],
  },
  {
    name: "nothing to choose from gives an empty selection",
    syllables: [],
    concepts: [],
    probability: [],
    expectedGold: 100,
    chosen: [],
  },
];

for (const c of CASES) {
  test(`expected-F1 selection: ${c.name}`, () => {
    const cluster = clusterOf(c.syllables);
    const selection = selectExpectedF1(
      cluster,
      {
        sentenceConcepts: c.concepts.map((ids) => Int32Array.from(ids)),
        probability: c.probability,
      },
      { ...OPEN, ...c.budget },
      {
        expectedGold: c.expectedGold,
        candidates: c.candidates ?? c.syllables.map((_, i) => i),
        scores: c.syllables.map((_, i) => i / 10),
        repeats: (candidate, summary) => {
          const newest = summary[summary.length - 1];
          const paraphrase = c.paraphrases?.some(
            ([x, y]) => (x === candidate && y === newest) || (x === newest && y === candidate),
          );
          const restated = c.restatedBy?.some(
            ([x, by]) => x === candidate && by.every((i) => summary.includes(i)),
          );
          return paraphrase === true || restated === true;
        },
        waits: (candidate, summary) =>
          c.waitsFor?.some(([x, needed]) => x === candidate && !summary.includes(needed)) === true,
      },
    );
    assert.deepEqual(selection.chosen, c.chosen);
    assert.deepEqual(
      selection.scores,
      c.chosen.map((i) => i / 10),
    );
  });
}

/** The selection as first written: every open candidate's concepts summed at every step. */
function reference(
  cluster: PreparedCluster,
  concepts: Int32Array[],
  probability: number[],
  budget: Budget,
  expectedGold: number,
  candidates: number[],
  repeats: (candidate: number, summary: readonly number[]) => boolean,
  waits: (candidate: number, summary: readonly number[]) => boolean,
): number[] {
  const covered = new Uint8Array(probability.length);
  const chosen: number[] = [];
  const open = new Set(candidates);
  let mass = 0;
  let size = 0;
  let used = 0;
  let current = 0;
  while (chosen.length < budget.maxSentences) {
    let best = -1;
    let bestF = current;
    for (const i of open) {
      const syllables = cluster.sentences[i]?.syllables ?? 0;
      if (syllables === 0 || used + syllables > budget.maxSyllables) continue;
      if (waits(i, chosen)) continue;
      let gain = 0;
      let added = 0;
      for (const c of concepts[i] ?? []) {
        if (covered[c]) continue;
        gain += probability[c] as number;
        added++;
      }
      if (added === 0) continue;
      const f = (2 * (mass + gain)) / (size + added + expectedGold);
      if (f > bestF) {
        bestF = f;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    open.delete(best);
    for (const i of open) if (repeats(i, chosen)) open.delete(i);
    used += cluster.sentences[best]?.syllables ?? 0;
    for (const c of concepts[best] ?? []) {
      if (covered[c]) continue;
      covered[c] = 1;
      mass += probability[c] as number;
      size++;
    }
    current = bestF;
  }
  return chosen;
}

test("expected-F1 selection: the kept gains choose what summing every step chose, ties and waits included", () => {
  let s = 7;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  for (let round = 0; round < 40; round++) {
    const n = 20 + Math.floor(next() * 300);
    const conceptCount = 10 + Math.floor(next() * 400);
    // probabilities from a few values, so that sums tie
    const probability = Array.from(
      { length: conceptCount },
      () => [0.1, 0.2, 0.3, 0.7][Math.floor(next() * 4)] as number,
    );
    const concepts = Array.from({ length: n }, () =>
      Int32Array.from(
        new Set(
          Array.from({ length: Math.floor(next() * 12) }, () =>
            Math.floor(next() ** 2 * conceptCount),
          ),
        ),
      ),
    );
    const cluster = clusterOf(Array.from({ length: n }, () => Math.floor(next() * 30)));
    const budget = {
      maxSyllables: [50, 500, 100_000][round % 3] as number,
      maxSentences: round % 5 === 0 ? 7 : Number.POSITIVE_INFINITY,
    };
    const candidates = Array.from({ length: n }, (_, i) => i).filter(() => next() < 0.9);
    // a candidate repeats the newest pick when both hold concept 0 or 1, or their ids are 17 apart;
    // one with an odd id waits for the summary to hold 3 sentences
    const repeats = (i: number, summary: readonly number[]) => {
      const j = summary[summary.length - 1] as number;
      const holds = (k: number, c: number) => (concepts[k] as Int32Array).includes(c);
      return (holds(i, 0) && holds(j, 0)) || (holds(i, 1) && holds(j, 1)) || Math.abs(i - j) === 17;
    };
    const waits = (i: number, summary: readonly number[]) => i % 2 === 1 && summary.length < 3;
    const expectedGold = 5 + next() * 200;
    const expected = reference(
      cluster,
      concepts,
      probability,
      budget,
      expectedGold,
      candidates,
      repeats,
      waits,
    );
    const related = (pick: number) => candidates.filter((i) => repeats(i, [pick]));
    for (const withRelated of [false, true]) {
      const selection = selectExpectedF1(
        cluster,
        { sentenceConcepts: concepts, probability },
        budget,
        {
          expectedGold,
          candidates,
          repeats,
          waits,
          related: withRelated ? related : undefined,
        },
      );
      assert.deepEqual(selection.chosen, expected, `round ${round}, related ${withRelated}`);
    }
  }
});
