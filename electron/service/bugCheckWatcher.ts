// Watches a live session's console for the moment the target bug checks: kd prints
// "*** Fatal System Error: 0x000000c4" and the arguments on the next line when a
// running target stops on a bug check, long after the banner was read; `!analyze`
// prints "BugCheck C4, {62, …}". The session bar's bug-check chip then updates.
import { bugCheckIn } from './targetDetails';

/** Enough for the two lines of the block; the text seen so far is not kept. */
const TAIL_CHARS = 512;
const MARKERS = ['Fatal System Error', 'BugCheck '];

export class BugCheckWatcher {
  private tail = '';
  private lastReported: string | null;

  /** `known`: the bug check already shown (from the banner), not reported again. */
  constructor(known: string | null = null) {
    this.lastReported = known;
  }

  /** Feeds console text (any chunking); returns a newly seen bug check, else null. */
  push(text: string): string | null {
    const window = this.tail + text;
    this.tail = window.slice(-TAIL_CHARS);
    // Cheap test first: almost every chunk has no marker.
    const at = Math.max(...MARKERS.map((m) => window.lastIndexOf(m)));
    if (at === -1) return null;
    const found = bugCheckIn(window.slice(Math.max(0, at - 8)));
    if (found === null || found === this.lastReported) return null;
    this.lastReported = found;
    return found;
  }
}
