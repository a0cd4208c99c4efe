import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { conformanceSuite, preparedFromSentences } from "../../../../test/conformance.ts";
import { TomtatError } from "../../../errors.ts";
import type { Budget } from "../../types.ts";
import { cosine, tfidfVectors } from "../../vectors.ts";
import { anchor, leadSentences } from "./anchor.ts";
import { centroid } from "./centroid.ts";
import { firstK } from "./first-k.ts";
import { MAX_GRAPH_SENTENCES } from "./graph-size.ts";
import { baselines } from "./index.ts";
import { lead, roundRobin } from "./lead.ts";
import { lexrank } from "./lexrank.ts";
import { selectMmr } from "./mmr.ts";
import { oracle } from "./oracle.ts";
import { pagerank } from "./pagerank.ts";
import { textrank, textrankSimilarity } from "./textrank.ts";

for (const summarizer of baselines) conformanceSuite(summarizer);

const budget = (maxSyllables: number): Budget => ({
  maxSyllables,
  maxSentences: Number.POSITIVE_INFINITY,
});
const near = (a: number, b: number, label = "") =>
  assert.ok(Math.abs(a - b) < 1e-9, `${label} ${a} ≠ ${b}`);

/** Documents of 3, 1 and 2 sentences: indices 0 1 2 | 3 | 4 5. */
const THREE = preparedFromSentences([
  ["Một hai ba.", "Bốn năm.", "Sáu."],
  ["Bảy tám chín mười."],
  ["Mưa to.", "Gió lớn."],
]);

describe("round-robin lead and first-k", () => {
  it("orders first sentences, then second ones, …", () => {
    assert.deepEqual(roundRobin(THREE), [0, 3, 4, 1, 5, 2]);
    assert.deepEqual(roundRobin(THREE, 1), [0, 3, 4]);
  });
  it("skips what does not fit and goes on (syllables 3 2 1 | 4 | 2 2)", () => {
    assert.deepEqual(lead.select(THREE, budget(7)).chosen, [0, 3]);
    // 0 (3), not 3 (4), 4 (2) → 5, not 1 or 5 (2), 2 (1) → 6
    assert.deepEqual(lead.select(THREE, budget(6)).chosen, [0, 4, 2]);
    assert.deepEqual(lead.select(THREE, { maxSyllables: 100, maxSentences: 2 }).chosen, [0, 3]);
  });
  it("starts after a lead paragraph given apart (AbMuSu anchor_text)", () => {
    const cluster = preparedFromSentences([["Tóm tắt đầu bài.", "Câu thân bài."], ["Câu khác."]]);
    (cluster.documents[0] as { lead?: string }).lead = "Tóm tắt đầu bài.";
    assert.deepEqual(roundRobin(cluster), [1, 2]);
  });
  it("first-k takes two per document, in document order", () => {
    assert.deepEqual(firstK.select(THREE, budget(100)).chosen, [0, 1, 3, 4, 5]);
  });
});

describe("anchor", () => {
  it("takes the sentences of the given lead, or else the first paragraph", () => {
    const cluster = preparedFromSentences([
      ["Câu một.", "Câu hai.", "Câu ba."],
      ["Đầu.", "Sau."],
    ]);
    (cluster.documents[0] as { lead?: string }).lead = "Câu một. Câu hai.";
    (cluster.sentences[4] as { paragraph: number }).paragraph = 1;
    assert.deepEqual(leadSentences(cluster), [0, 1, 3]);
    assert.deepEqual(leadSentences(cluster, false), [0, 1]);
    assert.deepEqual(anchor.select(cluster, budget(100)).chosen, [0, 1, 3]);
  });
});

