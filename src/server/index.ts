/** The local HTTP service: `createApp` for in-process use and tests, `start` to listen. */
export { type BuiltApp, buildApp, createApp } from "./app.ts";
export type { ErrorBody } from "./errors.ts";
export { DEFAULTS, type Engine, type ServerOptions } from "./options.ts";
export { type RunningServer, type StartOptions, start } from "./start.ts";
export { HTTP_STATUS, statusOf } from "./status.ts";
