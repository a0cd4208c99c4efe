import { pointsBack } from "../../text/back-reference.ts";
import { tellsWhen } from "../../text/time-expressions.ts";
import type { PreparedCluster } from "../types.ts";
import { attachToAntecedents } from "./antecedents.ts";

/** Parses a document date ("23/10/2013 11:39", "2013-10-23") to a sortable number, or undefined. */
export function dateKey(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const dmy = /(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(date);
  if (dmy) {
    const [, d, m, y, hh, mm] = dmy;
    return Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0));
  }
  const iso = Date.parse(date);
  return Number.isNaN(iso) ? undefined : iso;
}

export interface OrderOptions {
  /**
   * True: the documents' merge alone, with neither the dated opening nor the antecedent step
   * (the baseline that `npm run eval:opening` measures those two against). Default false.
   */
  mergeOnly?: boolean;
}

/**
 * Orders chosen sentences for reading. Each document's sentences keep their source order (so
 * a sentence stays after the one it depends on); documents are merged by the relative position
 * of their next sentence, so leads come first as news is written top-down; ties go to the
 * earlier-dated document when dates are known, then to document order. A sentence that opens
 * with a word pointing back (`ông này`, `tuy nhiên`, …) or speaks in the first person without
 * naming its speaker (`Theo tôi, …`) follows the previous chosen sentence of its document
 * directly, never a sentence of another document (`pointsBack`, text/back-reference.ts).
 *
 * The summary opens with a sentence that says when the event happened (`Sáng 15/3, …`,
 * `… hôm qua …`; text/time-expressions.ts), as a news lead does, and that does not point back
 * (`Trước đó, …`, `Theo đó, …` need a sentence before them). When the merge would open
 * otherwise, the first document whose first chosen sentence does both goes first; failing
 * that, when the merge's opening points back, the first document whose first chosen sentence
 * does not; and the merge goes on as before. Last, a sentence that points back but does not
 * follow its source antecedent moves to just after another outlet's version of that antecedent
 * when the summary holds one (antecedents.ts).
 */
export function orderForReading(
  cluster: PreparedCluster,
  chosen: number[],
  options: OrderOptions = {},
): number[] {
  const byDoc = new Map<number, number[]>();
  for (const i of chosen) {
    const s = cluster.sentences[i];
    if (!s) continue;
    const list = byDoc.get(s.doc) ?? [];
    list.push(i);
    byDoc.set(s.doc, list);
  }
  for (const list of byDoc.values())
    list.sort((a, b) => (cluster.sentences[a]?.index ?? 0) - (cluster.sentences[b]?.index ?? 0));
  const merged = merge(cluster, byDoc);
  if (options.mergeOnly) return merged;
  const text = (i: number | undefined): string => cluster.sentences[i ?? -1]?.text ?? "";
  const opener = merged[0];
  const dependent = pointsBack(text(opener));
  if (!dependent && tellsWhen(text(opener))) return attachToAntecedents(cluster, merged);
  const heads = merged.filter((i) => {
    const s = cluster.sentences[i];
    return s !== undefined && byDoc.get(s.doc)?.[0] === i && !pointsBack(s.text);
  });
  const opening = heads.find((i) => tellsWhen(text(i))) ?? (dependent ? heads[0] : undefined);
  const doc = cluster.sentences[opening ?? -1]?.doc;
  return attachToAntecedents(cluster, doc === undefined ? merged : merge(cluster, byDoc, doc));
}

/** Merges the documents' lists (source order each) as orderForReading says, `first` opening. */
function merge(cluster: PreparedCluster, byDoc: Map<number, number[]>, first?: number): number[] {
  const total = [...byDoc.values()].reduce((n, l) => n + l.length, 0);
  const relative = (i: number): number => {
    const s = cluster.sentences[i];
    const n = s ? (cluster.documents[s.doc]?.sentences.length ?? 1) : 1;
    return s && n > 1 ? s.index / (n - 1) : 0;
  };
  const dates = cluster.documents.map((d) => dateKey(d.date) ?? Number.POSITIVE_INFINITY);
  const out: number[] = [];
  const heads = [...byDoc.keys()].map((doc) => ({ doc, k: 0 }));
  const glued = (h: { doc: number; k: number }): boolean => {
    const list = byDoc.get(h.doc) as number[];
    const previous = out[out.length - 1];
    return (
      h.k > 0 &&
      previous === list[h.k - 1] &&
      pointsBack(cluster.sentences[list[h.k] as number]?.text ?? "")
    );
  };
  while (out.length < total && heads.length > 0) {
    const forced = out.length === 0 ? heads.findIndex((h) => h.doc === first) : -1;
    const follow = forced >= 0 ? forced : heads.findIndex(glued);
    let best = Math.max(follow, 0);
    for (let h = 1; h < heads.length && follow < 0; h++) {
      const a = heads[h] as { doc: number; k: number };
      const b = heads[best] as { doc: number; k: number };
      const ra = relative((byDoc.get(a.doc) as number[])[a.k] as number);
      const rb = relative((byDoc.get(b.doc) as number[])[b.k] as number);
      const da = dates[a.doc] as number;
      const db = dates[b.doc] as number;
      if (ra < rb || (ra === rb && (da < db || (da === db && a.doc < b.doc)))) best = h;
    }
    const head = heads[best] as { doc: number; k: number };
    const list = byDoc.get(head.doc) as number[];
    out.push(list[head.k] as number);
    head.k++;
    if (head.k >= list.length) heads.splice(best, 1);
  }
  return out;
}
