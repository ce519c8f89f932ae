// A capped, de-duplicated list of warnings: a parser fed a million garbage lines must
// not return a million warnings.

export const MAX_WARNINGS = 50;

export class WarningList {
  private readonly items: string[] = [];
  private readonly seen = new Set<string>();
  private dropped = 0;

  add(message: string): void {
    if (this.seen.has(message)) return;
    if (this.items.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    this.seen.add(message);
    this.items.push(message);
  }

  /** Adds an "N unrecognised lines, first: …" style counter warning. */
  addCount(what: string, count: number, example: string | null): void {
    if (count <= 0) return;
    const ex = example === null ? '' : `, first: ${JSON.stringify(example.slice(0, 120))}`;
    this.add(`${count} ${what}${ex}`);
  }

  toArray(): string[] {
    const out = this.items.slice();
    if (this.dropped > 0) out.push(`${this.dropped} further warnings omitted`);
    return out;
  }
}
