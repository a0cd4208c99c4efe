import { parentPort } from "node:worker_threads";
import { TomtatError } from "../../errors.ts";
import { summarizeDocuments } from "../documents.ts";
import { ARTICLES } from "../fixture.ts";
import type { FromWorker, Job, WireError } from "./protocol.ts";

/** Worker thread body: reads and summarizes one job at a time, replies with the result or the error. */
const port = parentPort;
if (!port) throw new Error("summarize-worker must run in a worker thread");

port.on("message", (job: Job) => {
  let reply: FromWorker;
  try {
    const result = summarizeDocuments(job.documents, job.maxTextChars, job.options);
    reply = { id: job.id, ok: true, result };
  } catch (err) {
    reply = { id: job.id, ok: false, error: serialize(err) };
  }
  port.postMessage(reply);
});

// The library loads its models on first use (about 90 ms): a summary of the fixture does that now,
// before the worker says it is ready, so no request's time pays for it. A worker that cannot
// summarize (a missing model) says so instead, and the pool gives its waiting requests that error.
try {
  summarizeDocuments(ARTICLES, Number.POSITIVE_INFINITY, { maxSentences: 1 });
  port.postMessage({ ready: true } satisfies FromWorker);
} catch (err) {
  port.postMessage({ ready: false, error: serialize(err) } satisfies FromWorker);
}

function serialize(err: unknown): WireError {
  if (err instanceof TomtatError) {
    const prefix = err.where === undefined ? "" : `${err.where}: `;
    const message = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
    return {
      code: err.code,
      message,
      ...(err.where !== undefined && { where: err.where }),
      ...(err.hint !== undefined && { hint: err.hint }),
    };
  }
  if (err instanceof Error)
    return { message: err.message, ...(err.stack !== undefined && { stack: err.stack }) };
  return { message: String(err) };
}
