import { TomtatError } from "../errors.ts";

/**
 * The per-request time limit. Summarization is synchronous CPU work that cannot be interrupted,
 * so the limit is enforced at stage boundaries (while the body streams in, after each HTML
 * extraction, before summarizing), and the text-size limit bounds how long the last stage runs.
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
