import type { Role } from "./roles.ts";
import type { PartRange } from "./text-parts.ts";

/** A range of the page's markup, [start, end). */
export interface SourceRange {
  start: number;
  end: number;
}

/** An element with a role or an anchor, as it was read. */
interface Frame extends PartRange, SourceRange {
  role: Role | "anchor";
  /** The page's text characters read before it opened, then the number it holds. */
  chars: number;
  /** Whether it holds an anchor (roles.ts isAnchor). */
  anchored: boolean;
  /** An anchor that is the headline (`<h1>`). */
  headline: boolean;
  /** A lead: whether it opened after the headline ended. */
  afterHeadline: boolean;
  /** A lead: the text characters read between the headline's end (or the page's start) and it. */
  gap: number;
}

/** What to leave out of a page, in its text (parts) and in its markup, and its lead. */
export interface Pruned {
  parts: PartRange[];
  source: SourceRange[];
  lead?: PartRange;
}

/** The most text between the headline and the lead: a byline, a date, share buttons. */
const LEAD_GAP = 200;

/**
 * Decides which elements with a role to leave out, once the whole page has been read: what an
 * element holds is known only at its end, and whether it holds half the page's text only at
 * the page's. An element to drop is kept when it holds an anchor (roles.ts isAnchor), or, on a
 * page without one, half the page's text (some text, that is; the text of page chrome counts);
 * navigation only when it holds an anchor. The lead is the first element named a lead that is
 * not left out and follows the headline with at most LEAD_GAP characters of text between (with
 * no headline, the page's start).
 * Linear: each element is entered and left once, anchors mark the innermost open element with
 * a role and pass up when it closes.
 */
export class Pruner {
  /** Per open element, its frame if it has a role or is an anchor. */
  private readonly open: (Frame | undefined)[] = [];
  /** The open frames, innermost last. */
  private readonly frames: Frame[] = [];
  private readonly closed: Frame[] = [];
  private readonly leads: Frame[] = [];
  private anchors = 0;
  /** The text characters read when the headline ended. */
  private headlineEnd: number | undefined;
  /** Text characters read. */
  chars = 0;

  /** An element opened at `start` in the markup, its text from part `from`. */
  enter(role: Role | undefined, start: number, from: number): void {
    const frame = role === undefined ? undefined : this.frame(role, start, from);
    this.open.push(frame);
    if (frame?.role === "lead") this.leads.push(frame);
  }

  /** The element just entered is an anchor; `headline`: an `<h1>`. */
  anchor(headline: boolean, start: number, from: number): void {
    this.anchors++;
    if (this.open.at(-1) === undefined)
      this.open[this.open.length - 1] = this.frame("anchor", start, from);
    const top = this.frames.at(-1) as Frame;
    top.anchored = true;
    top.headline = headline;
  }

  /** The innermost open element ends at `end` in the markup, its text before part `to`. */
  leave(end: number, to: number): void {
    const frame = this.open.pop();
    if (frame === undefined) return;
    this.frames.pop();
    frame.end = end;
    frame.to = to;
    frame.chars = this.chars - frame.chars;
    const parent = this.frames.at(-1);
    if (frame.anchored && parent) parent.anchored = true;
    if (frame.headline && this.headlineEnd === undefined) this.headlineEnd = this.chars;
    this.closed.push(frame);
  }

  /** The elements to leave out, outermost first, and the lead, the first that `read` accepts. */
  finish(read: (lead: PartRange, omit: readonly PartRange[]) => boolean): Pruned {
    const half = this.chars / 2;
    const dropped = this.closed
      .filter(
        (f) =>
          (f.role === "chrome" && !f.anchored) ||
          (f.role === "drop" &&
            !f.anchored &&
            !(this.anchors === 0 && f.chars > 0 && f.chars >= half)),
      )
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const source: SourceRange[] = [];
    for (const f of dropped) {
      const last = source.at(-1);
      if (!last || f.start >= last.end) source.push({ start: f.start, end: f.end });
    }
    const headline = this.headlineEnd !== undefined;
    const parts = dropped.map((f) => ({ from: f.from, to: f.to }));
    const lead = this.leads.find(
      (f) =>
        f.afterHeadline === headline &&
        f.gap <= LEAD_GAP &&
        !within(source, f.start) &&
        read(f, parts),
    );
    return { parts, source, ...(lead ? { lead: { from: lead.from, to: lead.to } } : {}) };
  }

  private frame(role: Frame["role"], start: number, from: number): Frame {
    const after = this.headlineEnd !== undefined;
    const frame: Frame = {
      role,
      start,
      end: start,
      from,
      to: from,
      chars: this.chars,
      anchored: false,
      headline: false,
      afterHeadline: after,
      gap: this.chars - (this.headlineEnd ?? 0),
    };
    this.frames.push(frame);
    return frame;
  }
}

/** Whether `at` lies in one of the ranges (in order and apart). */
function within(ranges: readonly SourceRange[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as SourceRange).end <= at) lo = mid + 1;
    else hi = mid;
  }
  const range = ranges[lo];
  return range !== undefined && range.start <= at;
}
