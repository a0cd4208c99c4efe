import { Worker } from "node:worker_threads";
import { TomtatError } from "../../errors.ts";
import type { SummarizeOptions } from "../../summarize/types.ts";
import type { SummaryResult } from "../../types.ts";
import type { RequestDocument } from "../documents.ts";
import { ClientClosed } from "../errors.ts";
import type { FromWorker, Job, WireError } from "./protocol.ts";

/** The worker script beside this module: TypeScript from src/ (run through tsx) or compiled JS from dist/. */
const COMPILED = import.meta.url.endsWith(".js");
const SCRIPT = new URL(`./summarize-worker.${COMPILED ? "js" : "ts"}`, import.meta.url);
/** Workers do not inherit tsx's loader hooks, so each one registers them before loading the script. */
const TSX_API = import.meta.resolve("tsx/esm/api");

interface Pending {
  job: Job;
  resolve(result: SummaryResult): void;
  reject(err: unknown): void;
  timer?: NodeJS.Timeout;
  /** Stops the job once its client has left and it has had its grace (#leave). */
  grace?: NodeJS.Timeout;
  /** Stops listening to the request's signal. */
  release?: () => void;
  done?: boolean;
}

interface Slot {
  worker: Worker;
  /** When the worker was started, to measure its start-up. */
  spawned: number;
  /** Set by the worker's first message: the library is loaded, jobs may be sent. */
  ready: boolean;
  current?: Pending;
}

/** What the pool holds now, for tests and diagnostics. */
export interface PoolState {
  /** Workers still loading the library. */
  starting: number;
  /** Workers ready and free. */
  idle: number;
  /** Workers running a job. */
  busy: number;
  /** Jobs waiting for a free worker. */
  queued: number;
  /** Workers started since the pool was made, replacements included. */
  started: number;
  /** Jobs handed to a worker since the pool was made. */
  sent: number;
  /** How long the last worker to get ready took to start, in ms (0 before any did). */
  startupMs: number;
}

/**
 * Runs summarization (with the reading of the documents) on worker threads so that a request can
 * be stopped at its time limit. A job goes only to a worker that is ready (worker/protocol.ts
 * Started); it waits in the queue meanwhile, on its request's clock. A job still running when its
 * time is up is rejected with E_TIMEOUT and its worker is terminated and replaced at once, so the
 * replacement starts up outside any request's time; a job still queued is only dropped, and never
 * stops a worker. The event loop stays free for other requests meanwhile. A job whose client
 * left (its request's signal aborted) is dropped from the queue, or stopped the same way (#leave).
 */
export class WorkerPool {
  readonly #size: number;
  readonly #script: URL;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  /** Called whenever no worker is starting any more (warm's promises). */
  #settled: (() => void)[] = [];
  #nextId = 1;
  #started = 0;
  #sent = 0;
  #startupMs = 0;
  #closed = false;

  constructor(size: number, script: URL = SCRIPT) {
    this.#size = size;
    this.#script = script;
  }

