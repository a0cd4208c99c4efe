import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { withoutMarks } from "../../../test/fixtures.ts";
import { TomtatError } from "../../errors.ts";
import { summarize } from "../../summarize/index.ts";
import { type RequestDocument, readDocuments } from "../documents.ts";
import { ClientClosed } from "../errors.ts";
import { ARTICLE_HTML, ARTICLES, slowDocuments } from "../fixture.ts";
import { type PoolState, WorkerPool } from "./pool.ts";

const MAX_TEXT = 1_000_000;
const small: RequestDocument[] = ARTICLES.map((a, i) => ({ id: String(i), ...a }));
const slow: RequestDocument[] = slowDocuments();
/** A stand-in worker script, so that a worker's start-up can be held or broken on purpose. */
const script = (code: string) => new URL(`data:text/javascript,${encodeURIComponent(code)}`);
const isCode = (code: string) => (err: unknown) => err instanceof TomtatError && err.code === code;

describe("WorkerPool", () => {
  const pool = new WorkerPool(1);
  after(() => pool.close());

  it("reads and summarizes on a worker thread with the library's result", async () => {
    const result = await pool.run(small, MAX_TEXT, { maxSentences: 2 }, 10_000);
    const direct = summarize(readDocuments(small, MAX_TEXT), { maxSentences: 2 });
    assert.deepEqual(result.sentences, direct.sentences);
    assert.equal(result.summary, direct.summary);
    const page = await pool.run(
      [{ html: ARTICLE_HTML }, small[0] as RequestDocument],
      MAX_TEXT,
      {},
      10_000,
    );
    assert.match(page.documents[0]?.title ?? "", /Cầu Phú Lộc thông xe/, "HTML is extracted there");
  });

  it("returns the reading's and the library's errors with their code, field and hint", async () => {
    await assert.rejects(
      pool.run(small, MAX_TEXT, { maxSyllables: -1 }, 10_000),
      isCode("E_OPTION"),
    );
    await assert.rejects(pool.run([{ text: " " }], MAX_TEXT, {}, 10_000), (err: unknown) => {
      assert.ok(isCode("E_EMPTY")(err));
      assert.equal((err as TomtatError).where, "documents[0].text");
      assert.match((err as Error).message, /^documents\[0\]\.text: /);
      return true;
    });
    await assert.rejects(pool.run([{ html: "<p> </p>" }], MAX_TEXT, {}, 10_000), (err: unknown) => {
      assert.equal((err as TomtatError).where, "documents[0].html");
      return isCode("E_EMPTY")(err);
    });
    await assert.rejects(pool.run(small, 100, {}, 10_000), isCode("E_TOO_LARGE"));
    const unmarked = small.map((d) => ({ ...d, text: withoutMarks(d.text ?? "") }));
    await assert.rejects(pool.run(unmarked, MAX_TEXT, {}, 10_000), (err: unknown) => {
      assert.ok(isCode("E_NOT_VIETNAMESE")(err));
      assert.equal((err as TomtatError).hint, "unmarked-vietnamese");
      return true;
    });
  });

  it("stops a job at its time limit, then serves the next one on a fresh worker", async () => {
    const started = performance.now();
    await assert.rejects(pool.run(slow, MAX_TEXT, {}, 200), (err: unknown) => {
      assert.ok(isCode("E_TIMEOUT")(err));
      assert.match((err as Error).message, /while reading and summarizing/);
      return true;
    });
    assert.ok(performance.now() - started < 3000, "rejected near the limit, not when the job ends");
    // The replacement is already starting, before any request asks for it.
    const { started: workers, starting, idle } = pool.state();
    assert.deepEqual({ workers, live: starting + idle }, { workers: 2, live: 1 });
    const result = await pool.run(small, MAX_TEXT, {}, 10_000);
    assert.ok(result.sentences.length > 0);
    assert.equal(pool.state().started, 2, "the next job ran on that replacement");
  });

  it("times out a job still waiting for a busy worker", async () => {
    const busy = pool.run(slow, MAX_TEXT, {}, 400);
    await assert.rejects(pool.run(small, MAX_TEXT, {}, 100), (err: unknown) => {
      assert.ok(isCode("E_TIMEOUT")(err));
      assert.match((err as Error).message, /waiting for a worker/);
      return true;
    });
    await assert.rejects(busy, isCode("E_TIMEOUT"));
  });

  it("times out a job waiting for a worker that is still starting, and keeps that worker", async () => {
    const stalled = new WorkerPool(1, script("setInterval(() => {}, 1 << 30);"));
    try {
      await assert.rejects(stalled.run(small, MAX_TEXT, {}, 20), (err: unknown) => {
        assert.ok(isCode("E_TIMEOUT")(err));
        assert.match((err as Error).message, /waiting for a worker \(1 starting\)/);
        return true;
      });
      assert.deepEqual(stalled.state(), {
        ...{ starting: 1, idle: 0, busy: 0, queued: 0, started: 1 },
        ...{ sent: 0, startupMs: 0 },
      });
    } finally {
      await stalled.close();
    }
  });

  // A worker that cannot load the library fails the jobs waiting for it, and is not restarted in
  // a loop: the next job tries once more.
  const broken: [name: string, code: string, expected: (err: unknown) => boolean][] = [
    [
      "says it cannot run",
      `import { parentPort } from "node:worker_threads";
       parentPort.postMessage({ ready: false, error: { code: "E_MODEL", message: "no scorer" } });
       setInterval(() => {}, 1 << 30);`,
      (err) => isCode("E_MODEL")(err) && /no scorer/.test((err as Error).message),
    ],
    [
      "throws while loading",
      'throw new Error("cannot load the library");',
      (err) => err instanceof Error && /cannot load the library/.test(err.message),
    ],
  ];
  for (const [name, code, expected] of broken) {
    it(`a worker that ${name} fails the waiting jobs without a restart loop`, async () => {
      const failing = new WorkerPool(1, script(code));
      try {
        await assert.rejects(failing.run(small, MAX_TEXT, {}, 10_000), expected);
        assert.deepEqual(failing.state(), {
          ...{ starting: 0, idle: 0, busy: 0, queued: 0, started: 1 },
          ...{ sent: 0, startupMs: 0 },
        });
        await assert.rejects(failing.run(small, MAX_TEXT, {}, 10_000), expected);
        assert.equal(failing.state().started, 2);
      } finally {
        await failing.close();
      }
    });
  }

  /**
   * Workers that start in turn, the first `failing` of them unable to (each claims a token file),
   * the others ready after 200 ms and answering every job with the summary "ok".
   */
  const flaky = (failing: number, dir: string) =>
    script(`import { parentPort } from "node:worker_threads";
      import { openSync } from "node:fs";
      const claimed = () => {
        for (let i = 0; i < ${failing}; i++) {
          try { openSync(${JSON.stringify(dir)} + "/" + i, "wx"); return true; } catch {}
        }
        return false;
      };
      if (claimed()) {
        parentPort.postMessage({ ready: false, error: { code: "E_MODEL", message: "no scorer" } });
      } else {
        parentPort.on("message", (job) =>
          parentPort.postMessage({ id: job.id, ok: true, result: { summary: "ok" } }));
        setTimeout(() => parentPort.postMessage({ ready: true }), 200);
      }`);
  // [name, pool size, workers that fail to start, what each of `size` jobs sent at once gets]
  const starts: [name: string, size: number, failing: number, outcomes: string[]][] = [
    ["one of three fails while two still start", 3, 1, ["ok", "ok", "ok"]],
    ["two of three fail while one still starts", 3, 2, ["ok", "ok", "ok"]],
    ["both of two fail", 2, 2, ["E_MODEL", "E_MODEL"]],
  ];
  for (const [name, size, failing, outcomes] of starts) {
    it(`queued jobs wait for the workers still starting: ${name} → ${outcomes}`, async () => {
      const tokens = mkdtempSync(join(tmpdir(), "tomtat-pool-"));
      const pool = new WorkerPool(size, flaky(failing, tokens));
      try {
        const jobs = outcomes.map(() =>
          pool.run(small, MAX_TEXT, {}, 10_000).then(
            (r) => r.summary,
            (e: unknown) => (e instanceof TomtatError ? e.code : String(e)),
          ),
        );
        assert.deepEqual(await Promise.all(jobs), outcomes);
        assert.equal(pool.state().started, size, "no worker restarted in a loop");
      } finally {
        await pool.close();
        rmSync(tokens, { recursive: true, force: true });
      }
    });
  }

  /**
   * A worker ready after `readyMs` that answers a job with its first document's text as the
   * summary, after `replyMs`; a job whose text is "hold" runs until the worker is stopped.
   */
  const echo = (readyMs: number, replyMs: number) =>
    script(`import { parentPort } from "node:worker_threads";
      parentPort.on("message", (job) => {
        const text = job.documents[0].text;
        const reply = () => parentPort.postMessage({ id: job.id, ok: true, result: { summary: text } });
        if (text !== "hold") setTimeout(reply, ${replyMs});
      });
      setTimeout(() => parentPort.postMessage({ ready: true }), ${readyMs});`);
  const job = (text: string): RequestDocument[] => [{ text }];
  const jobs = ({ busy, queued, sent }: PoolState) => ({ busy, queued, sent });
  const left = (ending: string) => (err: unknown) =>
    err instanceof ClientClosed && err.message.endsWith(ending);

  it("drops a queued job whose client left unrun, and stops a running one a start-up later", {
    timeout: 60_000,
  }, async () => {
    const pool = new WorkerPool(1, echo(0, 0));
    try {
      await pool.warm();
      const runningClient = new AbortController();
      const running = pool.run(job("hold"), MAX_TEXT, {}, 60_000, runningClient.signal);
      const queuedClient = new AbortController();
      const queued = pool.run(job("queued"), MAX_TEXT, {}, 60_000, queuedClient.signal);
      assert.deepEqual(jobs(pool.state()), { busy: 1, queued: 1, sent: 1 });
      queuedClient.abort();
      await assert.rejects(queued, left("while the job waited for a worker; it was never run"));
      await assert.rejects(
        pool.run(job("gone"), MAX_TEXT, {}, 60_000, AbortSignal.abort()),
        left("it was never run"),
      );
      assert.deepEqual(jobs(pool.state()), { busy: 1, queued: 0, sent: 1 });
      runningClient.abort();
      const { startupMs } = pool.state();
      const stopped = `the worker was stopped ${startupMs} ms later (a worker's start-up)`;
      await assert.rejects(running, left(`while the job ran; ${stopped}`));
      assert.equal(pool.state().started, 2, "the stopped worker was replaced");
      assert.equal((await pool.run(job("next"), MAX_TEXT, {}, 60_000)).summary, "next");
      assert.equal(pool.state().sent, 2, "only the held job and the next one reached a worker");
    } finally {
      await pool.close();
    }
  });

  it("lets a running job whose client left finish within a worker's start-up", {
    timeout: 60_000,
  }, async () => {
    const pool = new WorkerPool(1, echo(1000, 50));
    try {
      await pool.warm();
      assert.ok(pool.state().startupMs >= 1000, `start-up measured: ${pool.state().startupMs}`);
      const client = new AbortController();
      const running = pool.run(job("short"), MAX_TEXT, {}, 60_000, client.signal);
      client.abort();
      assert.equal((await running).summary, "short");
      assert.deepEqual(pool.state(), {
        ...{ starting: 0, idle: 1, busy: 0, queued: 0, started: 1, sent: 1 },
        startupMs: pool.state().startupMs,
      });
    } finally {
      await pool.close();
    }
  });

  it("fails the jobs it runs and holds when it closes, and leaves no timer behind", async () => {
    const pool = new WorkerPool(1, echo(0, 0));
    await pool.warm();
    const running = pool.run(job("hold"), MAX_TEXT, {}, 60_000);
    const queued = pool.run(job("queued"), MAX_TEXT, {}, 60_000);
    assert.deepEqual(jobs(pool.state()), { busy: 1, queued: 1, sent: 1 });
    const closing = (err: unknown) =>
      isCode("E_INTERNAL")(err) && (err as Error).message === "the server is closing";
    const outcomes = [assert.rejects(running, closing), assert.rejects(queued, closing)];
    await pool.close();
    await Promise.all(outcomes);
    // The jobs' 60 s limits are cleared: nothing of the pool keeps the process.
    assert.deepEqual(
      process.getActiveResourcesInfo().filter((r) => r === "Timeout"),
      [],
    );
  });

  it("tells a job whose client left when it closes that the server closed, as a client that left", async () => {
    // A start-up of 300 ms: the job's grace after its client left outlasts the close.
    const pool = new WorkerPool(1, echo(300, 0));
    await pool.warm();
    const client = new AbortController();
    const running = pool.run(job("hold"), MAX_TEXT, {}, 60_000, client.signal);
    const outcome = assert.rejects(running, left("the connection closed as the server closed"));
    client.abort();
    await pool.close();
    await outcome;
  });

  it("refuses work once closed", async () => {
    const closed = new WorkerPool(1);
    await closed.close();
    await assert.rejects(closed.run(small, MAX_TEXT, {}, 1000), isCode("E_INTERNAL"));
  });
});
