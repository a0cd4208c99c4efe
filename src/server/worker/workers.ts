import { Worker } from "node:worker_threads";
import type { Pending } from "./job.ts";
import type { FromWorker } from "./protocol.ts";

/** The worker script beside this module: TypeScript from src/ (run through tsx) or compiled JS from dist/. */
const COMPILED = import.meta.url.endsWith(".js");
export const SCRIPT = new URL(`./summarize-worker.${COMPILED ? "js" : "ts"}`, import.meta.url);
/** How long close() waits for the workers it terminated to exit. */
const CLOSE_WAIT_MS = 10_000;

export interface Slot {
  worker: Worker;
  /** When the worker was started, to measure its start-up. */
  spawned: number;
  /** Set by the worker's first message: the library is loaded, jobs may be sent. */
  ready: boolean;
  current?: Pending;
}

/** What the workers' owner hears from each: its messages, and its loss (an error or its exit). */
export interface WorkerEvents {
  message(slot: Slot, message: FromWorker): void;
  lost(slot: Slot, err: unknown): void;
}

/**
 * The worker threads of a pool (pool.ts), one slot each: started up to the pool's size, made
 * ready, counted, and removed when stopped or lost. What they run is the pool's business.
 */
export class Workers {
  readonly #size: number;
  readonly #script: URL;
  readonly #events: WorkerEvents;
  readonly #slots: Slot[] = [];
  /** Called whenever no worker is starting any more (warm's promises). */
  #settled: (() => void)[] = [];
  #started = 0;
  #startupMs = 0;
  #closed = false;

  constructor(size: number, script: URL, events: WorkerEvents) {
    this.#size = size;
    this.#script = script;
    this.#events = events;
  }

  /** Workers started since the pool was made, replacements included. */
  get started(): number {
    return this.#started;
  }

  /** How long the last worker to get ready took to start, in ms (0 before any did). */
  get startupMs(): number {
    return this.#startupMs;
  }

  /** How many workers there are, starting or ready. */
  get count(): number {
    return this.#slots.length;
  }

  /** Workers still starting, ready and free, and running a job. */
  counts(): { starting: number; idle: number; busy: number } {
    const ready = this.#slots.filter((s) => s.ready);
    return {
      starting: this.#slots.length - ready.length,
      idle: ready.filter((s) => !s.current).length,
      busy: ready.filter((s) => s.current).length,
    };
  }

  /** Starts every missing worker; resolves once none is still starting (ready, or failed to). */
  warm(): Promise<void> {
    this.#fill();
    // Unreferenced workers would let the process exit while it waits; each is unreferenced again
    // once ready.
    for (const slot of this.#slots) if (!slot.ready) slot.worker.ref();
    return new Promise((resolve) => {
      this.#settled.push(resolve);
      this.notifySettled();
    });
  }

  /**
   * Starts a worker for each of `queued` jobs that no worker starting will take, within the pool's
   * size: an app made by createApp starts only the workers its requests need.
   */
  grow(queued: number): void {
    let missing = queued - this.counts().starting;
    while (!this.#closed && missing-- > 0 && this.#slots.length < this.#size) this.#spawn();
  }

  /** Replaces a worker that was stopped or lost, at once and on no request's time. */
  replace(): void {
    if (!this.#closed && this.#slots.length < this.#size) this.#spawn();
  }

  /** A worker said it is ready: its start-up is measured, and it no longer keeps the process. */
  ready(slot: Slot): void {
    slot.ready = true;
    this.#startupMs = Math.round(performance.now() - slot.spawned);
    slot.worker.unref();
  }

  /** A worker ready and running no job. */
  free(): Slot | undefined {
    return this.#slots.find((s) => s.ready && !s.current);
  }

  /** The jobs the workers are running. */
  jobs(): Pending[] {
    return this.#slots.flatMap((s) => (s.current ? [s.current] : []));
  }

  /** The worker running `pending`. */
  running(pending: Pending): Slot | undefined {
    return this.#slots.find((s) => s.current === pending);
  }

  /** Stops the worker of `slot`, its job forgotten, and starts its replacement. */
  stop(slot: Slot): void {
    slot.current = undefined;
    this.remove(slot);
    slot.worker.terminate().catch(() => {});
    // The replacement loads now, on no request's time, rather than when the next job comes.
    this.replace();
  }

  /** Removes a slot; false when it was already removed (a worker both errs and exits). */
  remove(slot: Slot): boolean {
    const i = this.#slots.indexOf(slot);
    if (i < 0) return false;
    this.#slots.splice(i, 1);
    return true;
  }

  /** Resolves warm's promises once no worker is still starting. */
  notifySettled(): void {
    if (this.#slots.some((s) => !s.ready)) return;
    for (const resolve of this.#settled.splice(0)) resolve();
  }

  /** Why a queued job is still waiting: every worker busy, or some still loading the library. */
  waitReason(): string {
    const { starting, busy } = this.counts();
    const parts = [];
    if (busy > 0) parts.push(`${busy} busy`);
    if (starting > 0) parts.push(`${starting} starting`);
    return parts.length > 0 ? parts.join(", ") : "none running";
  }

  /**
   * Starts no more workers and terminates every one. A timer holds the process meanwhile: between
   * a worker's stop and its exit event Node may count nothing alive, and a process with nothing
   * else to do then ended with `await close()` unsettled (1 run in 20 of a server's close, seen as
   * a cancelled test file). The wait is bounded so that a worker that never exits cannot hold a
   * shutdown.
   */
  async close(): Promise<void> {
    this.#closed = true;
    let hold: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => {
      hold = setTimeout(resolve, CLOSE_WAIT_MS);
    });
    const exits = Promise.all(this.#slots.splice(0).map((s) => s.worker.terminate()));
    await Promise.race([exits, bound]).finally(() => clearTimeout(hold));
    this.notifySettled();
  }

  /** Starts workers up to the pool's size. */
  #fill(): void {
    while (!this.#closed && this.#slots.length < this.#size) this.#spawn();
  }

  #spawn(): void {
    const script = JSON.stringify(this.#script.href);
    // Workers do not inherit tsx's loader hooks, so a TypeScript script registers them first
    // (resolved only then: an installed package runs dist/ and has no tsx).
    const boot = this.#script.href.endsWith(".ts")
      ? `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${script}); })`
      : `import(${script})`;
    const slot: Slot = {
      worker: new Worker(boot, { eval: true }),
      spawned: performance.now(),
      ready: false,
    };
    this.#started++;
    slot.worker.on("message", (message: FromWorker) => this.#events.message(slot, message));
    slot.worker.on("error", (err) => this.#events.lost(slot, err));
    slot.worker.on("exit", (code) =>
      this.#events.lost(slot, new Error(`summarize worker exited with code ${code}`)),
    );
    // After the listeners: adding a "message" listener refs the worker again.
    slot.worker.unref();
    this.#slots.push(slot);
  }
}
