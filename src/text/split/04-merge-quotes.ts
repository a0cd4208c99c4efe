import { quoteCounts } from "../sentence-shape.ts";

/** How many following pieces a quotation may absorb before we give up on balancing it. */
const MAX_QUOTE_PIECES = 4;

/**
 * Pass 4: a quotation that spans several sentences (“Tôi đến. Tôi thấy.”) stays one
 * sentence, so no summary sentence starts or ends inside quotes.
 */
export function mergeQuotes(pieces: string[]): string[] {
  const out: string[] = [];
  let open = 0;
  let absorbed = 0;
  for (const piece of pieces) {
    if (open > 0 && out.length > 0 && absorbed < MAX_QUOTE_PIECES) {
      out[out.length - 1] = `${out[out.length - 1]} ${piece}`;
      absorbed++;
    } else {
      out.push(piece);
      absorbed = 0;
    }
    open = Math.max(0, quoteBalance(out[out.length - 1] as string));
  }
  return out;
}

/** Open quotations at the end of `s`: curly quotes counted as pairs, straight `"` by parity. */
function quoteBalance(s: string): number {
  const { curly, straight } = quoteCounts(s);
  return Math.max(0, curly) + (straight % 2);
}
