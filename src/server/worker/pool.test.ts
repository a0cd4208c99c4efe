import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { withoutMarks } from "../../../test/fixtures.ts";
import { TomtatError } from "../../errors.ts";
import { summarize } from "../../summarize/index.ts";
import type { Cluster } from "../../types.ts";
import { ARTICLES, slowDocuments } from "../fixture.ts";
import { WorkerPool } from "./pool.ts";

const small: Cluster = {
  id: "nho",
  documents: ARTICLES.map((a, i) => ({ id: String(i), title: a.title, body: a.text })),
};
const slow: Cluster = {
  id: "cham",
  documents: slowDocuments().map((d, i) => ({ id: String(i), title: d.title, body: d.text })),
};
const isCode = (code: string) => (err: unknown) => err instanceof TomtatError && err.code === code;

describe("WorkerPool", () => {
  const pool = new WorkerPool(1);
  after(() => pool.close());

  it("summarizes on a worker thread with the library's result", async () => {
    const result = await pool.run(small, { maxSentences: 2 }, 10_000);
    const direct = summarize(small, { maxSentences: 2 });
    assert.deepEqual(result.sentences, direct.sentences);
    assert.equal(result.summary, direct.summary);
  });

  it("returns the library's errors with their code, field and hint", async () => {
    await assert.rejects(pool.run(small, { maxSyllables: -1 }, 10_000), isCode("E_OPTION"));
    const empty: Cluster = { id: "documents", documents: [{ id: "1", title: "", body: " " }] };
    await assert.rejects(pool.run(empty, {}, 10_000), (err: unknown) => {
      assert.ok(isCode("E_EMPTY")(err));
      assert.equal((err as TomtatError).where, "documents");
      assert.match((err as Error).message, /^documents: /);
      return true;
    });
    const unmarked: Cluster = {
      ...small,
      documents: small.documents.map((d) => ({ ...d, body: withoutMarks(d.body) })),
    };
    await assert.rejects(pool.run(unmarked, {}, 10_000), (err: unknown) => {
      assert.ok(isCode("E_NOT_VIETNAMESE")(err));
      assert.equal((err as TomtatError).hint, "unmarked-vietnamese");
      return true;
    });
  });

  it("stops a job at its time limit, then serves the next one on a fresh worker", async () => {
    const started = performance.now();
    await assert.rejects(pool.run(slow, {}, 200), (err: unknown) => {
      assert.ok(isCode("E_TIMEOUT")(err));
      assert.match((err as Error).message, /while summarizing/);
      return true;
    });
    assert.ok(performance.now() - started < 3000, "rejected near the limit, not when the job ends");
    const result = await pool.run(small, {}, 10_000);
    assert.ok(result.sentences.length > 0);
  });

  it("times out a job still waiting for a busy worker", async () => {
    const busy = pool.run(slow, {}, 400);
    await assert.rejects(pool.run(small, {}, 100), (err: unknown) => {
      assert.ok(isCode("E_TIMEOUT")(err));
      assert.match((err as Error).message, /waiting for a worker/);
      return true;
    });
    await assert.rejects(busy, isCode("E_TIMEOUT"));
  });

  it("refuses work once closed", async () => {
    const closed = new WorkerPool(1);
    await closed.close();
    await assert.rejects(closed.run(small, {}, 1000), isCode("E_INTERNAL"));
  });
});
