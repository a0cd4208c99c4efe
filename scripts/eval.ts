/**
 * The standard evaluation table: every method (tomtat, the baselines, the oracle as an upper
 * bound) on AbMuSu validation in both modes and on VietnameseMDS in syllable mode.
 *
 *   npm run eval                      # print the tables (Markdown)
 *   npm run eval -- --update-results  # also rewrite the standard section of docs/RESULTS.md
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { type Progress, progress } from "../src/cli/progress.ts";
import { evaluateDataset, formatTable } from "../src/evaluate/index.ts";
import type { RougeMode } from "../src/evaluate/rouge/types.ts";

const RUNS: [dataset: string, mode: RougeMode][] = [
  ["abmusu-validation", "abmusu"],
  ["abmusu-validation", "syllable"],
  ["vietnamese-mds", "syllable"],
];
const RESULTS = new URL("../docs/RESULTS.md", import.meta.url);
const START = "<!-- standard-table:start (written by npm run eval -- --update-results) -->";
const END = "<!-- standard-table:end -->";

function commit(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      encoding: "utf8",
    });
    return dirty.trim() === "" ? sha : `${sha} (with uncommitted changes)`;
  } catch {
    return "unknown";
  }
}

const started = performance.now();
const sections: string[] = [];
for (const [dataset, mode] of RUNS) {
  let bar: Progress | undefined;
  const report = evaluateDataset({
    dataset,
    mode,
    onStart: (steps) => {
      bar = progress(steps, `${dataset} (${mode})`);
    },
    onStep: () => bar?.tick(),
  });
  bar?.stop();
  sections.push(formatTable(report));
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const header = [
  `Command: \`npm run eval\` · date: ${new Date().toISOString().slice(0, 10)} · commit: ${commit()} · ` +
    `${cpus().length} CPU(s), Node ${process.version} · whole run ${seconds} s`,
];
const text = [...header, ...sections].join("\n\n");
process.stdout.write(`${text}\n`);

if (process.argv.includes("--update-results")) {
  const doc = readFileSync(RESULTS, "utf8");
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) {
    process.stderr.write(`tomtat: E_FORMAT: docs/RESULTS.md lacks the ${START} … ${END} markers\n`);
    process.exitCode = 1;
  } else {
    writeFileSync(RESULTS, `${doc.slice(0, from + START.length)}\n${text}\n${doc.slice(to)}`);
    // a Biome that formats Markdown (2.6+) wants aligned tables; older ones skip .md files
    try {
      const biome = fileURLToPath(new URL("../node_modules/.bin/biome", import.meta.url));
      const root = fileURLToPath(new URL("..", import.meta.url));
      execFileSync(biome, ["format", "--write", "docs/RESULTS.md"], { cwd: root, stdio: "ignore" });
    } catch {
      // nothing to format with: the table is valid Markdown as written
    }
    process.stderr.write("docs/RESULTS.md updated\n");
  }
}
