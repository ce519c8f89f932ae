// Where console text goes, in one fixed order. Everything the console shows enters
// here — the session's prompt, commands and output, and the core's own notes:
//
//   sanitizer          control characters become visible escapes (debugger/consoleTextSanitizer);
//                      the session sanitises too, and the pass is idempotent, so notes
//                      quoting target text (an exit reason, a host's message) are covered
//   → outbox           flow control to the shells' `console.output` events (consoleOutbox.ts)
//   → progress tap     the running step reads its command's output live ("Parsed entry x/y")
//   → bug-check watcher  a live target stopping on a bug check updates the session bar
//                      (bugCheckWatcher.ts; armed after the banner, for live targets only)
//
// The outbox is the core's, one for every session; tap and watcher belong to one session.
import type { ConsoleNote } from '../contract';
import { sanitizeConsoleText } from '../debugger/consoleTextSanitizer';
import type { ConsoleOutputTap } from '../investigation/commandRunner';
import { BugCheckWatcher } from './bugCheckWatcher';
import type { ConsoleOutbox } from './consoleOutbox';

export interface ConsoleStage {
  readonly name: string;
  /** `note`: the text is the English of this typed note (only the outbox keeps the type, for the page). */
  push(text: string, note?: ConsoleNote): void;
}

export class ConsoleChain {
  constructor(private readonly stages: readonly ConsoleStage[]) {}

  /** The stages in order, sanitizer first (for tests and the docs). */
  get names(): string[] {
    return ['sanitizer', ...this.stages.map((s) => s.name)];
  }

  push(text: string, note?: ConsoleNote): void {
    if (text.length === 0) return;
    const safe = sanitizeConsoleText(text);
    for (const stage of this.stages) stage.push(safe, note);
  }

  /** One of the core's typed lines (contract/consoleNotes.ts), on a line of its own: the English, with the type beside it. */
  pushNote(english: string, note: ConsoleNote): void {
    this.push('\r\n');
    this.push(english, note);
    this.push('\r\n');
  }
}

export function outboxStage(outbox: ConsoleOutbox): ConsoleStage {
  return { name: 'outbox', push: (text, note) => outbox.write(text, note) };
}

export function progressTapStage(tap: ConsoleOutputTap): ConsoleStage {
  return { name: 'progress tap', push: (text) => tap.push(text) };
}

/** Silent until armed: the bug check the banner showed is known only once the banner is read. */
export class BugCheckStage implements ConsoleStage {
  readonly name = 'bug-check watcher';
  private watcher: BugCheckWatcher | null = null;

  constructor(private readonly onBugCheck: (bugCheck: string) => void) {}

  /** `known`: the bug check already shown, not reported again. */
  arm(known: string | null): void {
    this.watcher = new BugCheckWatcher(known);
  }

  push(text: string): void {
    const stoppedOn = this.watcher?.push(text) ?? null;
    if (stoppedOn !== null) this.onBugCheck(stoppedOn);
  }
}

/** A session's chain: sanitizer → outbox, progress tap, bug-check watcher. */
export function sessionConsoleChain(outbox: ConsoleOutbox, tap: ConsoleOutputTap, bugChecks: BugCheckStage): ConsoleChain {
  return new ConsoleChain([outboxStage(outbox), progressTapStage(tap), bugChecks]);
}

/** The core's own notes: sanitizer → outbox (no step reads them). */
export function noteConsoleChain(outbox: ConsoleOutbox): ConsoleChain {
  return new ConsoleChain([outboxStage(outbox)]);
}
