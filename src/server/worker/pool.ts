import { Worker } from "node:worker_threads";
import { TomtatError } from "../../errors.ts";
import type { SummarizeOptions } from "../../summarize/types.ts";
import type { SummaryResult } from "../../types.ts";
import type { RequestDocument } from "../documents.ts";
import type { Job, Reply } from "./protocol.ts";

/** The worker script beside this module: TypeScript from src/ (run through tsx) or compiled JS from dist/. */
const COMPILED = import.meta.url.endsWith(".js");
const SCRIPT = new URL(`./summarize-worker.${COMPILED ? "js" : "ts"}`, import.meta.url);
/** Workers do not inherit tsx's loader hooks, so each one registers them before loading the script. */
const TSX_API = import.meta.resolve("tsx/esm/api");

interface Pending {
  job: Job;
  timeoutMs: number;
  resolve(result: SummaryResult): void;
  reject(err: unknown): void;
  timer?: NodeJS.Timeout;
  done?: boolean;
}

interface Slot {
  worker: Worker;
  current?: Pending;
}

/**
 * Runs summarization (with the reading of the documents) on worker threads so that a request can
 * be stopped at its time limit: a job
 * still running (or still queued) when its time is up is rejected with E_TIMEOUT and its worker is
 * terminated and later replaced. The event loop stays free for other requests meanwhile.
 */
export class WorkerPool {
  readonly #size: number;
  readonly #script: URL;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #closed = false;

  constructor(size: number, script: URL = SCRIPT) {
    this.#size = size;
    this.#script = script;
  }

  /** Starts every worker now, so the first requests do not pay for loading the library. */
  warm(): void {
    while (this.#slots.length < this.#size) this.#spawn();
  }

  /** Reads `documents` and summarizes them on a worker; E_TIMEOUT past `timeoutMs`. */
  run(
    documents: readonly RequestDocument[],
    maxTextChars: number,
    options: SummarizeOptions,
    timeoutMs: number,
  ): Promise<SummaryResult> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(new TomtatError("E_INTERNAL", "the worker pool is closed"));
      const pending: Pending = {
        job: { id: this.#nextId++, documents, maxTextChars, options },
        timeoutMs,
        resolve,
        reject,
      };
      const started = performance.now();
      pending.timer = setTimeout(() => this.#expire(pending, started), Math.max(0, timeoutMs));
      this.#queue.push(pending);
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const p of this.#queue.splice(0))
      this.#settle(p, new TomtatError("E_INTERNAL", "the server is closing"));
    await Promise.all(this.#slots.splice(0).map((s) => s.worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const slot =
        this.#slots.find((s) => !s.current) ??
        (this.#slots.length < this.#size ? this.#spawn() : undefined);
      if (!slot) return;
      const pending = this.#queue.shift() as Pending;
      slot.current = pending;
      slot.worker.postMessage(pending.job);
    }
  }

  #spawn(): Slot {
    const script = JSON.stringify(this.#script.href);
    const boot = this.#script.href.endsWith(".ts")
      ? `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${script}); })`
      : `import(${script})`;
    const slot: Slot = { worker: new Worker(boot, { eval: true }) };
    slot.worker.on("message", (reply: Reply) => {
      const pending = slot.current;
      if (!pending || pending.job.id !== reply.id) return;
      slot.current = undefined;
      this.#settle(
        pending,
        reply.ok ? undefined : toError(reply.error),
        reply.ok ? reply.result : undefined,
      );
      this.#dispatch();
    });
    const fail = (err: unknown) => {
      this.#remove(slot);
      if (slot.current)
        this.#settle(
          slot.current,
          err instanceof Error ? err : new Error(`summarize worker stopped: ${err}`),
        );
      slot.current = undefined;
      this.#dispatch();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => fail(new Error(`summarize worker exited with code ${code}`)));
    // After the listeners: adding a "message" listener refs the worker again.
    slot.worker.unref();
    this.#slots.push(slot);
    return slot;
  }

  /** The time limit passed: drop the job from the queue, or stop the worker that runs it. */
  #expire(pending: Pending, started: number): void {
    const queued = this.#queue.indexOf(pending);
    const waited = Math.round(performance.now() - started);
    const where = queued >= 0 ? "waiting for a worker" : "reading and summarizing";
    this.#settle(
      pending,
      new TomtatError(
        "E_TIMEOUT",
        `the request's time limit ran out: stopped while ${where}, after ${waited} ms`,
      ),
    );
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      return;
    }
    const slot = this.#slots.find((s) => s.current === pending);
    if (!slot) return;
    slot.current = undefined;
    this.#remove(slot);
    slot.worker.terminate().catch(() => {});
    this.#dispatch();
  }

  #remove(slot: Slot): void {
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
  }

  #settle(pending: Pending, err: unknown, result?: SummaryResult): void {
    if (pending.done) return;
    pending.done = true;
    clearTimeout(pending.timer);
    if (err === undefined) pending.resolve(result as SummaryResult);
    else pending.reject(err);
  }
}

function toError(error: Extract<Reply, { ok: false }>["error"]): Error {
  if (error.code !== undefined)
    return new TomtatError(error.code, error.message, error.where, error.hint);
  const err = new Error(error.message);
  if (error.stack !== undefined) err.stack = error.stack;
  return err;
}
