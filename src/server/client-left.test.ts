import assert from "node:assert/strict";
import { connect } from "node:net";
import { describe, it } from "node:test";
import { TomtatError } from "../errors.ts";
import type { SummaryResult } from "../types.ts";
import { ARTICLES, slowDocuments } from "./fixture.ts";
import { start } from "./start.ts";
import { postBytes, quietApp, recorder, until } from "./testing.ts";
import type { PoolState } from "./worker/pool.ts";

const SMALL = JSON.stringify({
  documents: ARTICLES.map((a) => ({ title: a.title, text: a.text })),
});
/** About 10 s of summarizing on one worker (965,000 characters, within the default limits). */
const SLOW = JSON.stringify({ documents: slowDocuments(50, 240) });
const jobs = (s: PoolState | undefined) => s && { busy: s.busy, queued: s.queued, sent: s.sent };

describe("a client that leaves after sending its body", () => {
  it("has its queued job dropped unrun and its running job stopped; the server serves on", {
    timeout: 120_000,
  }, async () => {
    const log = recorder();
    const server = await start({ port: 0, log: log.write, workers: 1, timeoutMs: 120_000 });
    try {
      const slowClient = new AbortController();
      const slow = fetch(`${server.url}/v1/summarize`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: SLOW,
        signal: slowClient.signal,
      }).catch((err: unknown) => err);
      await until(() => server.workers()?.busy === 1);
      const queued = connect(server.port, "127.0.0.1", () =>
        queued.write(postBytes("/v1/summarize", SMALL)),
      );
      queued.on("error", () => {});
      await until(() => server.workers()?.queued === 1);
      queued.destroy();
      await log.until((lines) => lines.length === 1);
      assert.match(
        log.lines[0] ?? "",
        / POST \/v1\/summarize 499 \d+ms the connection closed while the job waited for a worker; it was never run$/,
      );
      assert.deepEqual(jobs(server.workers()), { busy: 1, queued: 0, sent: 1 });

      slowClient.abort();
      assert.equal(((await slow) as Error).name, "AbortError");
      await log.until((lines) => lines.length === 2);
      assert.match(
        log.lines[1] ?? "",
        / POST \/v1\/summarize 499 \d+ms the connection closed while the job ran; the worker was stopped \d+ ms later \(a worker's start-up\)$/,
      );
      assert.equal(server.workers()?.started, 2, "the stopped worker was replaced");

      const next = await fetch(`${server.url}/v1/summarize`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: SMALL,
      });
      assert.equal(next.status, 200);
      assert.match(((await next.json()) as { summary: string }).summary, /Phú Lộc/);
      assert.equal(
        server.workers()?.sent,
        2,
        "the slow job and the next one ran, not the dropped one",
      );
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      assert.equal(log.lines.length, 4, log.lines.join("\n"));
    } finally {
      await server.close();
    }
  });
});

describe("a client that leaves while its summary is made, in-process", () => {
  // [name, what the engine does once the client has left]
  const rows: [name: string, outcome: () => SummaryResult][] = [
    ["the summary is made all the same", () => ({ summary: "xong" }) as SummaryResult],
    [
      "the job then fails (its time limit)",
      () => {
        throw new TomtatError("E_TIMEOUT", "the request's time limit ran out");
      },
    ],
  ];
  for (const [name, outcome] of rows) {
    it(`${name}: logged 499, not sent`, async () => {
      const client = new AbortController();
      const { app, lines } = quietApp({
        engine: {
          summarize: async (_documents, _options, _ms, signal) => {
            client.abort();
            assert.equal(signal?.aborted, true, "the engine gets the request's signal");
            return outcome();
          },
        },
      });
      const res = await app.request("/v1/summarize", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: SMALL,
        signal: client.signal,
      });
      assert.equal(res.status, 499);
      assert.equal(await res.text(), "");
      assert.equal(lines.length, 1, lines.join("\n"));
      assert.match(
        lines[0] ?? "",
        / POST \/v1\/summarize 499 \d+ms the connection closed while the summary was made; it was not sent$/,
      );
    });
  }
});
