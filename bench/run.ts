/** `npm run bench`: every benchmark in turn (summarizer, segmenter, server), each its own process. */
import { spawnSync } from "node:child_process";

const SCRIPTS = ["bench:summarize", "bench:segmenter", "bench:server"];
let failed = 0;
for (const script of SCRIPTS) {
  console.log(`\n## npm run ${script}\n`);
  const r = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
