import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const DIST = `${root}dist/index.js`;

/** The compiled package (npm run build, run by npm test and on install) works in plain Node, without tsx. */
test("the built library imports and summarizes in plain Node", () => {
  assert.ok(existsSync(DIST), `${DIST} is missing: run npm run build`);
  const code = `
    const t = await import(${JSON.stringify(DIST)});
    const cluster = t.readCluster([${JSON.stringify(`${root}examples/cluster`)}]);
    const r = t.summarize(cluster, { maxSyllables: 80 });
    console.log(JSON.stringify({
      summary: r.summary,
      provenance: r.sentences.every((s) => r.documents[s.doc].sentences[s.sentenceIndex].text === s.text),
      tones: t.normalizeTones("hòa") === t.normalizeTones("hoà"),
      words: t.segment("Hai bên đã bắt đầu đàm phán."),
    }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.match(out.summary, /cầu Rồng Vàng/);
  assert.equal(out.provenance, true);
  assert.equal(out.tones, true);
  assert.deepEqual(out.words, ["Hai", "bên", "đã", "bắt_đầu", "đàm_phán", "."]);
});

/** The installed command runs dist/ (TOMTAT_DIST=1 does so in a checkout) and says what the sources say. */
test("the command line runs from dist/ as installed, with the same output and one-line errors", () => {
  const run = (env: Record<string, string>, args: string[]) =>
    spawnSync(process.execPath, [`${root}bin/tomtat.js`, ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
  const args = ["summarize", `${root}examples/cluster`, "--max-syllables", "80", "--cite"];
  const compiled = run({ TOMTAT_DIST: "1" }, args);
  assert.equal(compiled.status, 0, compiled.stderr);
  assert.match(compiled.stdout, /cầu Rồng Vàng/);
  assert.equal(compiled.stdout, run({}, args).stdout);
  const missing = run({ TOMTAT_DIST: "1" }, ["summarize", `${root}no-such-dir`]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^tomtat: E_NOT_FOUND: .*no-such-dir.*\n$/);
});

/** What `npm pack` puts in the package: the compiled code, its data and models, no tests or sources. */
test("the package holds dist/, data/ and bin/, and no sources, tests, test helpers or source maps", () => {
  const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: root,
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  const [pack] = JSON.parse(r.stdout) as [{ files: { path: string }[] }];
  const paths = pack.files.map((f) => f.path);
  for (const needed of [
    "bin/tomtat.js",
    "dist/index.js",
    "dist/index.d.ts",
    "dist/cli/main.js",
    "dist/server/worker/summarize-worker.js",
    "dist/server/public/index.html",
    "data/models/segmenter.bin.gz",
    "DATA.md",
    "LICENSE",
  ]) {
    assert.ok(paths.includes(needed), `${needed} is in the package`);
  }
  const unwanted = paths.filter((p) => /^src\/|\.test\.|\.map$|(^|\/)testing\.|^test\//.test(p));
  assert.deepEqual(unwanted, []);
});

/** `tomtat/server` is the HTTP service as the package exports it (a package may import itself by name). */
test("the package exports the HTTP service as tomtat/server, built, in plain Node", () => {
  const code = `
    const { createApp, DEFAULTS } = await import("tomtat/server");
    const res = await createApp({ workers: 0, log: () => {} }).request("/healthz");
    console.log(JSON.stringify({ status: res.status, body: await res.json(), timeout: DEFAULTS.timeoutMs }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    cwd: root,
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.status, 200);
  assert.equal(out.body.status, "ok");
  assert.equal(out.timeout, 10_000);
});