  /**
   * Starts every missing worker now, so the first requests do not wait for the library to load;
   * resolves once none is still starting (ready, or failed to start).
   */
  warm(): Promise<void> {
    this.#fill();
    // Unreferenced workers would let the process exit while it waits; each is unreferenced again
    // once ready.
    for (const slot of this.#slots) if (!slot.ready) slot.worker.ref();
    return new Promise((resolve) => {
      this.#settled.push(resolve);
      this.#notifySettled();
    });
  }

  state(): PoolState {
    const ready = this.#slots.filter((s) => s.ready);
    return {
      starting: this.#slots.length - ready.length,
      idle: ready.filter((s) => !s.current).length,
      busy: ready.filter((s) => s.current).length,
      queued: this.#queue.length,
      started: this.#started,
      sent: this.#sent,
      startupMs: this.#startupMs,
    };
  }

  /**
   * Reads `documents` and summarizes them on a worker; E_TIMEOUT past `timeoutMs`, ClientClosed
   * when `signal` (the request's) aborts and the job is dropped or stopped for it (#leave).
   */
  run(
    documents: readonly RequestDocument[],
    maxTextChars: number,
    options: SummarizeOptions,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<SummaryResult> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(new TomtatError("E_INTERNAL", "the worker pool is closed"));
      if (signal?.aborted) return reject(new ClientClosed(NEVER_RUN));
      const pending: Pending = {
        job: { id: this.#nextId++, documents, maxTextChars, options },
        resolve,
        reject,
      };
      const started = performance.now();
      pending.timer = setTimeout(() => this.#expire(pending, started), Math.max(0, timeoutMs));
      if (signal) {
        const leave = () => this.#leave(pending);
        signal.addEventListener("abort", leave, { once: true });
        pending.release = () => signal.removeEventListener("abort", leave);
      }
      this.#queue.push(pending);
      this.#dispatch();
      this.#grow();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const p of this.#queue.splice(0))
      this.#settle(p, new TomtatError("E_INTERNAL", "the server is closing"));
    await Promise.all(this.#slots.splice(0).map((s) => s.worker.terminate()));
    this.#notifySettled();
  }

  /** Starts workers up to the pool's size. */
  #fill(): void {
    while (!this.#closed && this.#slots.length < this.#size) this.#spawn();
  }

  /**
   * Starts a worker for each queued job that no worker starting will take, within the pool's
   * size: an app made by createApp starts only the workers its requests need.
   */
  #grow(): void {
    let missing = this.#queue.length - this.state().starting;
    while (!this.#closed && missing-- > 0 && this.#slots.length < this.#size) this.#spawn();
  }

  /** Replaces a worker that was stopped or lost, at once and on no request's time. */
  #replace(): void {
    if (!this.#closed && this.#slots.length < this.#size) this.#spawn();
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const slot = this.#slots.find((s) => s.ready && !s.current);
      if (!slot) return;
      const pending = this.#queue.shift() as Pending;
      slot.current = pending;
      slot.worker.postMessage(pending.job);
      this.#sent++;
    }
  }

  #spawn(): void {
    const script = JSON.stringify(this.#script.href);
    const boot = this.#script.href.endsWith(".ts")
      ? `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${script}); })`
      : `import(${script})`;
    const slot: Slot = {
      worker: new Worker(boot, { eval: true }),
      spawned: performance.now(),
      ready: false,
    };
    this.#started++;
    slot.worker.on("message", (message: FromWorker) => this.#receive(slot, message));
    slot.worker.on("error", (err) => this.#lost(slot, err));
    slot.worker.on("exit", (code) =>
      this.#lost(slot, new Error(`summarize worker exited with code ${code}`)),
    );
    // After the listeners: adding a "message" listener refs the worker again.
    slot.worker.unref();
    this.#slots.push(slot);
  }

  #receive(slot: Slot, message: FromWorker): void {
    if ("ready" in message) {
      if (message.ready) {
        slot.ready = true;
        this.#startupMs = Math.round(performance.now() - slot.spawned);
        slot.worker.unref();
        this.#dispatch();
        this.#notifySettled();
      } else {
        this.#lost(slot, toError(message.error));
        slot.worker.terminate().catch(() => {});
      }
      return;
    }
    const pending = slot.current;
    if (!pending || pending.job.id !== message.id) return;
    slot.current = undefined;
    this.#settle(
      pending,
      message.ok ? undefined : toError(message.error),
      message.ok ? message.result : undefined,
    );
    this.#dispatch();
  }

  /**
   * A worker is gone (it crashed, exited, or could not load the library). Its job fails with the
   * error. One that had started is replaced at once; one that never started is not, since the
   * next would fail the same way. The queued jobs wait for the other workers, ready or still
   * starting; when none is left, they get the error, and the next job tries again (#grow), so a
   * broken install costs one start per request, not a loop.
   */
  #lost(slot: Slot, err: unknown): void {
    if (!this.#remove(slot)) return;
    const error = err instanceof Error ? err : new Error(`summarize worker stopped: ${err}`);
    if (slot.current) this.#settle(slot.current, error);
    if (slot.ready) this.#replace();
    else if (this.#slots.length === 0)
      for (const p of this.#queue.splice(0)) this.#settle(p, error);
    this.#dispatch();
    this.#notifySettled();
  }

  /** The time limit passed: drop the job from the queue, or stop the worker that runs it. */
  #expire(pending: Pending, started: number): void {
    const waited = Math.round(performance.now() - started);
    const where = this.#queue.includes(pending)
      ? `waiting for a worker (${this.#waitReason()}), before any reading or summarizing`
      : "reading and summarizing";
    this.#stop(
      pending,
      new TomtatError(
        "E_TIMEOUT",
        `the request's time limit ran out: stopped while ${where}, after ${waited} ms`,
      ),
    );
  }

  /**
   * The job's client left: nothing can reach it. A queued job is dropped unrun. A running one may
   * go on for as long as a worker takes to start (#startupMs) and is stopped then, as at the time
   * limit: stopping costs that start-up (about 0.7 s of one core, against some 6 ms for a
   * typical job, docs/server.md), so a short job is cheaper to finish, and a long one wastes at
   * most twice a start-up rather than the rest of its time limit.
   */
  #leave(pending: Pending): void {
    if (this.#queue.includes(pending)) {
      this.#stop(pending, new ClientClosed(NEVER_RUN));
      return;
    }
    const grace = this.#startupMs;
    pending.grace = setTimeout(() => {
      const stopped = `the worker was stopped ${grace} ms later (a worker's start-up)`;
      this.#stop(pending, new ClientClosed(`while the job ran; ${stopped}`));
    }, grace);
  }

  /** Drops a job from the queue, or stops the worker running it and starts its replacement. */
  #stop(pending: Pending, error: Error): void {
    this.#settle(pending, error);
    const queued = this.#queue.indexOf(pending);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      return;
    }
    const slot = this.#slots.find((s) => s.current === pending);
    if (!slot) return;
    slot.current = undefined;
    this.#remove(slot);
    slot.worker.terminate().catch(() => {});
    // The replacement loads now, on no request's time, rather than when the next job comes.
    this.#replace();
    this.#dispatch();
  }

