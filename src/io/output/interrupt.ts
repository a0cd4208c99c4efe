import { constants } from "node:os";

/** The signals that ask a run to stop: Ctrl-C, `kill`, a closed terminal. */
export type Interrupt = "SIGINT" | "SIGTERM" | "SIGHUP";
const INTERRUPTS: readonly Interrupt[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Calls `handler` on each SIGINT, SIGTERM or SIGHUP until the function returned is called. While
 * it listens a signal no longer ends the process: the handler tidies up, then endBySignal.
 */
export function onInterrupt(handler: (signal: Interrupt) => void): () => void {
  const listener = (signal: NodeJS.Signals) => handler(signal as Interrupt);
  for (const signal of INTERRUPTS) process.on(signal, listener);
  return () => {
    for (const signal of INTERRUPTS) process.removeListener(signal, listener);
  };
}

/**
 * Ends the process by `signal` once its handlers are gone, as it would have ended without them:
 * a shell sees 128 + the signal's number (130 for SIGINT, 143 for SIGTERM) and a script's loop
 * stops on Ctrl-C. Should another listener keep the signal, the process exits with that code.
 */
export function endBySignal(signal: Interrupt): void {
  process.kill(process.pid, signal);
  setTimeout(() => process.exit(128 + constants.signals[signal]), 200);
}
