import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as tomtat from "../src/index.ts";

/** Each public text tool, called as a JavaScript caller might get it wrong. */
const TOOLS: [string, (arg: unknown) => unknown, RegExp][] = [
  ["normalizeText", (a) => tomtat.normalizeText(a as string), /^text must be a string/],
  ["normalizeTones", (a) => tomtat.normalizeTones(a as string), /^text must be a string/],
  ["comparisonKey", (a) => tomtat.comparisonKey(a as string), /^text must be a string/],
  ["splitSentences", (a) => tomtat.splitSentences(a as string), /^text must be a string/],
  ["splitParagraph", (a) => tomtat.splitParagraph(a as string), /^paragraph must be a string/],
  ["cleanArticle (title)", (a) => tomtat.cleanArticle(a as string, "Thân bài."), /^title must/],
  ["cleanArticle (body)", (a) => tomtat.cleanArticle("Tiêu đề", a as string), /^body must/],
  ["isByline", (a) => tomtat.isByline(a as string), /^line must be a string/],
  ["tokenize", (a) => tomtat.tokenize(a as string), /^text must be a string/],
  ["countSyllables", (a) => tomtat.countSyllables(a as string), /^text must be a string/],
  ["segment", (a) => tomtat.segment(a as string), /^text must be a string/],
  ["segmentTokens", (a) => tomtat.segmentTokens(a as string[]), /^tokens must be an array/],
  ["htmlToText", (a) => tomtat.htmlToText(a as string), /^html must be a string/],
  ["markdownToText", (a) => tomtat.markdownToText(a as string), /^markdown must be a string/],
];
const WRONG: [string, unknown, string][] = [
  ["null", null, "null"],
  ["undefined", undefined, "undefined"],
  ["a number", 5, "number"],
  ["an object", {}, "object"],
];

describe("public text tools refuse a wrong argument with E_SCHEMA", () => {
  for (const [name, call, message] of TOOLS) {
    for (const [what, value, kind] of WRONG) {
      it(`${name} given ${what}`, () =>
        assert.throws(
          () => call(value),
          (err: unknown) =>
            err instanceof tomtat.TomtatError &&
            err.code === "E_SCHEMA" &&
            message.test(err.message) &&
            err.message.endsWith(`got ${kind}`),
        ));
    }
  }

  it("segmentTokens names the element that is not a string", () =>
    assert.throws(
      () => tomtat.segmentTokens(["Hà", 5 as unknown as string]),
      (err: unknown) =>
        err instanceof tomtat.TomtatError &&
        err.message === "tokens[1] must be a string, got number",
    ));

  it("the same tools still work on strings", () => {
    assert.deepEqual(tomtat.segment("Hà Nội mưa to"), ["Hà_Nội", "mưa", "to"]);
    assert.deepEqual(tomtat.segmentTokens(["Hà", "Nội"]), ["Hà_Nội"]);
    assert.equal(tomtat.normalizeTones("hòa"), tomtat.normalizeTones("hoà"));
    assert.equal(tomtat.countSyllables("Hà Nội mưa to."), 4);
  });
});

describe("the other public entry points refuse malformed arguments with a code", () => {
  const cases: [string, () => unknown, string, string][] = [
    [
      "createScorer with an unknown mode",
      () => tomtat.createScorer("bleu" as tomtat.RougeMode),
      "E_OPTION",
      'mode must be one of abmusu, syllable, got "bleu"',
    ],
    [
      "a scorer given null references",
      () => tomtat.createScorer("syllable").score("Hà Nội mưa", null as unknown as string[]),
      "E_SCHEMA",
      "references must be an array of strings, got null",
    ],
    [
      "a scorer given a numeric hypothesis",
      () => tomtat.createScorer("syllable").score(5 as unknown as string, ["Hà Nội"]),
      "E_SCHEMA",
      "hypothesis must be a string, got number",
    ],
    [
      "evaluateDataset without options",
      () => tomtat.evaluateDataset(null as unknown as tomtat.EvalDatasetOptions),
      "E_SCHEMA",
      "options.dataset must be a string, got undefined",
    ],
    [
      "readCluster given one path as a string",
      () => tomtat.readCluster("examples/cluster" as unknown as string[]),
      "E_SCHEMA",
      "paths must be an array of strings, got string",
    ],
    [
      "checkCluster given null",
      () => tomtat.checkCluster(null as unknown as tomtat.Cluster, tomtat.DEFAULT_LIMITS),
      "E_SCHEMA",
      "expected a cluster with a documents array",
    ],
    [
      "checkCluster given a document without a body",
      () =>
        tomtat.checkCluster(
          { id: "c", documents: [{ id: "1", title: "Tin" }] } as unknown as tomtat.Cluster,
          tomtat.DEFAULT_LIMITS,
        ),
      "E_SCHEMA",
      'document 1: "body" must be a string, got undefined',
    ],
  ];
  for (const [what, call, code, message] of cases) {
    it(what, () =>
      assert.throws(
        call,
        (err: unknown) =>
          err instanceof tomtat.TomtatError && err.code === code && err.message === message,
      ),
    );
  }
});