  /** Why a queued job is still waiting: every worker busy, or some still loading the library. */
  #waitReason(): string {
    const { starting, busy } = this.state();
    const parts = [];
    if (busy > 0) parts.push(`${busy} busy`);
    if (starting > 0) parts.push(`${starting} starting`);
    return parts.length > 0 ? parts.join(", ") : "none running";
  }

  /** Removes a slot; false when it was already removed (a worker both errs and exits). */
  #remove(slot: Slot): boolean {
    const i = this.#slots.indexOf(slot);
    if (i < 0) return false;
    this.#slots.splice(i, 1);
    return true;
  }

  #notifySettled(): void {
    if (this.#slots.some((s) => !s.ready)) return;
    for (const resolve of this.#settled.splice(0)) resolve();
  }

  #settle(pending: Pending, err: unknown, result?: SummaryResult): void {
    if (pending.done) return;
    pending.done = true;
    clearTimeout(pending.timer);
    clearTimeout(pending.grace);
    pending.release?.();
    if (err === undefined) pending.resolve(result as SummaryResult);
    else pending.reject(err);
  }
}

const NEVER_RUN = "while the job waited for a worker; it was never run";

function toError(error: WireError): Error {
  if (error.code !== undefined)
    return new TomtatError(error.code, error.message, error.where, error.hint);
  const err = new Error(error.message);
  if (error.stack !== undefined) err.stack = error.stack;
  return err;
}