describe("vectors and graphs", () => {
  it("weights tf · (ln((1 + N) / (1 + df)) + 1) and takes the cosine", () => {
    const [a, b] = tfidfVectors([
      ["x", "y"],
      ["x", "z"],
    ]);
    const shared = 1; // ln(3/3) + 1
    const own = Math.log(3 / 2) + 1;
    near(
      cosine(a as never, b as never),
      (shared * shared) / (shared * shared + own * own),
      "cosine",
    );
    near(cosine(a as never, a as never), 1, "self");
  });
  it("TextRank similarity = shared / (ln|a| + ln|b|)", () => {
    near(
      textrankSimilarity(new Set(["a", "b", "c"]), new Set(["b", "c", "d", "e"])),
      2 / Math.log(12),
    );
    near(textrankSimilarity(new Set(["a"]), new Set(["a"])), 0, "one-word sentences");
  });
  it("PageRank of a star (d = 0.85): centre 0.135/0.2775", () => {
    const star = Float64Array.from([0, 1, 1, 1, 0, 0, 1, 0, 0]);
    const p = pagerank(star, 3, { tolerance: 1e-12, maxIterations: 1000 });
    near(p[0] as number, 0.135 / 0.2775, "centre");
    near(p[1] as number, (1 - 0.135 / 0.2775) / 2, "leaf");
    assert.deepEqual(Array.from(pagerank(new Float64Array(4), 2)), [0.5, 0.5]);
  });
});

describe("MMR", () => {
  it("prefers a novel sentence over a more relevant near-copy", () => {
    // λ = 0.7: after 0, sentence 1 scores .7·.95 − .3·.9 = .395, sentence 2 .7·.6 = .42
    const cluster = preparedFromSentences([["Một hai.", "Ba bốn.", "Năm sáu."]]);
    const sim = (i: number, j: number) => (i + j === 1 ? 0.9 : 0);
    assert.deepEqual(selectMmr(cluster, budget(4), [1, 0.95, 0.6], sim, 0.7).chosen, [0, 2]);
  });
});

describe("centroid", () => {
  it("keeps one of two near-identical central sentences", () => {
    const cluster = preparedFromSentences([
      ["Bão số 3 đổ bộ vào Quảng Ninh chiều qua.", "Bão số 3 đổ bộ vào Quảng Ninh chiều nay."],
      ["Bão số 3 gây mưa lớn ở Quảng Ninh.", "Giá vàng tăng."],
    ]);
    const chosen = centroid.select(cluster, budget(100)).chosen;
    assert.equal(chosen.filter((i) => i < 2).length, 1, `${chosen}`);
  });
});

describe("oracle", () => {
  it("reads the references and stops when ROUGE-2 would fall", () => {
    const cluster = preparedFromSentences([
      ["Mưa to ở Hà Nội.", "Bão số 3 đổ bộ vào Quảng Ninh."],
      ["Giá vàng tăng mạnh."],
    ]);
    const references = ["Bão số 3 đổ bộ vào Quảng Ninh chiều qua."];
    assert.deepEqual(oracle.select(cluster, budget(100), { references }).chosen, [1]);
    assert.deepEqual(oracle.select(cluster, budget(100)).chosen, []);
    assert.equal(oracle.needsReferences, true);
  });
});

describe("graph baselines refuse clusters over MAX_GRAPH_SENTENCES", () => {
  const sentences = Array.from({ length: MAX_GRAPH_SENTENCES + 1 }, (_, i) => `Câu số ${i}.`);
  const huge = preparedFromSentences([sentences.slice(0, 2), sentences.slice(2)]);
  for (const method of [lexrank, textrank]) {
    it(method.name, () => {
      assert.throws(
        () => method.select(huge, budget(250)),
        (e: unknown) =>
          e instanceof TomtatError &&
          e.code === "E_TOO_LARGE" &&
          e.message.includes(`${MAX_GRAPH_SENTENCES + 1} sentences`),
      );
    });
  }
  it("centroid, linear, still summarizes it", () => {
    assert.ok(centroid.select(huge, budget(20)).chosen.length > 0);
  });
});
