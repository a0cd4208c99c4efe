import type { Draft } from "./types.ts";

/** Inline credits and datelines to strip from inside a paragraph, with why each exists. */
const INLINE: [string, RegExp][] = [
  // "(Ảnh: PV)", "(Nguồn ảnh: Reuters)", "(Nguồn: aninews.in)" inside a sentence
  ["credit", /\s*\((?:ảnh|nguồn ảnh|nguồn|photo|video)\s*:[^()]{0,80}\)/giu],
  // "(ảnh minh họa)"
  ["credit", /\s*\(ảnh minh (?:họa|hoạ)\)/giu],
  // dateline of agencies: "HÀ NỘI (TTXVN) - ", "(Dân trí) - ", "(PLO) –"
  ["dateline", /^(?:[\p{Lu}\s.,]{0,40})?\([^()]{2,40}\)\s*[-–—]\s*/u],
  // an interview's question mark-up naming the outlet: "Báo X Online: Công viên sẽ mở thêm …"
  ["interviewer", /^\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*)?\s+Online\s?:\s*/u],
  // a list bullet before an item: "+ Thí sinh mang theo …", "* Ngày 2/9, …", "- Nếu …"
  ["bullet", /^[-+*•]\s+(?=[\p{Lu}\d“"])/u],
  // the agencies' end mark "./." becomes a plain period
  ["endmark", /\.\/\.\s*$/u],
  // a signature in capitals glued after the last sentence: "… họp quốc hội. NGUYỆT PHƯƠNG"
  ["signature", /(?<=[.!?…”])\s+\p{Lu}[\p{Lu}.]+(?:\s+\p{Lu}[\p{Lu}.]+){0,3}$/u],
];

/** Pass 4: strip inline photo credits, datelines and "./." end marks, keeping the sentence. */
export function stripInline(draft: Draft): Draft {
  const removed = [...draft.removed];
  const paragraphs = draft.paragraphs.map((p) => {
    let text = p;
    for (const [kind, re] of INLINE) {
      text = text.replace(re, (m) => {
        removed.push({ kind, text: m.trim() });
        return kind === "endmark" ? "." : "";
      });
    }
    return text.trim();
  });
  return { ...draft, paragraphs: paragraphs.filter((p) => p !== ""), removed };
}
