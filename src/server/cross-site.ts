import type { MiddlewareHandler } from "hono";
import { TomtatError } from "../errors.ts";
import type { AppEnv } from "./env.ts";

/**
 * The names a server bound to this machine only answers to by default (`start`): a page of another
 * site whose name was made to resolve to 127.0.0.1 (DNS rebinding) sends its own name as `Host`,
 * and is refused; without the check it could read every answer as if it were the server's page.
 */
export const LOOPBACK_NAMES: readonly string[] = ["localhost", "127.0.0.1", "::1"];

/** True for an address or name that reaches this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const name = plainName(host);
  return name === "localhost" || name === "::1" || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * The host name of a `Host` header, without its port, brackets or a final dot, in lower case:
 * `[::1]:8080` → `::1`, `Example.COM.:80` → `example.com`.
 */
export function hostName(header: string): string {
  const value = header.trim();
  const bracketed = /^\[([^\]]*)\]/.exec(value);
  return plainName(bracketed ? (bracketed[1] ?? "") : value.replace(/:\d*$/, ""));
}

/** A host name as given (`Example.com.`, `[::1]`, `::1`) in the form hostName gives. */
export function plainName(name: string): string {
  const bare = name
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  return bare.endsWith(".") ? bare.slice(0, -1) : bare;
}

/**
 * Refuses, with 403 E_FORBIDDEN, what a web page of another site could make a browser send:
 * - any request whose `Host` is not one of `allowedHosts` (when given; an HTTP/1.0 request with
 *   no `Host` is for the server's own address);
 * - a request that is not GET, HEAD or OPTIONS sent by a browser from another origin. A page may
 *   send a plain POST to any address without asking first; it could not read the answer, but it
 *   would spend this machine's CPU. A browser says where a request comes from (`Sec-Fetch-Site`,
 *   or failing that `Origin`); a request that says neither (curl, a script) is not a browser's and
 *   passes. The same rule as Go's `net/http.CrossOriginProtection`. Not hono's `csrf()`: it
 *   refuses a form-typed POST that names no origin, which is what `curl -d` sends.
 */
export function crossSite(allowedHosts: readonly string[] | "any"): MiddlewareHandler<AppEnv> {
  const allowed = allowedHosts === "any" ? undefined : new Set(allowedHosts.map(plainName));
  return async (c, next) => {
    const host = c.req.header("host");
    if (allowed && host !== undefined && !allowed.has(hostName(host))) {
      throw new TomtatError(
        "E_FORBIDDEN",
        `this server does not answer to the host name "${hostName(host)}"; start it with --allow-host ${hostName(host)} if that name is meant to reach it`,
        "Host",
      );
    }
    if (!/^(GET|HEAD|OPTIONS)$/.test(c.req.method)) {
      // With no Host (HTTP/1.0), the URL names the server's own address.
      const own = host ?? new URL(c.req.url).host;
      const from = crossOrigin(c.req.header("sec-fetch-site"), c.req.header("origin"), own);
      if (from !== undefined) {
        throw new TomtatError(
          "E_FORBIDDEN",
          `a request from a page of another site (${from}) is refused: this API answers its own page, and clients that are not browsers`,
          "Origin",
        );
      }
    }
    await next();
  };
}

/** Where a browser's request comes from when that is another origin than the server's; undefined when it is the same, or not a browser's. */
function crossOrigin(
  fetchSite: string | undefined,
  origin: string | undefined,
  host: string,
): string | undefined {
  if (fetchSite !== undefined) {
    return fetchSite === "same-origin" || fetchSite === "none" ? undefined : (origin ?? fetchSite);
  }
  if (origin === undefined) return undefined;
  try {
    if (new URL(origin).host === host.trim().toLowerCase()) return undefined;
  } catch {
    // `Origin: null` (a sandboxed page, a file) and anything that is no URL are another origin.
  }
  return origin;
}
