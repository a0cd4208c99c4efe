import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sentenceTokens } from "../src/summarize/prepare.ts";
import type { Budget, PreparedCluster, Selection, Summarizer } from "../src/summarize/types.ts";
import { countSyllables } from "../src/text/tokenize.ts";
import type { CleanDocument, Sentence } from "../src/types.ts";

/**
 * A prepared cluster built straight from sentences (one array per document, one paragraph per
 * document, no cleaning), so summarizer tests do not depend on the cleaning passes.
 */
export function preparedFromSentences(
  docs: readonly (readonly string[])[],
  id = "test",
): PreparedCluster {
  const documents: CleanDocument[] = docs.map((texts, d) => {
    const sentences: Sentence[] = texts.map((text, index) => ({
      text,
      doc: d,
      index,
      paragraph: 0,
      inParagraph: index,
      syllables: countSyllables(text),
    }));
    return { id: `d${d}`, title: "", paragraphs: [texts.join(" ")], sentences, removed: [] };
  });
  const sentences = documents.flatMap((d) => d.sentences);
  return { id, documents, sentences, tokens: sentences.map((s) => sentenceTokens(s.text)) };
}

/**
 * The index in `cluster.sentences` of the sentence `"D:I"` (document D, sentence I of it), or
 * -1: how tests of a prepared cluster name its sentences.
 */
export function sentenceAt(cluster: PreparedCluster, key: string): number {
  const [doc, index] = key.split(":").map(Number);
  return cluster.sentences.findIndex((s) => s.doc === doc && s.index === index);
}

const BUDGET: Budget = { maxSyllables: 200, maxSentences: Number.POSITIVE_INFINITY };

const NEWS = [
  [
    "Bão số 3 đổ bộ vào Quảng Ninh chiều qua với sức gió giật cấp 12.",
    "Hơn 5.000 hộ dân đã được sơ tán đến nơi an toàn trước khi bão vào.",
    "Mưa lớn kéo dài khiến nhiều tuyến đường ở Hạ Long bị ngập sâu.",
    "Chính quyền địa phương cho biết chưa có thiệt hại về người.",
  ],
  [
    "Chiều qua, bão số 3 đã đổ bộ vào tỉnh Quảng Ninh.",
    "Sức gió mạnh nhất vùng gần tâm bão đạt cấp 10, giật cấp 12.",
    "Hơn 5.000 hộ dân ở các huyện ven biển đã được sơ tán.",
  ],
  [
    "Bão số 3 gây mưa rất to ở các tỉnh Đông Bắc Bộ.",
    "Nhiều cây xanh bị quật đổ, một số khu vực bị mất điện.",
  ],
];

/** The reference every conformance case passes (only the oracle reads it). */
const REFERENCES = ["Bão số 3 đổ bộ vào Quảng Ninh, hơn 5.000 hộ dân đã được sơ tán."];

function check(summarizer: Summarizer, cluster: PreparedCluster, budget: Budget): Selection {
  const selection = summarizer.select(cluster, budget, { references: REFERENCES });
  const { chosen, scores } = selection;
  assert.equal(scores.length, chosen.length, "scores parallel to chosen");
  assert.equal(new Set(chosen).size, chosen.length, `no sentence twice: ${chosen}`);
  for (const i of chosen) {
    assert.ok(Number.isInteger(i) && i >= 0 && i < cluster.sentences.length, `index ${i} in range`);
  }
  for (const s of scores) assert.ok(Number.isFinite(s), `finite score ${s}`);
  const syllables = chosen.reduce((sum, i) => sum + (cluster.sentences[i]?.syllables ?? 0), 0);
  assert.ok(
    syllables <= budget.maxSyllables,
    `${syllables} syllables within ${budget.maxSyllables}`,
  );
  assert.ok(
    chosen.length <= budget.maxSentences,
    `${chosen.length} within ${budget.maxSentences} sentences`,
  );
  return selection;
}

/** The suite every summarizer must pass: odd inputs, duplicates, ties, and budgets. */
export function conformanceSuite(summarizer: Summarizer): void {
  describe(`summarizer conformance: ${summarizer.name}`, () => {
    it("returns nothing for a cluster without sentences", () => {
      assert.deepEqual(check(summarizer, preparedFromSentences([]), BUDGET).chosen, []);
      assert.deepEqual(check(summarizer, preparedFromSentences([[], []]), BUDGET).chosen, []);
    });
    it("takes the only sentence when it fits, and nothing when it does not", () => {
      const one = preparedFromSentences([["Bão số 3 đổ bộ vào Quảng Ninh."]]);
      assert.deepEqual(check(summarizer, one, BUDGET).chosen, [0]);
      assert.deepEqual(check(summarizer, one, { ...BUDGET, maxSyllables: 5 }).chosen, []);
    });
    it("never takes the same sentence text twice", () => {
      const s = "Hơn 5.000 hộ dân đã được sơ tán đến nơi an toàn.";
      const dup = preparedFromSentences([[s, "Bão số 3 đổ bộ vào Quảng Ninh."], [s], [s]]);
      const chosen = check(summarizer, dup, BUDGET).chosen;
      const texts = chosen.map((i) => dup.sentences[i]?.text);
      assert.equal(texts.filter((t) => t === s).length, 1, `one copy of the duplicate: ${texts}`);
    });
    it("breaks ties deterministically", () => {
      const tied = preparedFromSentences([["Bão đổ bộ."], ["Mưa rất to."], ["Gió giật mạnh."]]);
      const budget = { ...BUDGET, maxSyllables: 3 };
      const first = check(summarizer, tied, budget);
      assert.equal(first.chosen.length <= 1, true);
      assert.deepEqual(check(summarizer, tied, budget), first);
    });
    it("never exceeds the syllable or sentence budget", () => {
      const cluster = preparedFromSentences(NEWS);
      for (const maxSyllables of [0, 1, 10, 20, 35, 60, 1000]) {
        for (const maxSentences of [0, 1, 2, Number.POSITIVE_INFINITY]) {
          check(summarizer, cluster, { maxSyllables, maxSentences });
        }
      }
      assert.ok(check(summarizer, cluster, BUDGET).chosen.length > 0, "a roomy budget is used");
    });
  });
}
