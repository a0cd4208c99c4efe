import type { Context } from "hono";
import { type ErrorFields, errorFields, TomtatError } from "../errors.ts";
import { statusOf } from "./status.ts";

/**
 * Body of every error response. `field` names the offending input and `hint` refines the code
 * (errors.ts ErrorHint) when known.
 */
export interface ErrorBody {
  error: ErrorFields;
}

/**
 * The single error handler: TomtatError → its status and code; anything else is a bug, answered
 * with a generic 500 (details go to the log, never to the client).
 */
export function errorResponse(c: Context, err: unknown): Response {
  const known = err instanceof TomtatError ? err : undefined;
  const code = known?.code ?? "E_INTERNAL";
  const status = statusOf(code);
  c.set("errorCode", code);
  if (known && status !== 500)
    return c.json({ error: errorFields(known) } satisfies ErrorBody, status);
  c.set("errorDetail", err instanceof Error ? (err.stack ?? err.message) : String(err));
  const body: ErrorBody = { error: { code, message: "internal error while handling the request" } };
  return c.json(body, status);
}
