/**
 * `npm run bench:server`: autocannon against `tomtat serve` on 127.0.0.1 (a random free port), the
 * fixed 3-article cluster of src/server/fixture.ts, 10,000 requests. The server runs in a child
 * process so load generator and server do not share an event loop; its RSS (main thread and
 * summarize worker threads together) is read through IPC after a forced GC of the main heap.
 * "Before" is after 1,000 warm-up requests, once the workers' heaps have reached their working
 * size; the RSS at start is reported too, and how long a summarize worker took to start (the cost
 * of stopping one: docs/server.md). Exits 1 on any error or when RSS grows by 50 MB or more over
 * the 10,000 requests.
 */
import { fork } from "node:child_process";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { SUMMARIZE_BODY } from "../src/server/fixture.ts";
import { start } from "../src/server/start.ts";

const REQUESTS = 10_000;
const WARMUP = 1000;
const CONNECTIONS = 10;
const MAX_GROWTH_MB = 50;

type Message = { port: number } | { rss: number; heap: number; startupMs: number };

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: { p50: number; p99: number; average: number; max: number; totalCount: number };
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

if (process.argv.includes("--child")) await child();
else await parent();

/** The server side: listen, report the port, answer RSS requests. */
async function child(): Promise<void> {
  const server = await start({ port: 0, log: () => {} });
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on("message", (m) => {
    if (m === "rss") {
      gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      const startupMs = server.workers()?.startupMs ?? 0;
      process.send?.({ rss, heap: heapUsed, startupMs } satisfies Message);
    } else if (m === "stop") {
      server.close().then(() => process.exit(0));
    }
  });
  process.send?.({ port: server.port } satisfies Message);
}

async function parent(): Promise<void> {
  const proc = fork(fileURLToPath(import.meta.url), ["--child"], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = () =>
    new Promise<Message>((resolve) => proc.once("message", (m) => resolve(m as Message)));
  const memory = async () => {
    const answer = next();
    proc.send("rss");
    const m = (await answer) as { rss: number; heap: number; startupMs: number };
    return { rss: m.rss / 2 ** 20, heap: m.heap / 2 ** 20, startupMs: m.startupMs };
  };

  const { port } = (await next()) as { port: number };
  const url = `http://127.0.0.1:${port}/v1/summarize`;
  const body = SUMMARIZE_BODY;
  const request = { url, method: "POST", headers: { "content-type": "application/json" }, body };

  const atStart = await memory();
  const warm = await autocannon({ ...request, connections: CONNECTIONS, amount: WARMUP });
  const before = await memory();
  const run = await autocannon({ ...request, connections: CONNECTIONS, amount: REQUESTS });
  const after = await memory();
  proc.send("stop");

  const errors = (r: AutocannonResult) => r.errors + r.timeouts + r.non2xx;
  const growth = after.rss - before.rss;
  const completed = run.latency.totalCount;
  const report = {
    command: "npm run bench:server",
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
    cluster: `3 articles, ${Buffer.byteLength(body)} bytes of JSON`,
    connections: CONNECTIONS,
    requests: completed,
    requestsPerSecond: Math.round(completed / run.duration),
    latencyMs: {
      p50: run.latency.p50,
      p99: run.latency.p99,
      average: run.latency.average,
      max: run.latency.max,
    },
    errors: errors(run) + errors(warm),
    rssMB: {
      atStart: round(atStart.rss),
      afterWarmup: round(before.rss),
      after10k: round(after.rss),
      growth: round(growth),
      growthSinceStart: round(after.rss - atStart.rss),
    },
    heapUsedMB: { afterWarmup: round(before.heap), after10k: round(after.heap) },
    workerStartupMs: before.startupMs,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  const failures: string[] = [];
  if (report.errors > 0) failures.push(`${report.errors} requests failed`);
  if (completed < REQUESTS) failures.push(`only ${completed} of ${REQUESTS} requests completed`);
  if (growth >= MAX_GROWTH_MB)
    failures.push(`RSS grew by ${round(growth)} MB (limit ${MAX_GROWTH_MB})`);
  if (failures.length > 0) {
    process.stderr.write(`bench:server: FAIL: ${failures.join("; ")}\n`);
    process.exitCode = 1;
  }
}

function round(mb: number): number {
  return Math.round(mb * 10) / 10;
}
