import { repeatKey } from "../text/clean/07-repeats.ts";
import { cleanArticle } from "../text/clean/index.ts";
import { sentenceLeftover } from "../text/clean/sentences.ts";
import { comparisonKey } from "../text/normalize/index.ts";
import { splitParagraph } from "../text/split/index.ts";
import { isSyllable, tokenize } from "../text/tokenize.ts";
import type { CleanDocument, Cluster, Document, Sentence } from "../types.ts";
import type { PreparedCluster } from "./types.ts";

/** Lowercased, tone-normalized syllable tokens of a sentence, for comparisons and features. */
export function sentenceTokens(text: string): string[] {
  return tokenize(comparisonKey(text))
    .filter(isSyllable)
    .map((t) => t.text);
}

/** True when a document's lead is given and its body does not open with it (AbMuSu `anchor_text`). */
function leadStandsApart(doc: Document): boolean {
  const lead = doc.lead?.trim();
  if (!lead) return false;
  const head = comparisonKey(doc.body.slice(0, lead.length + 200));
  return !head.includes(comparisonKey(lead));
}

/** The text to clean: the body, after the lead when it stands apart (a lead the body repeats is told once). */
function bodyWithLead(doc: Document): string {
  return leadStandsApart(doc) ? `${doc.lead?.trim()}\n${doc.body}` : doc.body;
}

/**
 * The sentences that the leads standing apart tell (PreparedCluster.leadOnly): in a document
 * whose body does not open with its lead, those whose tokens occur in the lead. A sentence that
 * the body tells again further down is the lead's too: cleaning keeps its first copy, the lead's,
 * and drops the body's as a repeat.
 */
function leadOnlySentences(
  cluster: Cluster,
  prepared: Omit<PreparedCluster, "leadOnly">,
): number[] {
  const keys = cluster.documents.map((d) =>
    leadStandsApart(d) ? ` ${sentenceTokens(d.lead ?? "").join(" ")} ` : undefined,
  );
  const out: number[] = [];
  prepared.sentences.forEach((s, i) => {
    const key = keys[s.doc];
    const tokens = prepared.tokens[i] ?? [];
    if (key !== undefined && tokens.length > 0 && key.includes(` ${tokens.join(" ")} `)) {
      out.push(i);
    }
  });
  return out;
}

/** Cleans one document and splits it into addressed sentences; sentences fused with a caption are set aside. */
export function cleanDocument(doc: Document, docIndex: number): CleanDocument {
  const { paragraphs, removed } = cleanArticle(doc.title, bodyWithLead(doc));
  const sentences: Sentence[] = [];
  // A sentence the document already told (a page that pasted its body twice in one paragraph,
  // which pass 7's paragraph check cannot see) goes as a repeat.
  const told = new Set<string>();
  paragraphs.forEach((paragraph, p) => {
    let inParagraph = 0;
    splitParagraph(paragraph).forEach((text) => {
      const leftover = sentenceLeftover(text);
      const key = repeatKey(text);
      const kind = leftover ?? (told.has(key) ? "repeat" : undefined);
      if (kind !== undefined) {
        removed.push({ kind, text });
        return;
      }
      told.add(key);
      const syllables = tokenize(text).filter(isSyllable).length;
      sentences.push({
        text,
        doc: docIndex,
        index: sentences.length,
        paragraph: p,
        inParagraph,
        syllables,
      });
      inParagraph++;
    });
  });
  const clean: CleanDocument = {
    id: doc.id,
    title: doc.title.trim(),
    paragraphs,
    sentences,
    removed,
  };
  if (doc.lead !== undefined) clean.lead = doc.lead.trim();
  if (doc.date !== undefined) clean.date = doc.date;
  return clean;
}

/** Cleans every document of a cluster and tokenizes every sentence: the input of all summarizers. */
export function prepare(cluster: Cluster): PreparedCluster {
  const documents = cluster.documents.map(cleanDocument);
  const sentences = documents.flatMap((d) => d.sentences);
  const prepared = {
    id: cluster.id,
    documents,
    sentences,
    tokens: sentences.map((s) => sentenceTokens(s.text)),
  };
  return { ...prepared, leadOnly: leadOnlySentences(cluster, prepared) };
}
