/** How many following pieces a quotation may absorb before we give up on balancing it. */
const MAX_QUOTE_PIECES = 4;

/**
 * Quotations left open after `text`, read from the `open` left open before it. `“` opens one;
 * `”` closes the last one open; a straight `"` closes the last one open, whichever mark opened
 * it (`“Tôi sẽ về quê".`, a mistyped close), and opens one when none is.
 */
function openAfter(text: string, open: number): number {
  let depth = open;
  for (const ch of text) {
    if (ch === "“") depth++;
    else if (ch === "”") depth = Math.max(0, depth - 1);
    else if (ch === '"') depth = depth > 0 ? depth - 1 : 1;
  }
  return depth;
}

/**
 * Pass 4: a quotation that spans several sentences (“Tôi đến. Tôi thấy.”) stays one
 * sentence, so no summary sentence starts or ends inside quotes. A quotation that has not closed
 * after MAX_QUOTE_PIECES more pieces (a long quotation, or a stray mark) stops absorbing there.
 */
export function mergeQuotes(pieces: string[]): string[] {
  const out: string[] = [];
  let open = 0;
  let absorbed = 0;
  for (const piece of pieces) {
    if (open > 0 && out.length > 0 && absorbed < MAX_QUOTE_PIECES) {
      out[out.length - 1] = `${out[out.length - 1]} ${piece}`;
      absorbed++;
      open = openAfter(piece, open);
    } else {
      out.push(piece);
      absorbed = 0;
      open = openAfter(piece, 0);
    }
  }
  return out;
}
