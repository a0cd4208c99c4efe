import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { TomtatError } from "../../errors.ts";
import {
  DATASETS,
  loadDataset,
  parseEvalJsonl,
  referencesOf,
  resolveDataset,
  sharedRoots,
} from "./index.ts";

const doc = (title: string, text: string) => ({ title, anchor_text: `${title}.`, raw_text: text });

describe("referencesOf", () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ summary: " Bão vào bờ. " }, ["Bão vào bờ."]],
    [{ summaries: ["Một.", "Hai."] }, ["Một.", "Hai."]],
    [{ summaries: ["Một.", "  "], summary: "bỏ qua" }, ["Một."]],
  ];
  for (const [raw, expected] of cases) {
    it(JSON.stringify(raw), () => assert.deepEqual(referencesOf(raw, "x"), expected));
  }
  it("refuses records without references", () => {
    const noWord = [{ summary: "  ...  " }, { summaries: ["—", "?!"] }];
    for (const raw of [{}, { summary: 3 }, { summaries: "a" }, { summaries: [""] }, ...noWord]) {
      assert.throws(() => referencesOf(raw, "x"), TomtatError, JSON.stringify(raw));
    }
  });
});

describe("parseEvalJsonl", () => {
  it("reads AbMuSu and generic lines through the project's JSONL reader", () => {
    const text = [
      JSON.stringify({ single_documents: [doc("Bão số 3", "Bão đổ bộ.")], summary: "Bão đổ bộ." }),
      "",
      JSON.stringify({
        id: "c7",
        single_documents: [doc("Mưa", "Mưa to.")],
        summaries: ["A.", "B."],
      }),
    ].join("\n");
    const clusters = parseEvalJsonl(text, "t.jsonl");
    assert.deepEqual(
      clusters.map((c) => [c.id, c.documents.length, c.documents[0]?.lead, c.references]),
      [
        ["1", 1, "Bão số 3.", ["Bão đổ bộ."]],
        ["c7", 1, "Mưa.", ["A.", "B."]],
      ],
    );
  });
  it("refuses a cluster id given twice, naming both lines", () => {
    const line = (id: string) =>
      JSON.stringify({ id, single_documents: [doc("Mưa", "Mưa to.")], summary: "Mưa to." });
    assert.throws(
      () => parseEvalJsonl([line("c1"), line("c2"), line("c1")].join("\n"), "t.jsonl"),
      (err: unknown) =>
        err instanceof TomtatError &&
        err.code === "E_SCHEMA" &&
        err.message === 't.jsonl:3: cluster id "c1" is also on line 1',
    );
  });
  it("names the line of a record without references", () => {
    const text = JSON.stringify({ single_documents: [doc("T", "Văn bản.")] });
    assert.throws(() => parseEvalJsonl(text, "t.jsonl"), /t\.jsonl:1/);
  });
});

describe("resolveDataset", () => {
  it("refuses an unknown name that is no path, listing the names", () => {
    assert.throws(
      () => resolveDataset("abmusu-test"),
      /abmusu-train, abmusu-validation, vietnamese-mds/,
    );
  });
  it("says where it looked for a named set that is absent, and that a path works", () => {
    assert.throws(
      () => resolveDataset("abmusu-train", ["/nonexistent"]),
      /datasets\/abmusu\/train\.jsonl in \/nonexistent\); or give --dataset the path of a JSONL file/,
    );
  });
});

const shared = sharedRoots().find((root) =>
  existsSync(`${root}/datasets/${DATASETS["abmusu-validation"]}`),
);

describe("named data sets in ../shared", {
  skip: shared ? false : "../shared/datasets not present",
}, () => {
  it("loads AbMuSu train and validation with one reference per cluster", () => {
    for (const [name, n] of [
      ["abmusu-train", 200],
      ["abmusu-validation", 100],
    ] as const) {
      const set = loadDataset(name);
      assert.equal(set.clusters.length, n, name);
      assert.ok(set.clusters.every((c) => c.references.length === 1 && c.documents.length >= 2));
    }
  });
  it("loads VietnameseMDS: 199 clusters in numeric order, two references each", () => {
    const set = loadDataset("vietnamese-mds");
    assert.equal(set.clusters.length, 199);
    assert.deepEqual(
      set.clusters.slice(0, 3).map((c) => c.id),
      ["cluster_1", "cluster_2", "cluster_3"],
    );
    assert.ok(set.clusters.every((c) => c.references.length === 2));
  });
});
