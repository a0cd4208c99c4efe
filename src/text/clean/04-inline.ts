import { readListFile } from "../data-files.ts";
import { alternation, withCapitalized } from "../phrase-pattern.ts";
import { NAME_REST } from "./byline.ts";
import { PAREN_CREDIT_NO_COLON, photoCreditSource } from "./credit.ts";
import { cutDatelines } from "./dateline.ts";
import { cutSourceTags } from "./source-tag.ts";
import type { Draft } from "./types.ts";

/**
 * A byline naming its writer's role (data/text/byline-roles.txt) fused between two sentences:
 * "… Xin cảm ơn ông! Minh An (ghi) Sáng nay, …", "… P.Vy (tổng hợp)", "Hải Hà/VOV online (ghi) -
 * …". The name is up to five capitalized words (parts may be joined by "/"); the next sentence
 * or the paragraph's end must follow. The writer may instead name the outlet the story was taken
 * from: "Cẩm Tú (Theo Reuters, AP)", "Lan Anh(theo báo Nhật)".
 */
const ROLE_BYLINE = new RegExp(
  String.raw`(?<=^|[.!?…”"]\s)\p{Lu}${NAME_REST}(?:(?:\s+\p{Lu}|\/\p{L})${NAME_REST}){0,4}(?:\s+online)?\s*\((?:${alternation(withCapitalized(readListFile("byline-roles.txt")))}|[Tt]heo\s[^()]{1,50})\)(?:\s*[-–]\s+|\s+|$)(?=[\p{Lu}\d“"]|$)`,
  // no `i` flag: under it `\p{Lu}` matches lowercase letters too, and the name must be capitalized
  "gu",
);

/** A symbol a page may repeat to draw a rule or a border. */
const RULE_SYMBOL = String.raw`[<>*=~_#+^|\-–—•·]`;

/**
 * Inline credits and datelines to strip from inside a paragraph, with why each exists: the kind
 * recorded in `removed`, the pattern, and what replaces a match (nothing unless given).
 */
