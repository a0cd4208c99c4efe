import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];
// Each test file runs in its own process: its directories go when it exits, pass or fail.
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory with the given files (name → content), removed when the process exits. */
export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "tomtat-test-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13,
]);

export const ARTICLE_A =
  "Hà Nội mở tuyến buýt điện đầu tiên\n\nSáng 2/9, Hà Nội đưa vào hoạt động tuyến xe buýt điện đầu tiên nối Cầu Giấy với Long Biên.\nTuyến dài 25 km với 30 xe, giá vé 9.000 đồng mỗi lượt.\n";
export const ARTICLE_B =
  "Xe buýt điện lăn bánh ở Thủ đô\n\nTuyến xe buýt điện đầu tiên của Hà Nội chính thức chạy từ sáng 2/9.\nMỗi ngày tuyến phục vụ khoảng 8.000 lượt khách, mỗi chuyến cách nhau 15 phút.\n";

/** A Vietnamese text with its marks taken off, as typed on a keyboard without a Vietnamese input method. */
export function withoutMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replaceAll("đ", "d").replaceAll("Đ", "D");
}
