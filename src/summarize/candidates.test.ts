import assert from "node:assert/strict";
import { test } from "node:test";
import { TomtatError } from "../errors.ts";
import { countSyllables } from "../text/tokenize.ts";
import type { Document } from "../types.ts";
import { summarize } from "./index.ts";
import type { SummarizeOptions } from "./types.ts";

/** A question of 7 syllables, two statements of 14 and 16, and an English sentence (foreign). */
const Q = "Tại sao giá xăng lại tăng mạnh?";
const Q2 = "Bao giờ giá xăng mới giảm trở lại?";
const S1 = "Giá xăng trong nước tăng thêm năm trăm đồng mỗi lít từ chiều nay.";
const S2 = "Nhiều cửa hàng ở Đà Nẵng đông người xếp hàng chờ đổ xăng từ sáng sớm.";
const EN = "The minister said fuel prices would fall next month.";

const doc = (body: string, extra: Partial<Document> = {}): Document => ({
  id: "a",
  title: "Giá xăng tăng",
  body,
  ...extra,
});

const refused = (shortest: string, budget: number, method = "tomtat") =>
  `no sentence fits in the budget of ${budget} syllables: the shortest sentence of the cluster that method ${method} may choose has ${countSyllables(shortest)}, and sentences are never cut; raise maxSyllables (--max-syllables)`;

interface Case {
  name: string;
  documents: Document[];
  options: SummarizeOptions;
  /** The summary, and how many sentences the method may choose; or the E_OPTION message. */
  expect: { summary: string; candidates: number } | { error: string };
}

const CASES: Case[] = [
  // Fault 1: only a foreign sentence fits; it can never be chosen.
  {
    name: "only a foreign sentence fits the budget",
    documents: [doc(`${EN} ${S1} ${S2}`)],
    options: { maxSyllables: 10 },
    expect: { error: refused(S1, 10) },
  },
  {
    name: "a foreign sentence is no candidate",
    documents: [doc(`${EN} ${S1} ${S2}`)],
    options: {},
    expect: { summary: `${S1} ${S2}`, candidates: 2 },
  },
  // Fault 3: only a question fits; while the cluster has statements it is no candidate.
  {
    name: "only a question fits the budget",
    documents: [doc(`${Q} ${S1} ${S2}`)],
    options: { maxSyllables: 7 },
    expect: { error: refused(S1, 7) },
  },
  {
    name: "a question is no candidate while statements remain",
    documents: [doc(`${Q} ${S1} ${S2}`)],
    options: {},
    expect: { summary: `${S1} ${S2}`, candidates: 2 },
  },
  {
    name: "a cluster of questions only is summarized by its questions",
    documents: [doc(`${Q} ${Q2}`)],
    options: {},
    expect: { summary: `${Q} ${Q2}`, candidates: 2 },
  },
  {
    name: "the baselines take what they are given: lead takes the question that fits",
    documents: [doc(`${Q} ${S1} ${S2}`)],
    options: { maxSyllables: 7, method: "lead" },
    expect: { summary: Q, candidates: 3 },
  },
  // Fault 2: a lead that the body opens with is the body's opening, told once.
  {
    name: "lead: a lead equal to the body",
    documents: [doc(`${S1} ${S2}`, { lead: `${S1} ${S2}` })],
    options: { method: "lead" },
    expect: { summary: `${S1} ${S2}`, candidates: 2 },
  },
  {
    name: "lead: a lead equal to the body's first sentence",
    documents: [doc(`${S1} ${S2}`, { lead: S1 })],
    options: { method: "lead" },
    expect: { summary: `${S1} ${S2}`, candidates: 2 },
  },
  {
    name: "first-k: a lead equal to the body's first sentence",
    documents: [doc(`${S1} ${S2}`, { lead: S1 })],
    options: { method: "first-k", maxSyllables: 15 },
    expect: { summary: S1, candidates: 2 },
  },
  {
    name: "lead: a lead given apart is not the article's text",
    documents: [doc(S2, { lead: S1 })],
    options: { method: "lead" },
    expect: { summary: S2, candidates: 1 },
  },
  {
    name: "lead: a lead given apart and no budget for the body",
    documents: [doc(S2, { lead: S1 })],
    options: { method: "lead", maxSyllables: 15 },
    expect: { error: refused(S2, 15, "lead") },
  },
  {
    name: "lead: a document with nothing but its lead is told by it",
    documents: [doc("", { lead: `${S1} ${S2}` })],
    options: { method: "lead" },
    expect: { summary: `${S1} ${S2}`, candidates: 2 },
  },
  {
    name: "anchor: the lead given apart",
    documents: [doc(S2, { lead: S1 })],
    options: { method: "anchor" },
    expect: { summary: S1, candidates: 1 },
  },
];

for (const c of CASES) {
  test(`candidates and budget: ${c.name}`, () => {
    const run = () => summarize({ id: "x", documents: c.documents }, c.options);
    const { expect } = c;
    if ("error" in expect) {
      assert.throws(run, (e: unknown) => {
        assert.ok(e instanceof TomtatError, `${c.name}: ${String(e)}`);
        assert.equal(e.code, "E_OPTION", c.name);
        assert.equal(e.message, expect.error, c.name);
        return true;
      });
      return;
    }
    const result = run();
    assert.equal(result.summary, expect.summary, c.name);
    assert.equal(result.stats.candidates, expect.candidates, c.name);
  });
}
