// The console's recent text, kept by the core so a reloaded page (F5 in browser mode)
// or a second window starts with what the session already printed, prompt included.
// A hook on the console fan-out: it is given exactly the text sent as `console.output`
// events, and keeps the last `maxChars` of it, cut at a line start.
import type { ConsoleNoteSpan } from '../contract';

export interface ConsoleBacklogSnapshot {
  text: string;
  /** The core's typed lines inside `text` (offsets into it), so a restored console shows them in the page's language. */
  notes?: ConsoleNoteSpan[];
  /** Characters printed before `text` that are no longer kept. */
  omittedChars: number;
}

export class ConsoleBacklog {
  private readonly chunks: string[] = [];
  /** The typed notes of each chunk (same index), offsets into that chunk. */
  private readonly chunkNotes: (ConsoleNoteSpan[] | undefined)[] = [];
  private keptChars = 0;
  private droppedChars = 0;

  constructor(private readonly maxChars = 512 * 1024) {}

  push(text: string, notes?: ConsoleNoteSpan[]): void {
    if (text.length === 0) return;
    this.chunks.push(text);
    this.chunkNotes.push(notes);
    this.keptChars += text.length;
    // Drop whole chunks while what is left still covers the limit.
    while (this.chunks.length > 1 && this.keptChars - this.chunks[0]!.length >= this.maxChars) {
      const dropped = this.chunks.shift()!;
      this.chunkNotes.shift();
      this.keptChars -= dropped.length;
      this.droppedChars += dropped.length;
    }
  }

  snapshot(): ConsoleBacklogSnapshot {
    const all = this.chunks.join('');
    const notes: ConsoleNoteSpan[] = [];
    let offset = 0;
    this.chunks.forEach((chunk, i) => {
      for (const span of this.chunkNotes[i] ?? []) notes.push({ ...span, start: span.start + offset });
      offset += chunk.length;
    });
    const withNotes = (start: number) => {
      const kept = notes.filter((n) => n.start >= start).map((n) => ({ ...n, start: n.start - start }));
      return kept.length > 0 ? { notes: kept.slice(-256) } : {};
    };
    if (all.length <= this.maxChars && this.droppedChars === 0) return { text: all, omittedChars: 0, ...withNotes(0) };
    // Start at a line start, so no half line (or half escape sequence) comes first.
    let start = Math.max(0, all.length - this.maxChars);
    const newline = all.indexOf('\n', start === 0 ? 0 : start - 1);
    // (One endless line: keep its tail rather than nothing.)
    if (newline >= 0) start = newline + 1;
    return { text: all.slice(start), omittedChars: this.droppedChars + start, ...withNotes(start) };
  }
}
