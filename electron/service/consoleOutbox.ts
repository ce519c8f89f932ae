// Console flow control between core and UI. The UI acknowledges rendered
// characters; above the high watermark we hold output back (it is kept, never
// dropped) until acknowledgements bring the unacknowledged amount below the
// low watermark. This keeps a million-line `!verifier 0x80` from flooding the
// IPC channel or the WebSocket while xterm is still rendering.
import { consoleNoteSchema, type ConsoleNote, type ConsoleNoteSpan } from '../contract';

/** At most this many typed notes in one event (the wire schema's limit). */
const maxNotesPerEvent = 256;

export interface ConsoleOutboxOptions {
  highWatermark?: number;
  lowWatermark?: number;
  /** Largest single console event, so one event never carries megabytes. */
  maxEventChars?: number;
  /**
   * When to send what was written. The default waits for the current I/O turn
   * to end, so a burst of debugger lines leaves as one event, not one per line.
   */
  schedule?: (flush: () => void) => void;
  /**
   * Told how many characters are held back after every change; the core pauses reading
   * the debugger above a high-water mark (debugger/readBackpressure.ts), so held text stays bounded.
   */
  onHeldChange?: (heldChars: number) => void;
}

export class ConsoleOutbox {
  private readonly held: string[] = [];
  /** The typed note of a held entry (same index as `held`), kept whole in one event. */
  private readonly heldNotes = new Map<number, ConsoleNote>();
  /** Index of the first entry of `held` not yet sent. */
  private head = 0;
  private heldChars = 0;
  private unacked = 0;
  private paused = false;
  private readonly high: number;
  private readonly low: number;
  private readonly maxEvent: number;
  private readonly schedule: (flush: () => void) => void;
  private flushScheduled = false;
  private readonly onHeldChange: ((heldChars: number) => void) | undefined;

  constructor(
    private readonly emit: (data: string, notes?: ConsoleNoteSpan[]) => void,
    options: ConsoleOutboxOptions = {},
  ) {
    this.high = options.highWatermark ?? 512 * 1024;
    this.low = options.lowWatermark ?? 128 * 1024;
    this.maxEvent = options.maxEventChars ?? 64 * 1024;
    this.schedule = options.schedule ?? ((flush) => setImmediate(flush));
    this.onHeldChange = options.onHeldChange;
  }

  get pendingChars(): number {
    return this.heldChars;
  }

  get unacknowledgedChars(): number {
    return this.unacked;
  }

  /**
   * `note`: the text is the English of this typed note; the event says where it sits. A note
   * longer than one event, or one the wire schema would refuse (a parameter over 4096
   * characters), is sent as plain English: the page drops an event that fails its schema.
   */
  write(text: string, note?: ConsoleNote): void {
    if (text.length === 0) return;
    if (note && text.length <= this.maxEvent && consoleNoteSchema.safeParse(note).success) this.heldNotes.set(this.held.length, note);
    this.held.push(text);
    this.heldChars += text.length;
    this.onHeldChange?.(this.heldChars);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.schedule(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  acknowledge(chars: number): void {
    this.unacked = Math.max(0, this.unacked - chars);
    if (this.paused && this.unacked <= this.low) this.paused = false;
    this.flush();
  }

  /** A new UI attached (page reload): it starts with nothing unacknowledged. */
  resetReceiver(): void {
    this.unacked = 0;
    this.paused = false;
    this.flush();
  }

  /**
   * While paused, a million-line output piles up here one line per entry; taking
   * from the front by index (not shift(), which moves every entry) keeps each
   * event's cost proportional to its own size.
   */
  private dropConsumed(): void {
    if (this.head === this.held.length) {
      this.held.length = 0;
      this.heldNotes.clear();
      this.head = 0;
    } else if (this.head > 4096 && this.head * 2 > this.held.length) {
      const shift = this.head;
      this.held.splice(0, shift);
      const notes = [...this.heldNotes].filter(([index]) => index >= shift);
      this.heldNotes.clear();
      for (const [index, note] of notes) this.heldNotes.set(index - shift, note);
      this.head = 0;
    }
  }

  private flush(): void {
    while (!this.paused && this.heldChars > 0) {
      let chunk = '';
      const notes: ConsoleNoteSpan[] = [];
      while (this.head < this.held.length && chunk.length < this.maxEvent) {
        const next = this.held[this.head]!;
        let room = this.maxEvent - chunk.length;
        const note = this.heldNotes.get(this.head);
        if (note) {
          // A typed note goes whole into one event, so the page can replace it.
          if (next.length > room || notes.length >= maxNotesPerEvent) break;
          this.heldNotes.delete(this.head);
          notes.push({ start: chunk.length, length: next.length, note });
        }
        // Never cut a UTF-16 surrogate pair in half.
        if (next.length > room && /[\ud800-\udbff]/.test(next.charAt(room - 1))) room -= 1;
        if (room === 0) {
          if (chunk.length > 0) break;
          room = 2;
        }
        if (next.length <= room) {
          chunk += next;
          this.head++;
        } else {
          chunk += next.slice(0, room);
          this.held[this.head] = next.slice(room);
        }
      }
      this.dropConsumed();
      this.heldChars -= chunk.length;
      this.unacked += chunk.length;
      if (this.unacked >= this.high) this.paused = true;
      if (notes.length > 0) this.emit(chunk, notes);
      else this.emit(chunk);
    }
    this.onHeldChange?.(this.heldChars);
  }
}
