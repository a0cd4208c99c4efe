import { isCaptionSentence } from "../caption-heads.ts";
import { hasEndMark } from "../sentence-shape.ts";
import { isByline } from "./byline.ts";
import { photoCreditSource } from "./credit.ts";

/**
 * Sentence-level leftovers: pieces of page furniture fused into running text, which the
 * paragraph passes cannot cut out without losing the article text around them. Such a
 * sentence is set aside (and recorded), never shown in a summary.
 */
const JUNK: [string, RegExp][] = [
  // a photo caption fused into the text: "… sáng nay - Ảnh: AFP Theo …"
  [
    "caption",
    new RegExp(
      String.raw`\s[-–]\s?(?:ảnh|${photoCreditSource("lower")}|nguồn ảnh|photo)\s?:`,
      "iu",
    ),
  ],
  // a sentence that opens with a photo credit: "Ảnh: TTXVN Ông từ trần …"
  ["caption", /^(?:ảnh|nguồn ảnh|photo)\s?:/iu],
  // teasers of other stories run into the text: ">> Tin A >> Tin B Bài viết …"
  ["teaser", />>/u],
  // a related-stories box run into the text: "… vì mưa lớn TIN LIÊN QUAN Nước tràn vào nhà …"
  ["teaser", /(?:^|\s)TIN LIÊN QUAN\s/u],
  // a table of contents run together: "1. Trẻ sau khi khỏi bệnh thường ho kéo dài2." (the next
  // heading's number glued to the end)
  ["contents", /^\d+(?:\.\d+)*\.\s.*[\p{L})”"]\d+(?:\.\d+)*\.?$/u],
  // a sentence that opens with a related-stories header or a pointer to another page:
  // "Tin liên quan Giá vàng lập đỉnh …", "Dòng sự kiện …", "Xem thêm video: …", "Bài viết: http://…"
  ["teaser", /^(?:Tin liên quan(?!\s+(?:đến|tới))|Dòng sự kiện|Xem thêm|Bài viết\s?:)/u],
  // a pointer to the pictures or the list below it: "Dưới đây là vài bức ảnh của buổi lễ.",
  // "Sau đây là 5 điều cần biết." (with a colon the list is in the sentence, and it stays)
  ["pointer", /^(?:Sau|Dưới) đây là\s[^:]*$/u],
  // a pointer to another story as a sentence of its own: "(Xem: Mưa lớn ở miền Trung)."
  ["teaser", /^\((?:Xem|Mời (?:bạn )?xem|Đọc)\b[^()]*\)[.!]?$/u],
];

/**
 * The kind of leftover a sentence carries, or undefined for a clean sentence. A short sentence
 * that opens with a caption head ("Hiện trường vụ tai nạn.", data/text/caption-heads.txt) is a
 * caption. A piece without an end mark that reads as a byline ("Minh An/VOV online", "Theo AP",
 * "Lan Anh (TTXVN)") is one: run on after the article's last sentence, the paragraph passes
 * cannot tell it from the text (a byline line of its own goes in pass 1 or 6).
 */
export function sentenceLeftover(text: string): string | undefined {
  for (const [kind, re] of JUNK) if (re.test(text)) return kind;
  if (!hasEndMark(text) && isByline(text)) return "byline";
  return isCaptionSentence(text) ? "caption" : undefined;
}
