import { readFileSync } from "node:fs";
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";

const JS = "text/javascript; charset=utf-8";
const FILES = {
  "/": ["index.html", "text/html; charset=utf-8"],
  "/app.js": ["app.js", JS],
  "/files.js": ["files.js", JS],
  "/messages.js": ["messages.js", JS],
  "/style.css": ["style.css", "text/css; charset=utf-8"],
} as const;

/** Only same-origin scripts and styles, no inline code: article text can never become markup that runs. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The page and its assets, read once from `public/` inside the package (no CDN, no build step).
 */
export function pageRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const [path, [file, type]] of Object.entries(FILES)) {
    const content = readFileSync(new URL(`../public/${file}`, import.meta.url));
    app.get(path, (c) => {
      c.header("Content-Type", type);
      c.header("Content-Security-Policy", CSP);
      c.header("X-Content-Type-Options", "nosniff");
      c.header("Cache-Control", "no-cache");
      return c.body(content);
    });
  }
  return app;
}
