/**
 * Pass 1: cut after sentence-final punctuation (. ! ? … and closing quotes or brackets that
 * follow it) when white space comes next. Numbers (5.000), abbreviations without spaces
 * (TP.HCM) and domains (vietnamplus.vn) have no space after the dot, so they survive.
 */
const BOUNDARY = /([.!?…]+["”’»)\]]*)\s+/g;

export function splitCandidates(paragraph: string): string[] {
  const out: string[] = [];
  let last = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m !== null; m = BOUNDARY.exec(paragraph)) {
    const end = m.index + (m[1] as string).length;
    out.push(paragraph.slice(last, end));
    last = m.index + m[0].length;
  }
  const rest = paragraph.slice(last);
  if (rest.trim() !== "") out.push(rest);
  return out.map((s) => s.trim()).filter((s) => s !== "");
}
