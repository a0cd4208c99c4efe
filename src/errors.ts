/** Every error tomtat raises on purpose carries a stable code; the CLI maps it to an exit code and the server to an HTTP status. */
export type ErrorCode =
  | "E_USAGE"
  | "E_OPTION"
  | "E_NOT_FOUND"
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

export class TomtatError extends Error {
  readonly code: ErrorCode;
  /** File, line or field the error is about, when known. */
  readonly where?: string;

  constructor(code: ErrorCode, message: string, where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = "TomtatError";
    this.code = code;
    if (where !== undefined) this.where = where;
  }
}

/** Errors caused by the user's input or options (exit 1, HTTP 4xx) as opposed to bugs (exit 2, HTTP 500). */
export function isUserError(err: unknown): err is TomtatError {
  return err instanceof TomtatError && err.code !== "E_INTERNAL";
}
