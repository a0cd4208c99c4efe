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