const INLINE: [kind: string, pattern: RegExp, replacement?: string][] = [
  // "(Ảnh: PV)", "(Nguồn ảnh: Reuters)", "(Nguồn: aninews.in)" inside a sentence
  ["credit", /\s*\((?:ảnh|nguồn ảnh|nguồn|photo|video)\s*:[^()]{0,80}\)/giu],
  // "(ảnh minh họa)", "(ảnh tư liệu)"
  ["credit", new RegExp(String.raw`\s*\(${photoCreditSource("lower")}\)`, "giu")],
  // "(Ảnh AP)", "(ảnh BQL cung cấp)" inside a sentence (before a sentence, pass 3 cuts the
  // caption with it)
  ["credit", new RegExp(String.raw`\s*\(${PAREN_CREDIT_NO_COLON}\)`, "gu")],
  // a pointer to the page's photo: "Ông An (ảnh) cho biết …", "… nửa giờ (ảnh)."
  ["pointer", /\s*\((?:ảnh|hình)\)/giu],
  // a source named without a colon, every word capitalized: "(Nguồn DPA)", "(Nguồn
  // Reuters/TTXVN)", wherever it stands, like the form with a colon; "(nguồn vốn ngân sách)" is
  // article text and stays
  ["credit", /\s*\(Nguồn\s+[\p{Lu}\d][\p{L}\d.+/-]*(?:\s+[\p{Lu}\d][\p{L}\d.+/-]*){0,3}\)/gu],
  // a related story's headline in brackets before a sentence: "… đã ký. [Hà Nội mở tuyến buýt
  // mới] Sáng nay, …" (a bracket that is a whole paragraph goes in pass 5)
  ["teaser", /(?<=^|[.!?…”"]\s)\[[^[\]]{3,200}\]\s*(?=[\p{Lu}\d“"])/gu],
  // dateline of agencies: "HÀ NỘI (TTXVN) - ", "(Dân trí) - ", "(PLO) –"; not an acronym with
  // its expansion, the sentence's subject ("WHO (Tổ chức Y tế Thế giới) – Tổ chức này …"), nor
  // before a lowercase word ("… (…) - cơ quan …", an aside)
  [
    "dateline",
    /^(?!\p{Lu}{2,8}\s?\((?:[^()\s]+\s+){2,})(?:[\p{Lu}\s.,]{0,40})?\([^()]{2,40}\)\s*[-–—]\s*(?=[^\s\p{Ll}]|$)/u,
  ],
  // an interview's question mark-up naming the outlet: "Báo X Online: Công viên sẽ mở thêm …"
  ["interviewer", /^\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*)?\s+Online\s?:\s*/u],
  // a list bullet or an interview answer's dash before an item, at a paragraph's or a
  // sentence's start: "+ Thí sinh mang theo …", "* Ngày 2/9, …", "- Nếu …", "*Ngày 2/9, …",
  // "… ra sao? – Theo tôi, …" ("-5 độ" and "+84" stay: dashes and "+" need a space)
  ["bullet", /(?<=^|[.!?…]\s)(?:[-–—+]\s+|[*•]\s*)(?=[\p{Lu}\d“"])/gu],
  // a list item's or an answer's dash after the colon that introduces it: "Ông An cho biết: - Năm
  // 2020, …" ("Nhiệt độ: - 5 độ" stays: a dash before a figure may be its sign)
  ["bullet", /(?<=:\s)[-–—]\s+(?=[\p{Lu}“"])/gu],
  // a stray period at a paragraph's start, left by the page's layout: ". Sáng 31-8, …" (".NET"
  // and an ellipsis stay: the period needs a space after it)
  ["bullet", /^\.\s+(?=[\p{Lu}\d“"])/u],
  // an ellipsis left after a sentence's end, as the page cut a list short: "… ngoài trời. ..."
  ["ellipsis", /(?<=[.!?]["”]?)\s+(?:\.{3}|…)(?=\s|$)/gu],
  ["byline", ROLE_BYLINE],
  // a rule the page drew with one symbol, four times or more, set apart by spaces: "<<<<<<
  // Nhiều người …", "… ngập sâu. ********** Theo …" (a line of it alone goes in pass 6; "2----3"
  // and "--" stay)
  ["rule", new RegExp(String.raw`^\s*(${RULE_SYMBOL})\1{3,}(?:\s+|$)`, "u")],
  ["rule", new RegExp(String.raw`\s+(${RULE_SYMBOL})\1{3,}(?=\s|$)`, "gu")],
  // the agencies' end mark "./." goes after "!", "?" or an ellipsis ("Xin cảm ơn ông!./.") and
  // becomes a plain period elsewhere, at the paragraph's end or where a sentence follows it (a
  // body given as one paragraph)
  ["endmark", /(?<=[!?…]["”]?|\.\.\.)\.\/\.(?=\s|$)/gu],
  ["endmark", /\.\/\.(?=\s|$)/gu, "."],
  // a signature in capitals glued after the last sentence: "… họp quốc hội. NGUYỆT PHƯƠNG"
  ["signature", /(?<=[.!?…”])\s+\p{Lu}[\p{Lu}.]+(?:\s+\p{Lu}[\p{Lu}.]+){0,3}$/u],
];

/**
 * Pass 4: strip inline photo credits, datelines (and outlets' datelines, dateline.ts), bracketed
 * headlines, bullets, "./." end marks and bylines fused with a source tag (source-tag.ts),
 * keeping the sentence.
 */
export function stripInline(draft: Draft): Draft {
  const removed = [...draft.removed];
  const paragraphs = draft.paragraphs.map((p) => {
    let text = p;
    for (const [kind, re, replacement = ""] of INLINE) {
      text = text.replace(re, (m) => {
        removed.push({ kind, text: m.trim() });
        return replacement;
      });
    }
    const datelines = cutDatelines(text);
    for (const d of datelines.removed) removed.push({ kind: "dateline", text: d });
    const tags = cutSourceTags(datelines.text);
    for (const tag of tags.removed) removed.push({ kind: "byline", text: tag });
    return tags.text;
  });
  return { ...draft, paragraphs: paragraphs.filter((p) => p !== ""), removed };
}
