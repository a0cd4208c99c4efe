import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TomtatError } from "../../errors.ts";
import { createAbmusuScorer, pltrdySentences } from "./abmusu.ts";
import { lcsPositions } from "./lcs.ts";
import { createSyllableScorer } from "./syllable.ts";
import type { PRF, RougeScores } from "./types.ts";

/** Whitespace tokenization, so the cases test each recipe and not a segmenter. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const abmusu = createAbmusuScorer(words);
const syllable = createSyllableScorer(
  (s) => words(s.replace(/[.]/g, " ")),
  (text) => text.split(/(?<=\.)\s*/),
);

const close = (actual: PRF, expected: PRF, label: string) => {
  for (const k of ["p", "r", "f"] as const) {
    assert.ok(
      Math.abs(actual[k] - expected[k]) < 1e-6,
      `${label} ${k}: ${actual[k]} ≠ ${expected[k]}`,
    );
  }
};
const prf = (p: number, r: number): PRF => ({ p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) });
const expectScores = (actual: RougeScores, expected: [PRF, PRF, PRF], label: string) => {
  close(actual.rouge1, expected[0], `${label} R1`);
  close(actual.rouge2, expected[1], `${label} R2`);
  close(actual.rougeL, expected[2], `${label} RL`);
};

describe("pltrdySentences: cut at every '.' as pltrdy rouge 1.0.1", () => {
  const cases: [string, string[][]][] = [
    ["a b . c", [["a", "b"], ["c"]]],
    [
      "độ cao 4.000 m",
      [
        ["độ", "cao", "4"],
        ["000", "m"],
      ],
    ],
    ["a . . b .", [["a"], [""], ["b"]]],
    ["  a   b  ", [["a", "b"]]],
    ["...", []],
    ["", []],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => assert.deepEqual(pltrdySentences(input), expected));
  }
});

describe("lcsPositions", () => {
  const cases: [string, string, "left" | "up", number[]][] = [
    ["a b b c", "a a b", "left", [0, 2]],
    ["w1 w2 w3 w4 w5", "w1 w3 w8 w9 w5", "up", [0, 2, 4]],
    ["a b", "b a", "left", [1]],
    ["a b", "b a", "up", [0]],
    ["a b", "", "up", []],
  ];
  for (const [x, y, tie, expected] of cases) {
    it(`${x} | ${y} (${tie})`, () =>
      assert.deepEqual(lcsPositions(words(x), words(y), tie), expected));
  }
  it("refuses a table over its bound with E_TOO_LARGE, not an allocation that fails", () => {
    const long = Array.from({ length: 8000 }, (_, k) => `t${k}`);
    assert.throws(
      () => lcsPositions(long, long, "up"),
      (err: unknown) =>
        err instanceof TomtatError &&
        err.code === "E_TOO_LARGE" &&
        err.message.includes("reference sentence of 8000 tokens with a summary sentence of 8000"),
    );
  });
});

describe("abmusu mode (sets, union-LCS of words, 1e-8 in F)", () => {
  it("counts each distinct n-gram once", () => {
    // hyp {a, b} vs ref {a, b, c}; bigrams {aa, ab} vs {ab, bb, bc}; LCS "a b"
    expectScores(
      abmusu.score("a a b", ["a b b c"]),
      [prf(1, 2 / 3), prf(1 / 2, 1 / 3), prf(1, 2 / 3)],
      "sets",
    );
  });
  it("unions the LCS words over several sentences (Lin 2004 example)", () => {
    // LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5: union 4 of 5 ref words, 8 distinct hyp words
    const s = abmusu.score("w1 w2 w6 w7 w8 . w1 w3 w8 w9 w5", ["w1 w2 w3 w4 w5"]);
    close(s.rougeL, prf(4 / 8, 4 / 5), "RL");
  });
  it("takes the union once over all reference sentences", () => {
    // ref words chain a b a b: bigrams {ab, ba}, so R2 recall is 1/2; RL counts {a, b} once
    expectScores(
      abmusu.score("a b", ["a b . a b"]),
      [prf(1, 1), prf(1, 1 / 2), prf(1, 1)],
      "repeated",
    );
  });
  it("keeps pltrdy's bigrams across '.' and its empty word", () => {
    // hyp words a, "", b: unigrams {a, "", b}; bigrams {a·"", ""·b} share nothing with {a b}
    expectScores(
      abmusu.score("a . . b", ["a b"]),
      [prf(2 / 3, 1), prf(0, 0), prf(2 / 3, 1)],
      "quirk",
    );
  });
  it("scores an empty hypothesis 0", () => {
    for (const hyp of ["", "   ", "...", " . "]) {
      expectScores(
        abmusu.score(hyp, ["a b"]),
        [prf(0, 0), prf(0, 0), prf(0, 0)],
        JSON.stringify(hyp),
      );
    }
  });
  it("lowercases and averages several references", () => {
    // ref 1: P 2/3 R 1; ref 2: P 2/3 R 2/3 → mean of P, R and F
    const s = abmusu.score("A b C", ["a b", "b c d"]);
    assert.ok(Math.abs(s.rouge1.p - 2 / 3) < 1e-6 && Math.abs(s.rouge1.r - 5 / 6) < 1e-6);
    assert.ok(Math.abs(s.rouge1.f - (0.8 + 2 / 3) / 2) < 1e-6, `${s.rouge1.f}`);
  });
});

describe("syllable mode (clipped counts, ROUGE-1.5.5)", () => {
  it("clips repeated n-grams by their reference count", () => {
    // hyp a:2 b:1, ref a:1 b:2 c:1 → 2 hits of 3 and 4; bigrams 1 of 2 and 3; LCS a b
    expectScores(
      syllable.score("a a b", ["a b b c"]),
      [prf(2 / 3, 2 / 4), prf(1 / 2, 1 / 3), prf(2 / 3, 2 / 4)],
      "counts",
    );
  });
  it("unions LCS hits over hypothesis sentences (Lin 2004 example)", () => {
    const s = syllable.score("w1 w2 w6 w7 w8. w1 w3 w8 w9 w5.", ["w1 w2 w3 w4 w5."]);
    close(s.rougeL, prf(4 / 10, 4 / 5), "RL");
  });
  it("does not count a hypothesis token twice across reference sentences", () => {
    // second ref sentence finds a, b again, but the hypothesis has one of each
    close(syllable.score("a b", ["a b. a b."]).rougeL, prf(1, 2 / 4), "RL");
  });
  it("pools several references (ROUGE-1.5.5 -f A)", () => {
    // R1: hits 2 + 2 of 2 + 3 ref and 3 + 3 hyp; R2: 1 + 1 of 1 + 2 and 2 + 2; RL like R1
    expectScores(
      syllable.score("a b c", ["a b", "b c d"]),
      [prf(4 / 6, 4 / 5), prf(2 / 4, 2 / 3), prf(4 / 6, 4 / 5)],
      "pooled",
    );
  });
  it("scores an empty hypothesis 0", () => {
    for (const hyp of ["", "  ", "."]) {
      expectScores(
        syllable.score(hyp, ["a b"]),
        [prf(0, 0), prf(0, 0), prf(0, 0)],
        JSON.stringify(hyp),
      );
    }
  });
});
