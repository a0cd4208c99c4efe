import assert from "node:assert/strict";
import { it } from "node:test";
import { htmlToText } from "../html.ts";

/**
 * A page and what its text must hold: [what, markup, lines the text holds whole (nothing glued
 * to them), pieces of text found nowhere in it (nor in the title)].
 */
export type PageCase = [what: string, html: string, kept: string[], dropped: string[]];

/** One test per case, each naming the markup it reads in its failure messages. */
export function itReadsPages(cases: readonly PageCase[]): void {
  for (const [what, html, kept, dropped] of cases) {
    it(what, () => {
      const { title, text } = htmlToText(html);
      const lines = text.split("\n");
      for (const line of kept) {
        assert.ok(
          lines.includes(line),
          `expected the line ${JSON.stringify(line)} in ${JSON.stringify(text)}, from ${html}`,
        );
      }
      for (const piece of dropped) {
        assert.ok(
          !text.includes(piece) && !title.includes(piece),
          `expected no ${JSON.stringify(piece)} in ${JSON.stringify(text)}, from ${html}`,
        );
      }
    });
  }
}

/** An invented article of three paragraphs, long enough for Readability to take it. */
export const ARTICLE = [
  "Rạng sáng 9/8, lũ quét bất ngờ đổ về bản Nà Lếch, xã Nậm Khao, cuốn trôi 14 ngôi nhà ven suối và làm sạt lở nhiều đoạn đường liên xã.",
  "Ông Vàng A Sử, trưởng bản, cho biết nước dâng rất nhanh sau trận mưa kéo dài từ chiều hôm trước, người dân chỉ kịp chạy lên đồi mà không mang theo được tài sản.",
  "Chính quyền huyện Sơn Vĩ đã điều lực lượng quân đội và công an đến hỗ trợ di dời 60 hộ dân khỏi vùng nguy hiểm, đồng thời cấp gạo và nước sạch cho các gia đình bị ảnh hưởng.",
] as const;

/** The article's paragraphs as `<p>` elements. */
export const ARTICLE_HTML = ARTICLE.map((p) => `<p>${p}</p>`).join("\n");

/** A page with a title and the given body. */
export function page(body: string, title = "Lũ quét ở bản Nà Lếch"): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}
