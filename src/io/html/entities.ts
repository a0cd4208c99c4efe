/** The entities a page that escaped its markup twice leaves in its text, decoded once. */
const ENTITY = /&(?:(nbsp|amp|quot|lt|gt)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
const NAMED: Readonly<Record<string, string>> = {
  nbsp: "\u00a0",
  amp: "&",
  quot: '"',
  lt: "<",
  gt: ">",
};

/**
 * Text with the common entities it still holds once decoded (`&nbsp;`, `&amp;`, `&quot;`,
 * `&lt;`, `&gt;`, `&#NNN;`, `&#xHH;`) decoded a second time: a page that escaped its markup
 * twice (`biết&amp;nbsp;lửa`) shows them as text glued to the words. Other entities, and
 * numbers that name no character, stay as they are.
 */
export function decodeLeftEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (entity, name?: string, decimal?: string, hex?: string) => {
    if (name !== undefined) return NAMED[name] ?? entity;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : entity;
  });
}
