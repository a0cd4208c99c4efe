import { TomtatError } from "../../errors.ts";

/**
 * Which way to walk on a tie when tracing an LCS back: pltrdy `rouge` moves along `y` ("left"),
 * ROUGE-1.5.5 moves along `x` ("up"). The length is the same; which tokens are marked differs.
 */
export type LcsTie = "left" | "up";

/**
 * The most cells of one LCS table (4 bytes each: 200 MB). Sentences of news text hold a few
 * dozen tokens; a "sentence" of this size is a text with no period in it.
 */
export const MAX_LCS_CELLS = 50_000_000;

/**
 * Positions in `x` of one longest common subsequence of `x` and `y` (Cormen et al. DP table,
 * traced back from the end), ascending. E_TOO_LARGE when the table would pass MAX_LCS_CELLS: the
 * official scorers' tie rule needs the whole table, so it is refused rather than let run out of
 * memory.
 */
export function lcsPositions(x: readonly string[], y: readonly string[], tie: LcsTie): number[] {
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) return [];
  if ((n + 1) * (m + 1) > MAX_LCS_CELLS) {
    throw new TomtatError(
      "E_TOO_LARGE",
      `ROUGE-L compares a reference sentence of ${n} tokens with a summary sentence of ${m}: its table would hold ${(n + 1) * (m + 1)} cells, over ${MAX_LCS_CELLS}; is the text split into sentences (periods)?`,
    );
  }
  const width = m + 1;
  const table = new Int32Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    const xi = x[i - 1];
    for (let j = 1; j <= m; j++) {
      const at = i * width + j;
      if (xi === y[j - 1]) table[at] = (table[at - width - 1] as number) + 1;
      else table[at] = Math.max(table[at - width] as number, table[at - 1] as number);
    }
  }
  const positions: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (x[i - 1] === y[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
      continue;
    }
    const up = table[(i - 1) * width + j] as number;
    const left = table[i * width + j - 1] as number;
    if (up > left || (up === left && tie === "up")) i--;
    else j--;
  }
  return positions.reverse();
}
