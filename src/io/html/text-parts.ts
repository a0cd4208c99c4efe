import { type BrokenLine, joinBrokenSentences } from "./line-breaks.ts";

/** A range of parts, [from, to). */
export interface PartRange {
  from: number;
  to: number;
}

/** A block starts or ends. */
const BLOCK = 1;
/** A table cell after text of its row: ` | ` unless nothing is written on the line yet. */
const CELL_GAP = 2;
/** A `<br>`. */
const LINE_BREAK = 3;

/**
 * A page's text as it is read: runs of text and the breaks between them. The paragraphs are
 * made once what to leave out is known, so a block can be left out after it has been read.
 */
export class TextParts {
  private readonly parts: (string | number)[] = [];
  /** Whether a cell has opened since the last text or break. */
  private cell = false;
  /** Whether a link has closed with no text or break since. */
  private link = false;

  get length(): number {
    return this.parts.length;
  }

  text(data: string): void {
    this.link = false;
    if (this.cell && data.trim() !== "") {
      this.parts.push(CELL_GAP);
      this.cell = false;
    }
    this.parts.push(data);
  }

  block(): void {
    this.parts.push(BLOCK);
    this.cell = false;
    this.link = false;
  }

  lineBreak(): void {
    this.parts.push(LINE_BREAK);
    this.cell = false;
    this.link = false;
  }

  /**
   * A link (or a button) opens: right after another, with nothing between, it is set apart by a
   * space, as a browser shows a menu's items ("Thời sự Kinh tế", not "Thời sựKinh tế").
   */
  linkOpened(): void {
    if (this.link) this.parts.push(" ");
    this.link = false;
  }

  linkClosed(): void {
    this.link = true;
  }

  /** A table cell opens: its first text is set apart from the text of its row before it. */
  cellOpened(): void {
    this.cell = true;
  }

  /**
   * The lines of parts [from, to), leaving out `omit` (sorted by `from`, nested or apart): a
   * part left out reads as a space, so the words around it stay apart. A sentence a `<br>` cut
   * is joined again (line-breaks.ts).
   */
  lines(range: PartRange, omit: readonly PartRange[]): string[] {
    const lines: BrokenLine[] = [];
    let line = "";
    let afterBr = false;
    let next = firstFrom(omit, range.from);
    for (let i = range.from; i < range.to; i++) {
      while (next < omit.length && (omit[next] as PartRange).from < i) next++;
      const skip = omit[next];
      if (skip !== undefined && skip.from === i && skip.to > i) {
        line += " ";
        i = skip.to - 1;
        next++;
        continue;
      }
      const part = this.parts[i];
      if (typeof part === "string") line += part;
      else if (part === CELL_GAP) {
        if (line.trim() !== "") line += " | ";
      } else {
        lines.push({ text: line, afterBr });
        line = "";
        afterBr = part === LINE_BREAK;
      }
    }
    lines.push({ text: line, afterBr });
    return joinBrokenSentences(lines);
  }
}

/** The index of the first range of `ranges` (sorted by `from`) that starts at `from` or later. */
function firstFrom(ranges: readonly PartRange[], from: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as PartRange).from < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
