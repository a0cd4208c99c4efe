import type { Edit } from "./edits.ts";
import type { SourceRange } from "./ranges.ts";

/**
 * Runs of two or more `<br>` with only whitespace between: where an old layout (`<font>`,
 * table cells) ends a paragraph. Readability makes a paragraph of what follows such a run but
 * not of what precedes it, and glued the headline to the lead ("… Phước Điền(BTL) - Rạng
 * sáng …"); the markup it reads gets a `<p>` for each run instead.
 */
export class BreakRuns {
  private readonly runs: SourceRange[] = [];
  private run: SourceRange | undefined;
  private count = 0;

  /** A `<br>` at [start, end) of the markup. */
  br(start: number, end: number): void {
    if (this.run) {
      this.run.end = end;
      this.count++;
    } else {
      this.run = { start, end };
      this.count = 1;
    }
  }

  /** Text: a run ends at any but whitespace. */
  text(data: string): void {
    if (this.run && data.trim() !== "") this.end();
  }

  /** Any other tag ends a run. */
  end(): void {
    if (this.run && this.count >= 2) this.runs.push(this.run);
    this.run = undefined;
  }

  /** The runs as edits to the markup, leaving out those in `cut` (in order, apart). */
  edits(cut: readonly SourceRange[]): Edit[] {
    this.end();
    const edits: Edit[] = [];
    let c = 0;
    for (const run of this.runs) {
      while (c < cut.length && (cut[c] as SourceRange).end <= run.start) c++;
      const around = cut[c];
      if (!around || around.start > run.start) edits.push({ ...run, by: "<p>" });
    }
    return edits;
  }
}
