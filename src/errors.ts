import type { Limits } from "./limits.ts";

/** Every error tomtat raises on purpose carries a stable code; the CLI maps it to an exit code and the server to an HTTP status. */
export type ErrorCode =
  | "E_USAGE"
  | "E_OPTION"
  | "E_NOT_FOUND"
  | "E_METHOD"
  | "E_FORBIDDEN"
  | "E_IO"
  | "E_EMPTY"
  | "E_ENCODING"
  | "E_BINARY"
  | "E_TOO_LARGE"
  | "E_TOO_MANY_DOCUMENTS"
  | "E_JSON"
  | "E_SCHEMA"
  | "E_NOT_VIETNAMESE"
  | "E_FORMAT"
  | "E_MODEL"
  | "E_TIMEOUT"
  | "E_INTERNAL";

/**
 * A machine-readable refinement of a code, for clients that show their own words rather than
 * the English message: `unmarked-vietnamese` on E_NOT_VIETNAMESE when the text is Vietnamese
 * typed without diacritics, `double-encoded` on E_NOT_VIETNAMESE when it is UTF-8 that was read
 * as Windows-1252 or Latin-1 and saved again (`táº¡i` for `tại`, `Ä‘` for `đ`).
 */
export type ErrorHint = "unmarked-vietnamese" | "double-encoded";

export class TomtatError extends Error {
  readonly code: ErrorCode;
  /** File, line or field the error is about, when known. */
  readonly where?: string;
  /** What a client can do about it, when the code alone does not say (see ErrorHint). */
  readonly hint?: ErrorHint;
  /**
   * The position (from 0) of the cluster's document the error is about, when it is about one:
   * what a caller that gave the documents (the HTTP API) names its field by.
   */
  document?: number;
  /**
   * The input limit that refused the input (E_TOO_LARGE, E_TOO_MANY_DOCUMENTS), when a caller may
   * raise it: what the CLI names its flag by.
   */
  limit?: keyof Limits;

  constructor(code: ErrorCode, message: string, where?: string, hint?: ErrorHint) {
    super(where ? `${where}: ${message}` : message);
    this.name = "TomtatError";
    this.code = code;
    if (where !== undefined) this.where = where;
    if (hint !== undefined) this.hint = hint;
  }
}

/**
 * A document as messages name it: `document 3` by its position from 1, with its id when that
 * says more (`document 3 (bai-ba.txt)`; not `document 3 (3)`).
 */
export function documentLabel(index: number, id: string | undefined): string {
  return id === undefined || id === String(index + 1)
    ? `document ${index + 1}`
    : `document ${index + 1} (${id})`;
}

/** `err` with the input limit that refused the input recorded on it (TomtatError's `limit`). */
export function overLimit(err: TomtatError, limit: keyof Limits): TomtatError {
  err.limit = limit;
  return err;
}

/** An error as JSON answers give it (server responses, JSONL lines): `field` and `hint` when known. */
export interface ErrorFields {
  code: ErrorCode;
  message: string;
  field?: string;
  hint?: ErrorHint;
}

export function errorFields(err: TomtatError): ErrorFields {
  const fields: ErrorFields = { code: err.code, message: err.message };
  if (err.where !== undefined) fields.field = err.where;
  if (err.hint !== undefined) fields.hint = err.hint;
  return fields;
}

/**
 * Checks an argument of a public function that JavaScript callers may get wrong: a string is
 * due, anything else is E_SCHEMA naming the argument (not a TypeError from deep inside).
 */
export function expectString(value: unknown, name: string): asserts value is string {
  if (typeof value !== "string") {
    throw new TomtatError("E_SCHEMA", `${name} must be a string, got ${kindOf(value)}`);
  }
}

/** What a value is, for error messages: "null", "an array", or its typeof. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : typeof value;
}

/** Names the first few items of a list for a message, and counts the rest. */
export function listed(names: readonly string[], shown = 5): string {
  const head = names.slice(0, shown).join(", ");
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}

/** Like expectString, for an array of strings. */
export function expectStrings(value: unknown, name: string): asserts value is string[] {
  if (!Array.isArray(value)) {
    throw new TomtatError("E_SCHEMA", `${name} must be an array of strings, got ${kindOf(value)}`);
  }
  for (let i = 0; i < value.length; i++) expectString(value[i], `${name}[${i}]`);
}

/** Errors caused by the user's input or options (exit 1, HTTP 4xx) as opposed to bugs (exit 2, HTTP 500). */
export function isUserError(err: unknown): err is TomtatError {
  return err instanceof TomtatError && err.code !== "E_INTERNAL";
}

/**
 * Checks an options object that JavaScript callers may misspell: it must be a plain object whose
 * keys are all `known`; an unknown key is E_OPTION naming it and the known ones (a misspelt
 * option would otherwise be ignored and its default used without a word). `name` is singular
 * (`option`, `limit`).
 */
export function expectKnownKeys(value: unknown, known: readonly string[], name: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TomtatError("E_OPTION", `${name}s must be an object, got ${kindOf(value)}`);
  }
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    const keys = unknown.map((key) => JSON.stringify(key));
    throw new TomtatError(
      "E_OPTION",
      `unknown ${name} ${listed(keys)}; expected ${known.join(", ")}`,
    );
  }
}
