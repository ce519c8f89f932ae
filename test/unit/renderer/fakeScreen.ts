// A tiny VT screen for testing the line editor: printable characters with
// xterm-style auto-wrap (pending wrap at the margin), CR, LF with scrolling into
// history, and the CSI A / C / J / 2K sequences the editor emits. Writes are
// queued and parsed on flush(), like xterm's asynchronous write buffer.
import type { EditorTerminal } from '../../../renderer/src/console/consoleLineEditor';
import { cellWidth } from '../../../renderer/src/console/cellWidth';

export class FakeScreen implements EditorTerminal {
  readonly lines: string[][] = [[]];
  private row = 0;
  private col = 0;
  private pendingWrap = false;
  private readonly queue: Array<{ data: string; callback?: () => void }> = [];
  readonly written: string[] = [];

  constructor(readonly cols: number) {}

  write(data: string, callback?: () => void): void {
    this.written.push(data);
    this.queue.push({ data, callback });
  }

  cursorX(): number {
    return this.pendingWrap ? this.cols : this.col;
  }

  /** Parses everything queued (including writes made from callbacks). */
  flush(): void {
    while (this.queue.length) {
      const { data, callback } = this.queue.shift()!;
      this.parse(data);
      callback?.();
    }
  }

  /** Screen text, trailing blanks trimmed, wide characters' spacer cells dropped. */
  text(): string {
    return this.lines.map((l) => l.filter((c) => c !== '').join('').replace(/ +$/, '')).join('\n');
  }

  get cursor(): { row: number; col: number } {
    return { row: this.row, col: this.col };
  }

  private line(): string[] {
    while (this.lines.length <= this.row) this.lines.push([]);
    return this.lines[this.row]!;
  }

  private parse(data: string): void {
    let i = 0;
    while (i < data.length) {
      const ch = data[i]!;
      if (ch === '\x1b') {
        const m = /^\x1b\[(\d*)([ACJK])/.exec(data.slice(i));
        if (!m) throw new Error(`unexpected escape ${JSON.stringify(data.slice(i, i + 6))}`);
        const n = m[1] ? Number(m[1]) : m[2] === 'J' || m[2] === 'K' ? 0 : 1;
        this.pendingWrap = false;
        if (m[2] === 'A') this.row = Math.max(0, this.row - Math.max(1, n));
        if (m[2] === 'C') this.col = Math.min(this.cols - 1, this.col + Math.max(1, n));
        if (m[2] === 'J') {
          this.line().splice(this.col);
          this.lines.splice(this.row + 1);
        }
        if (m[2] === 'K' && n === 2) this.line().length = 0;
        i += m[0].length;
        continue;
      }
      if (ch === '\r') {
        this.col = 0;
        this.pendingWrap = false;
      } else if (ch === '\n') {
        this.row++;
        this.pendingWrap = false;
        this.line();
      } else {
        const cp = String.fromCodePoint(data.codePointAt(i)!);
        const width = cellWidth(cp);
        if (this.pendingWrap || this.col + width > this.cols) {
          this.row++;
          this.col = 0;
          this.pendingWrap = false;
        }
        const line = this.line();
        while (line.length < this.col) line.push(' ');
        line[this.col] = cp;
        if (width === 2) line[this.col + 1] = '';
        this.col += width;
        if (this.col >= this.cols) {
          this.col = this.cols - 1;
          this.pendingWrap = true;
        }
        i += cp.length;
        continue;
      }
      i++;
    }
  }
}
