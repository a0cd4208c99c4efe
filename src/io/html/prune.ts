import { outermost, type SourceRange, within } from "./ranges.ts";
import type { Role } from "./roles.ts";
import type { PartRange } from "./text-parts.ts";

export type { SourceRange };

/** The elements opened and the runs of text read in a page, or in a part of it. */
export interface Counts {
  elements: number;
  texts: number;
}

/** An element with a role or an anchor, as it was read. */
interface Frame extends PartRange, SourceRange {
  role: Role | "anchor";
  /** The page's text characters read before it opened. */
  before: number;
  /** The text characters it holds, once it has closed. */
  chars: number;
  /** The page's text characters in paragraphs read before it opened, then the number it holds. */
  paragraphChars: number;
  /** The page's elements and runs of text read when it opened, then those it is and holds. */
  counts: Counts;
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
  /** The elements and runs of text in `source`. */
  cut: Counts;
  lead?: PartRange;
}

/** The most text between the headline and the lead: a byline, a date, share buttons. */
const LEAD_GAP = 200;
/** The shortest run of text that may begin the article's body: a sentence, not a date or a name. */
const BODY_RUN = 40;

/**
 * Decides which elements with a role to leave out, once the whole page has been read: what an
 * element holds is known only at its end, and whether it holds half the page's text only at
 * the page's. Navigation is left out unless it holds an anchor (roles.ts isAnchor). An element
 * to drop is kept when it holds an anchor, or when it holds the article: half the page's text
 * (some text, that is; the text of page chrome counts) or more than half its text in
 * paragraphs, and, on a page with an anchor, where the article's body begins: the first run of
 * BODY_RUN characters after the first anchor opened that is not in a link, the headline, a lead
 * or an element left out whatever it holds. So a wrapper named for a sticky sidebar
 * (`theiaStickySidebar`) or a comment area that holds the article under an `<h1>` above it is
 * kept, while a longer column of teasers or comments beside or below the article is not.
 * The lead is the first element named a lead that is not left out and follows the headline (with
 * no headline, any), if at most LEAD_GAP characters of text stand between them (the page's start)
 * and it has text (as `read` says).
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
  private openLeads = 0;
  private anchors = 0;
  /** The text characters read when the headline ended. */
  private headlineEnd: number | undefined;
  /** Where each run of text that may begin the article's body begins (BODY_RUN). */
  private readonly bodyRuns: number[] = [];
  /** Text characters read. */
  private chars = 0;
  /** Text characters read inside a `<p>`. */
  private paragraphChars = 0;

  /** `counts`: the page's elements and runs of text read so far, counted by the reader. */
  constructor(private readonly counts: Readonly<Counts>) {}

  /**
   * A run of `length` text characters (whitespace trimmed) is read, `inParagraph` inside a
   * `<p>`; `bodyLike`: outside links and the headline, so it may begin the article's body.
   */
  text(length: number, inParagraph: boolean, bodyLike: boolean): void {
    if (bodyLike && length >= BODY_RUN && this.anchors > 0 && this.openLeads === 0) {
      this.bodyRuns.push(this.chars);
    }
    this.chars += length;
    if (inParagraph) this.paragraphChars += length;
  }

  /** An element opened at `start` in the markup, its text from part `from`. */
  enter(role: Role | undefined, start: number, from: number): void {
    const frame = role === undefined ? undefined : this.frame(role, start, from);
    this.open.push(frame);
    if (frame?.role === "lead") {
      this.leads.push(frame);
      this.openLeads++;
    }
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
    if (frame.role === "lead") this.openLeads--;
    frame.end = end;
    frame.to = to;
    frame.chars = this.chars - frame.before;
    frame.paragraphChars = this.paragraphChars - frame.paragraphChars;
    frame.counts = {
      elements: this.counts.elements - frame.counts.elements + 1,
      texts: this.counts.texts - frame.counts.texts,
    };
    const parent = this.frames.at(-1);
    if (frame.anchored && parent) parent.anchored = true;
    if (frame.headline && this.headlineEnd === undefined) this.headlineEnd = this.chars;
    this.closed.push(frame);
  }

  /** The elements to leave out, outermost first, and the lead, if `read` accepts it. */
  finish(read: (lead: PartRange, omit: readonly PartRange[]) => boolean): Pruned {
    const body = this.bodyStart();
    const dropped = this.closed
      .filter((f) => this.leftOut(f, body))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const source = outermost(dropped);
    const headline = this.headlineEnd !== undefined;
    const parts = dropped.map((f) => ({ from: f.from, to: f.to }));
    // Only the first lead past the headline is read: each read may take the page's length.
    const first = this.leads.find((f) => f.afterHeadline === headline && !within(source, f.start));
    const lead = first && first.gap <= LEAD_GAP && read(first, parts) ? first : undefined;
    const cut = { elements: 0, texts: 0 };
    let end = -1;
    for (const f of dropped) {
      if (f.start < end) continue;
      cut.elements += f.counts.elements;
      cut.texts += f.counts.texts;
      end = f.end;
    }
    return { parts, source, cut, ...(lead ? { lead: { from: lead.from, to: lead.to } } : {}) };
  }

  /** Whether an element is left out whatever it holds: it holds no anchor, nor the article. */
  private leftOutSurely(f: Frame): boolean {
    if (f.anchored) return false;
    return f.role === "chrome" || (f.role === "drop" && !this.holdsArticle(f));
  }

  /** Whether an element is left out, the article's body beginning at `body`. */
  private leftOut(f: Frame, body: number | undefined): boolean {
    if (this.leftOutSurely(f)) return true;
    if (f.role !== "drop" || f.anchored || this.anchors === 0) return false;
    return body === undefined || body < f.before || body >= f.before + f.chars;
  }

  /** Whether an element holds half the page's text, or more than half its paragraphs' text. */
  private holdsArticle(f: Frame): boolean {
    return (
      (f.chars > 0 && f.chars * 2 >= this.chars) ||
      (f.paragraphChars > 0 && f.paragraphChars * 2 > this.paragraphChars)
    );
  }

  /** Where the article's body begins: the first run that may, outside what is surely left out. */
  private bodyStart(): number | undefined {
    const out = outermost(
      this.closed
        .filter((f) => f.chars > 0 && this.leftOutSurely(f))
        .map((f) => ({ start: f.before, end: f.before + f.chars }))
        .sort((a, b) => a.start - b.start || b.end - a.end),
    );
    return this.bodyRuns.find((at) => !within(out, at));
  }

  private frame(role: Frame["role"], start: number, from: number): Frame {
    const after = this.headlineEnd !== undefined;
    const frame: Frame = {
      role,
      start,
      end: start,
      from,
      to: from,
      before: this.chars,
      chars: 0,
      paragraphChars: this.paragraphChars,
      counts: { elements: this.counts.elements, texts: this.counts.texts },
      anchored: false,
      headline: false,
      afterHeadline: after,
      gap: this.chars - (this.headlineEnd ?? 0),
    };
    this.frames.push(frame);
    return frame;
  }
}
