import type { Context } from "hono";
import { TomtatError } from "../errors.ts";
import { statusOf } from "./status.ts";

/** Body of every error response. `field` names the offending input when known. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/**
 * The single error handler: TomtatError → its status and code; anything else is a bug, answered
 * with a generic 500 (details go to the log, never to the client).
 */
export function errorResponse(c: Context, err: unknown): Response {
  const known = err instanceof TomtatError ? err : undefined;
  const code = known?.code ?? "E_INTERNAL";
  const status = statusOf(code);
  const body: ErrorBody = { error: { code, message: "internal error while handling the request" } };
  c.set("errorCode", code);
  if (known && status !== 500) {
    body.error.message = known.message;
    if (known.where !== undefined) body.error.field = known.where;
  } else {
    c.set("errorDetail", err instanceof Error ? (err.stack ?? err.message) : String(err));
  }
  return c.json(body, status);
}
