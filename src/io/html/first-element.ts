/** The text of the first element of one name, its descendants' included. */
export class FirstElementText {
  text = "";
  /** Elements of this name open: 0 before the first, -1 once it has closed. */
  private depth = 0;
  constructor(private readonly name: string) {}
  /** An element opened; `counts`: whether one of this name may be the one (a logo may not). */
  opened(name: string, counts = true): void {
    if (name === this.name && this.depth >= 0 && (counts || this.depth > 0)) this.depth++;
  }
  closed(name: string): void {
    if (name === this.name && this.depth > 0 && --this.depth === 0) this.depth = -1;
  }
  read(data: string): void {
    if (this.depth > 0) this.text += data;
  }
}
