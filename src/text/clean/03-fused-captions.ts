import type { Removal } from "../../types.ts";
import { spellingsSource } from "../phrase-pattern.ts";
import { splitParagraph } from "../split/index.ts";
import {
  knownCredit,
  PAREN_CREDIT_NO_COLON,
  photoCreditSource,
  SENTENCE_START,
  slashedCredit,
  splitCredit,
} from "./credit.ts";
import type { Draft } from "./types.ts";

/**
 * A photo caption's marker inside running text, where the page put the caption and the
 * article text in one paragraph: "Cổng chính công viên Ảnh: TTXVN Theo Sở Xây dựng, …",
 * "… mùa lúa mới Ảnh minh họa Sáng nay …", "(Trong ảnh: Hồ trung tâm) Hồ rộng 2 ha …",
 * "Bản đồ vùng mưa lớn. Đồ họa: nchmf.gov.vn Theo …".
 * - `paren`: a credit in parentheses, which ends at ")", with a colon or a capitalized name
 *   ("(Ảnh AP) Ông An cho biết …");
 * - `colon`: "Ảnh:" and its kin ("Đồ họa:" for a chart or map), followed by the credit's name;
 * - `source`: "Nguồn:", a marker only at the head of a paragraph or after a dash;
 * - `bare`: "Ảnh minh họa" or "Ảnh tư liệu" (a file photo) with no colon, or as a sentence of
 *   its own ("Ảnh minh họa.").
 * - `plain`: "Ảnh" or "Nguồn" with no colon at a paragraph's or a sentence's head, before a
 *   slashed credit ("Ảnh TTXNB/Minh An Khánh thành …") or a credit in capitals and a sentence
 *   ("Ảnh TTXNB Sáng 5/3, …").
 * Capitalized only: "bức ảnh: …" in a sentence is not a marker.
 */
/** "Đồ họa" (a chart or map), in either tone spelling. */
const GRAPHIC = spellingsSource("Đồ họa");

const MARKER = new RegExp(
  String.raw`(?<=^|[\s.\-–])(?:\((?<paren>(?:Ảnh|ảnh|Nguồn ảnh|${photoCreditSource("either")}|Trong ảnh|trong ảnh|Photo|${GRAPHIC})\s?:[^()]{0,80}|${PAREN_CREDIT_NO_COLON})\)|(?<colon>${photoCreditSource("upper")}|Nguồn ảnh|Ảnh|Photo|${GRAPHIC})\s?:|(?<source>Nguồn)\s?:|(?<bare>${photoCreditSource("upper")})(?:\/[^\s.]+)?(?<ended>\.)?(?=\s|$)|(?<plain>Ảnh|Nguồn)(?=\s+(?:\p{Lu}[^\s/]*(?:\s+\p{Lu}[^\s/]*){0,2}\/\p{Lu}|[\p{Lu}\d]{2,}\s+\p{Lu})))`,
  "gu",
);

interface Cut {
  /** Text kept before the cut (sentences before the caption). */
  before: string;
  /** What was removed: the caption, its marker and its credit. */
  removed: string;
  /** Text kept after the cut. */
  after: string;
}

/** The paragraph's sentences before the caption, and where the caption (its last sentence) starts in `pre`. */
function beforeCaption(pre: string): { kept: string; captionStart: number } {
  const text = pre.replace(/(?<![\s\-–])[\s\-–]+$/u, "");
  if (text === "") return { kept: "", captionStart: 0 };
  const sentences = splitParagraph(text);
  const caption = sentences.pop() ?? "";
  const at = text.lastIndexOf(caption);
  return { kept: sentences.join(" "), captionStart: at < 0 ? 0 : at };
}

/** How far past a marker the first sentence is looked for before the whole rest is split. */
const FIRST_SENTENCE_WINDOW = 1000;

/** The first sentence of `text` and the rest; splits only the text's head when it can. */
function firstSentence(text: string): [string, string] {
  const [head = "", next] = splitParagraph(text.slice(0, FIRST_SENTENCE_WINDOW));
  if (next !== undefined && text.startsWith(head)) return [head, text.slice(head.length).trim()];
  const [first = "", ...rest] = splitParagraph(text);
  return [first, rest.join(" ")];
}

/**
 * Whether the text before a marker ends a sentence ("… khu vườn. Nguồn: hanoi.gov.vn Công viên
 * …") or with a dash set apart ("Giá vàng - Nguồn: DOJI"). Only its last two characters are
 * read: a pattern anchored at the end alone is tried from every position of the text, and a
 * paragraph of many markers that are not cut made that quadratic.
 */
