#!/usr/bin/env node
// Launcher. In a checkout (src/ beside it and tsx installed) it runs the TypeScript sources, so an
// edit needs no build; an installed package, which ships only the compiled dist/ and has no tsx,
// runs that. TOMTAT_DIST=1 runs dist/ in a checkout too (the tests of the installed form).
import { existsSync } from "node:fs";

const SOURCE = new URL("../src/cli/main.ts", import.meta.url);
const COMPILED = new URL("../dist/cli/main.js", import.meta.url);

/** tsx's loader API when it is installed; undefined when it is not (an installed package). */
async function tsx() {
  try {
    return await import("tsx/esm/api");
  } catch {
    return undefined;
  }
}

const api = process.env.TOMTAT_DIST === "1" || !existsSync(SOURCE) ? undefined : await tsx();
if (api) {
  api.register();
  await import(SOURCE.href);
} else if (existsSync(COMPILED)) {
  await import(COMPILED.href);
} else {
  process.stderr.write(
    "tomtat: E_INTERNAL: cannot start: dist/ is not built and tsx is not installed (run npm ci, then npm run build)\n",
  );
  process.exitCode = 2;
}
