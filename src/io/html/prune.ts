import type { Role } from "./roles.ts";
import type { PartRange } from "./text-parts.ts";

/** A range of the page's markup, [start, end). */
export interface SourceRange {
  start: number;
  end: number;
}

/** An element with a role, as it was read. */
interface Frame extends PartRange, SourceRange {
  role: Role;
  /** The page's text characters read before it opened, then the number it holds. */
  chars: number;
  /** Whether it holds an anchor (roles.ts isAnchor). */
  anchored: boolean;
}

/** What to leave out of a page: in its text (parts) and in its markup. */
export interface Pruned {
  parts: PartRange[];
  source: SourceRange[];
}

/**
 * Decides which elements with a role to leave out, once the whole page has been read: what an
 * element holds is known only at its end, and whether it holds half the page's text only at
 * the page's. An element to drop is kept when it holds an anchor (roles.ts isAnchor), or, on a
 * page without one, half the page's text.
 * Linear: each element is entered and left once, anchors mark the innermost open element with
 * a role and pass up when it closes.
 */
export class Pruner {
  /** Per open element, its frame if it has a role. */
  private readonly open: (Frame | undefined)[] = [];
  /** The open frames, innermost last. */
  private readonly frames: Frame[] = [];
  private readonly closed: Frame[] = [];
  private anchors = 0;
  /** Text characters read. */
  chars = 0;

  /** An element opened at `start` in the markup, its text from part `from`. */
  enter(role: Role | undefined, start: number, from: number): void {
    if (role === undefined) {
      this.open.push(undefined);
      return;
    }
    const frame = { role, start, end: start, from, to: from, chars: this.chars, anchored: false };
    this.open.push(frame);
    this.frames.push(frame);
  }

  /** The element just entered is an anchor. */
  anchor(): void {
    this.anchors++;
    const top = this.frames.at(-1);
    if (top) top.anchored = true;
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
    this.closed.push(frame);
  }

  /** The elements to leave out, outermost first. */
  finish(): Pruned {
    const half = this.chars / 2;
    const dropped = this.closed
      .filter((f) => !f.anchored && !(this.anchors === 0 && f.chars >= half))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const source: SourceRange[] = [];
    for (const f of dropped) {
      const last = source.at(-1);
      if (!last || f.start >= last.end) source.push({ start: f.start, end: f.end });
    }
    return { parts: dropped.map((f) => ({ from: f.from, to: f.to })), source };
  }
}
