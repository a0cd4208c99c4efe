import { TomtatError } from "../../errors.ts";
import type { SummarizeOptions } from "../../summarize/types.ts";
import type { SummaryResult } from "../../types.ts";
import type { RequestDocument } from "../documents.ts";
import { ClientClosed } from "../errors.ts";
import { NEVER_RUN, type Pending, settle, toError } from "./job.ts";
import type { FromWorker } from "./protocol.ts";
import { SCRIPT, type Slot, Workers } from "./workers.ts";

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
  readonly #workers: Workers;
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #sent = 0;
  #closed = false;

  constructor(size: number, script: URL = SCRIPT) {
    this.#workers = new Workers(size, script, {
      message: (slot, message) => this.#receive(slot, message),
      lost: (slot, err) => this.#lost(slot, err),
    });
  }

  /**
   * Starts every missing worker now, so the first requests do not wait for the library to load;
   * resolves once none is still starting (ready, or failed to start).
   */
  warm(): Promise<void> {
    return this.#workers.warm();
  }

  state(): PoolState {
    const { starting, idle, busy } = this.#workers.counts();
    return {
      starting,
      idle,
      busy,
      queued: this.#queue.length,
      started: this.#workers.started,
      sent: this.#sent,
      startupMs: this.#workers.startupMs,
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
        ...(signal && { signal }),
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
      this.#workers.grow(this.#queue.length);
    });
  }

  /**
   * Refuses new jobs, fails the queued and running ones, and stops the workers. A job whose client
   * has left (a server's close ends every connection first) is ClientClosed, logged as 499 as any
   * such request, not as a server fault; one whose client still waits (an app closed by its
   * caller) is E_INTERNAL.
   */
  async close(): Promise<void> {
    this.#closed = true;
    const closing = new TomtatError("E_INTERNAL", "the server is closing");
    for (const p of [...this.#queue.splice(0), ...this.#workers.jobs()])
      settle(p, p.signal?.aborted ? new ClientClosed("as the server closed") : closing);
    await this.#workers.close();
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const slot = this.#workers.free();
      if (!slot) return;
      const pending = this.#queue.shift() as Pending;
      slot.current = pending;
      slot.worker.postMessage(pending.job);
      this.#sent++;
    }
  }

  #receive(slot: Slot, message: FromWorker): void {
    if ("ready" in message) {
      if (message.ready) {
        this.#workers.ready(slot);
        this.#dispatch();
        this.#workers.notifySettled();
      } else {
        this.#lost(slot, toError(message.error));
        slot.worker.terminate().catch(() => {});
      }
      return;
    }
    const pending = slot.current;
    if (!pending || pending.job.id !== message.id) return;
    slot.current = undefined;
    settle(
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
    if (!this.#workers.remove(slot)) return;
    const error = err instanceof Error ? err : new Error(`summarize worker stopped: ${err}`);
    if (slot.current) settle(slot.current, error);
    if (slot.ready) this.#workers.replace();
    else if (this.#workers.count === 0) for (const p of this.#queue.splice(0)) settle(p, error);
    this.#dispatch();
    this.#workers.notifySettled();
  }

  /** The time limit passed: drop the job from the queue, or stop the worker that runs it. */
  #expire(pending: Pending, started: number): void {
    const waited = Math.round(performance.now() - started);
    const where = this.#queue.includes(pending)
      ? `waiting for a worker (${this.#workers.waitReason()}), before any reading or summarizing`
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
    const grace = this.#workers.startupMs;
    pending.grace = setTimeout(() => {
      const stopped = `the worker was stopped ${grace} ms later (a worker's start-up)`;
      this.#stop(pending, new ClientClosed(`while the job ran; ${stopped}`));
    }, grace);
  }

  /** Drops a job from the queue, or stops the worker running it and starts its replacement. */
  #stop(pending: Pending, error: Error): void {
    settle(pending, error);
    const queued = this.#queue.indexOf(pending);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      return;
    }
    const slot = this.#workers.running(pending);
    if (!slot) return;
    this.#workers.stop(slot);
    this.#dispatch();
  }
}
