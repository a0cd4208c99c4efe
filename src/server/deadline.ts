import { TomtatError } from "../errors.ts";

/**
 * The per-request time limit, measured from the request's arrival. Checked while the body streams
 * in and before the documents are read; reading and summarizing them gets the time left and is
 * stopped there by the worker pool (worker/pool.ts), or, with `workers: 0`, is checked before each
 * HTML or Markdown document and before summarizing, and otherwise runs to the end.
 */
export class Deadline {
  readonly #end: number;
  readonly #now: () => number;
  readonly #limitMs: number;

  constructor(start: number, limitMs: number, now: () => number) {
    this.#end = start + limitMs;
    this.#now = now;
    this.#limitMs = limitMs;
  }

  remainingMs(): number {
    return this.#end - this.#now();
  }

  /** Throws E_TIMEOUT when the limit has passed before `stage` starts. */
  check(stage: string): void {
    if (this.remainingMs() <= 0) throw this.error(stage);
  }

  error(stage: string): TomtatError {
    return new TomtatError(
      "E_TIMEOUT",
      `request took longer than the ${this.#limitMs} ms limit (stopped before ${stage})`,
    );
  }

  /** Resolves like `promise`, or rejects with E_TIMEOUT when the limit passes first. */
  async race<T>(promise: Promise<T>, stage: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.error(stage)), Math.max(0, this.remainingMs()));
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
