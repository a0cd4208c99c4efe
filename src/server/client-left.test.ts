import assert from "node:assert/strict";
import { connect, type Socket } from "node:net";
import { describe, it } from "node:test";
import { TomtatError } from "../errors.ts";
import type { SummaryResult } from "../types.ts";
import { SUMMARIZE_BODY, slowDocuments } from "./fixture.ts";
import { type RunningServer, start } from "./start.ts";
import { getBytes as GET, postBytes, quietApp, recorder, until } from "./testing.ts";
import type { PoolState } from "./worker/pool.ts";

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
        queued.write(postBytes("/v1/summarize", SUMMARIZE_BODY)),
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
        body: SUMMARIZE_BODY,
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
    it(`${name}: logged 499, not sent`, { timeout: 60_000 }, async () => {
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
        body: SUMMARIZE_BODY,
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

/**
 * Opens a connection, sends `bytes` (if any) and resolves once `answers` responses have come back,
 * with the socket still open.
 */
function sendAndHold(port: number, bytes: string, answers: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      if (bytes !== "") socket.write(bytes);
      check();
    });
    let received = "";
    const check = () => {
      if ((received.match(/HTTP\/1\.1 \d{3} /g) ?? []).length >= answers) resolve(socket);
    };
    socket.on("data", (d) => {
      received += d.toString();
      check();
    });
    socket.on("error", () => {});
  });
}

/**
 * A request answered on a connection of its own: once it is, the server's event loop has been
 * through whatever reached it before the request was sent. Logged as GET /sync 404.
 */
async function roundTrip(server: RunningServer): Promise<void> {
  await (await fetch(`${server.url}/sync`)).text();
}

const RESET_MID_HEADERS =
  / - - 499 0ms the connection was reset before the request's headers were complete$/;

describe("a client that resets the connection (TCP RST)", () => {
  // [name, whole requests sent first and answered, bytes sent after, log lines of the connection]
  const rows: [name: string, whole: string[], after: string, logged: RegExp[]][] = [
    ["in the middle of the headers: a 499 line", [], "GET /heal", [RESET_MID_HEADERS]],
    [
      "in the middle of the headers after two whole requests, answered: a 499 line after theirs",
      [GET("/healthz"), GET("/openapi.json")],
      "GET /he",
      [/ GET \/healthz 200 /, / GET \/openapi\.json 200 /, RESET_MID_HEADERS],
    ],
    [
      "between requests: no line, no request was cut",
      [GET("/healthz")],
      "",
      [/ GET \/healthz 200 /],
    ],
  ];
  for (const [name, whole, after, logged] of rows) {
    it(name, { timeout: 60_000 }, async () => {
      const log = recorder();
      const server = await start({ port: 0, log: log.write, workers: 0 });
      try {
        const socket = await sendAndHold(server.port, whole.join(""), whole.length);
        if (after !== "") await new Promise((sent) => socket.write(after, sent));
        await roundTrip(server); // the server has read the bytes
        socket.resetAndDestroy();
        // Two round trips: the reset reached the server before the first was sent, so it has been
        // handled by the time the second is read.
        await roundTrip(server);
        await roundTrip(server);
        const own = log.lines.filter((l) => !l.includes(" GET /sync 404 "));
        assert.equal(own.length, logged.length, log.lines.join("\n"));
        logged.forEach((line, i) => {
          assert.match(own[i] ?? "", line);
        });
        assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      } finally {
        await server.close();
      }
    });
  }
});
