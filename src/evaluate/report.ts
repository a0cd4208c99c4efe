import type { RougeMode } from "./rouge/types.ts";
import type { EvalReport } from "./run.ts";
import { METRICS } from "./run.ts";

/** What each mode means, printed next to every table so no number goes without its recipe. */
export const MODE_DESCRIPTIONS: Record<RougeMode, string> = {
  abmusu:
    "AbMuSu recipe: word-segmented, lowercased, cut at every '.', distinct n-grams, set union-LCS (pltrdy rouge 1.0.1)",
  syllable:
    "syllables: NFC + tone-normalized, lowercased, punctuation dropped, clipped counts, references pooled (ROUGE-1.5.5 -f A)",
};

/** A score as the tables print it: 4 decimals without the leading zero (.3884). */
export function formatScore(x: number): string {
  const s = x.toFixed(4);
  return s.startsWith("0.") ? s.slice(1) : s.startsWith("-0.") ? `-${s.slice(2)}` : s;
}

function formatDiff(x: number): string {
  return x >= 0 ? `+${formatScore(x)}` : formatScore(x);
}

function formatP(p: number): string {
  return p < 0.001 ? "p < .001" : `p = ${formatScore(p).slice(0, 4)}`;
}

function formatTime(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * The report as a Markdown table: F1 with its 95% CI per metric, mean length in syllables,
 * summarizing time, and the paired test against the comparison system on ROUGE-2 F1.
 */
export function formatTable(report: EvalReport): string {
  const against = report.comparisons[0]?.against;
  const lines = [
    `**${report.dataset}** · ${report.clusters} clusters${report.maxSyllables === undefined ? "" : ` · budget ${report.maxSyllables} syllables`} · mode \`${report.mode}\` (${MODE_DESCRIPTIONS[report.mode]}) · F1 macro-averaged over clusters, [95% bootstrap CI]`,
    "",
    `| system | R1-F | R2-F | RL-F | syllables | time |${against ? ` R2-F vs ${against} |` : ""}`,
    `|---|---|---|---|---:|---:|${against ? "---|" : ""}`,
  ];
  for (const [name, s] of Object.entries(report.systems)) {
    const cells = METRICS.map(
      (m) =>
        `${formatScore(s[m].f)} [${formatScore(s.ci95[m].low)}, ${formatScore(s.ci95[m].high)}]`,
    );
    const label = s.upperBound ? `${name} (upper bound, reads the references)` : name;
    let row = `| ${label} | ${cells.join(" | ")} | ${Math.round(s.syllables)} | ${formatTime(s.timeMs)} |`;
    if (against) {
      const c = report.comparisons.find((x) => x.system === name);
      row += c ? ` ${formatDiff(c.metrics.rouge2.diff)}, ${formatP(c.metrics.rouge2.p)} |` : " — |";
    }
    lines.push(row);
  }
  lines.push(
    "",
    `Time: summarizing per system; cleaning and splitting, shared: ${formatTime(report.prepareMs)}.`,
  );
  if (against) lines.push(`Paired test: ${report.test}.`);
  return lines.join("\n");
}

/** The report in the `--json` shape (per-cluster scores left out). */
export function reportToJson(report: EvalReport): unknown {
  const systems: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(report.systems)) {
    const ci95: Record<string, unknown> = {};
    for (const m of METRICS) ci95[m] = { low: s.ci95[m].low, high: s.ci95[m].high };
    systems[name] = {
      rouge1: s.rouge1,
      rouge2: s.rouge2,
      rougeL: s.rougeL,
      ci95,
      syllables: s.syllables,
      timeMs: Math.round(s.timeMs),
      ...(s.upperBound && { upperBound: true }),
    };
  }
  return {
    dataset: report.dataset,
    mode: report.mode,
    clusters: report.clusters,
    ...(report.maxSyllables !== undefined && { maxSyllables: report.maxSyllables }),
    prepareMs: Math.round(report.prepareMs),
    systems,
    comparisons: report.comparisons.map((c) => ({
      system: c.system,
      against: c.against,
      ...Object.fromEntries(METRICS.map((m) => [m, c.metrics[m]])),
    })),
    test: report.test,
  };
}
