import type { SummaryResult } from "../types.ts";

/**
 * The summary as plain text with its provenance (`--cite`): one sentence per line, each ending in
 * `[d:s]` (document d, sentence s of its cleaned text, both from 1), and for a sentence cut from
 * its source (a dangling `Tuy nhiên,`, a list label, compression) what was cut: `[d:s, cut
 * “Tuy nhiên,”]`; then one line per cited document, `[d] id: title`, in the order the summary
 * first cites them.
 */
export function citedText(result: SummaryResult): string {
  const lines = result.sentences.map((s) => {
    const cut = (s.removed ?? []).map((r) => `“${r.trim()}”`).join(" ");
    return `${s.text} [${s.doc + 1}:${s.sentenceIndex + 1}${cut === "" ? "" : `, cut ${cut}`}]`;
  });
  const cited = [...new Set(result.sentences.map((s) => s.doc))];
  const sources = cited.map((d) => {
    const doc = result.documents[d];
    const title = doc?.title.trim() ? `: ${doc.title.trim()}` : "";
    return `[${d + 1}] ${doc?.id ?? d + 1}${title}`;
  });
  return sources.length > 0 ? `${lines.join("\n")}\n\n${sources.join("\n")}` : "";
}