function afterSentence(pre: string): boolean {
  return /[.!?…]["”’)]?$/u.test(pre.trimEnd().slice(-2));
}

function afterDash(pre: string): boolean {
  return /(?:^|\s)[-–]$/u.test(pre.trimEnd().slice(-2));
}

/**
 * Whether the sentence before the marker is the photo's caption. "Ảnh:", "(Ảnh: …)" and "Ảnh"
 * before a credit with no colon follow their caption; "Nguồn:" does so only after a dash
 * ("Diễn biến giá vàng - Nguồn: DOJI"), and "Ảnh minh họa" only when fused to it with no
 * sentence end. Otherwise the sentence before may be article text ("Giá vàng giảm 20.000 đồng.
 * Ảnh minh họa. …") and stays.
 */
function captionBefore(groups: Record<string, string | undefined>, pre: string): boolean {
  if (pre.trim() === "" || afterDash(pre)) return true;
  if (groups.colon !== undefined || groups.paren !== undefined) return true;
  if (groups.plain === "Ảnh") return true;
  return groups.bare !== undefined && !afterSentence(pre);
}

/** Decides what one marker match cuts; undefined when the match is not a fused caption. */
function cutAt(text: string, match: RegExpExecArray): Cut | undefined {
  const groups = match.groups ?? {};
  const pre = text.slice(0, match.index);
  const post = text.slice(match.index + match[0].length).trim();
  // "Nguồn:" inside a sentence may name the source of a figure: it counts at a paragraph's or a
  // sentence's head, or after a dash.
  const sourceAt = pre.trim() === "" || afterDash(pre) || afterSentence(pre);
  if ((groups.source !== undefined || groups.plain !== undefined) && !sourceAt) return undefined;
  // A credit in parentheses inside a sentence ("… 10 ha (Ảnh: PV) và …") is left to the inline pass.
  if (groups.paren !== undefined && post !== "" && !SENTENCE_START.test(post)) return undefined;
  if (groups.bare !== undefined && post !== "" && !SENTENCE_START.test(post)) return undefined;
  const { kept, captionStart } = captionBefore(groups, pre)
    ? beforeCaption(pre)
    : { kept: pre.trim(), captionStart: match.index };
  const head = text.slice(captionStart, match.index + match[0].length).trim();
  if (groups.paren !== undefined || groups.ended !== undefined) {
    return { before: kept, removed: head, after: post };
  }
  if (groups.plain !== undefined) {
    const credit = slashedCredit(post) ?? knownCredit(post);
    return credit && { before: kept, removed: `${head} ${credit.credit}`, after: credit.rest };
  }
  const credit = splitCredit(post, groups.bare !== undefined);
  if (credit !== undefined) {
    return { before: kept, removed: `${head} ${credit.credit}`.trim(), after: credit.rest };
  }
  // The credit's end is unclear ("Ảnh: Minh Khang Nhà ga mới đón …"): the sentence it runs into goes too.
  const [fused, rest] = firstSentence(post);
  return { before: kept, removed: `${head} ${fused}`.trim(), after: rest };
}

/**
 * Cuts every fused caption out of one paragraph, recording what went. The text before a cut is
 * final, so only the rest is searched again: linear in the paragraph, however many captions.
 */
export function cutFusedCaptionsIn(paragraph: string, removed: Removal[]): string {
  const kept: string[] = [];
  let text = paragraph;
  let from = 0;
  for (;;) {
    MARKER.lastIndex = from;
    const match = MARKER.exec(text);
    if (match === null) break;
    const cut = cutAt(text, match);
    if (cut === undefined) {
      from = match.index + match[0].length;
      continue;
    }
    removed.push({ kind: "caption", text: cut.removed });
    if (cut.before !== "") kept.push(cut.before);
    text = cut.after;
    from = 0;
  }
  kept.push(text.trim());
  return kept.filter((t) => t !== "").join(" ");
}

/**
 * Pass 3: cut photo captions that the page fused into a paragraph of article text, with their
 * credit, keeping the sentences around them. Whole caption paragraphs went in pass 2.
 */
export function cutFusedCaptions(draft: Draft): Draft {
  const removed = [...draft.removed];
  const paragraphs = draft.paragraphs
    .map((p) => cutFusedCaptionsIn(p, removed))
    .filter((p) => p !== "");
  return { ...draft, paragraphs, removed };
}
