/** The attributes of the tag being read that the page reader looks at. */
export class TagAttributes {
  /** The values of `class` and `id`, space-separated. */
  classAndId = "";
  /** The value of `itemprop`. */
  itemprop = "";
  /** Whether the tag has a `fallback` attribute (an AMP element's fallback content). */
  fallback = false;
  private name = "";
  private value = "";

  constructor(private readonly html: string) {}

  /** A new tag starts. */
  reset(): void {
    this.classAndId = "";
    this.itemprop = "";
    this.fallback = false;
    this.name = "";
  }

  /** An attribute named html[start, end) starts. */
  named(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    this.name =
      name === "class" || name === "id" || name === "itemprop" || name === "fallback" ? name : "";
    this.value = "";
  }

  data(start: number, end: number): void {
    if (this.name !== "") this.value += this.html.slice(start, end);
  }

  entity(codepoint: number): void {
    if (this.name !== "") this.value += String.fromCodePoint(codepoint);
  }

  end(): void {
    if (this.name === "class" || this.name === "id") this.classAndId += ` ${this.value}`;
    else if (this.name === "itemprop") this.itemprop = this.value;
    else if (this.name === "fallback") this.fallback = true;
    this.name = "";
  }
}
