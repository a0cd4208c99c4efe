// How the page reads a dropped or chosen file.

/** What a file is read as: "html", "markdown" or "text"; undefined for other files. */
export function fileKind(file) {
  if (/\.x?html?$/i.test(file.name) || file.type === "text/html") return "html";
  if (/\.(md|markdown)$/i.test(file.name) || file.type === "text/markdown") return "markdown";
  if (/\.(txt|text)$/i.test(file.name) || file.type.startsWith("text/")) return "text";
  return undefined;
}

/**
 * A file's text: UTF-8 (a BOM is skipped), or UTF-16 when it opens with a UTF-16 BOM; undefined
 * for anything else (Windows-1258, VNI, TCVN3…), which would otherwise turn into U+FFFD marks.
 */
export async function readText(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let encoding = "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
