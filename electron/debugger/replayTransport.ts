// Answers commands from a recorded transcript, offline and read-only, so a
// session (and its investigation) can be reopened without the target. It
// speaks like kd on a pipe: each input line gets its output then a prompt;
// `.echo X` prints X — which is all the session's framing needs. At start it
// prints the recorded banner, so the replay reads (and the session bar shows
// the build, architecture and bug check) like the recorded session did.
import type { DebuggerTransport, TransportHandlers } from './debuggerTransport';
import { pairCommandsWithOutputs, type Transcript } from './transcriptFile';

export class ReplayTransport implements DebuggerTransport {
  readonly description: string;
  private handlers: TransportHandlers | null = null;
  private pendingInput = '';
  private closed = false;
  /** Recorded outputs per command text, in recording order. */
  private readonly answers = new Map<string, { outputs: string[]; next: number }>();
  private readonly encoder = new TextEncoder();
  private readonly prompt: string;
  /** What the debugger printed at start-up, when the transcript recorded it. */
  private readonly banner: string;

  constructor(private readonly transcript: Transcript) {
    this.description = `replay of ${transcript.header.target.description}`;
    this.prompt = transcript.header.prompt;
    const recordedCommands = pairCommandsWithOutputs(transcript.entries);
    // Only the first start's banner: a reconnect's banner repeats it.
    const first = recordedCommands[0];
    this.banner = first?.command === null ? withFinalNewline(first.outputs.join('')) : '';
    for (const recorded of recordedCommands) {
      if (recorded.command === null) continue;
      const key = recorded.command.trim();
      const slot = this.answers.get(key) ?? { outputs: [], next: 0 };
      slot.outputs.push(recorded.outputs.join(''));
      this.answers.set(key, slot);
    }
  }

  async start(handlers: TransportHandlers): Promise<void> {
    this.handlers = handlers;
    const { header } = this.transcript;
    this.emit(`PoolSleuth transcript replay (read-only): ${header.target.description}, recorded ${header.createdAt}\n${this.banner}${this.prompt}`);
  }

  write(text: string): void {
    if (this.closed) return;
    this.pendingInput += text;
    const lines = this.pendingInput.split('\n');
    this.pendingInput = lines.pop()!;
    let reply = '';
    for (const raw of lines) {
      const line = raw.replace(/\r$/, '');
      const echo = /^\s*\.echo(?:\s(.*))?$/.exec(line);
      reply += echo ? `${echo[1] ?? ''}\n` : this.answer(line.trim());
      reply += this.prompt;
    }
    if (reply) this.emit(reply);
  }

  async interrupt(): Promise<void> {
    // Nothing runs in a replay: every answer is immediate.
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const handlers = this.handlers;
    setImmediate(() => handlers?.exit({ reason: 'Replay closed.', expected: true }));
  }

  private answer(command: string): string {
    if (command === '') return '';
    const slot = this.answers.get(command);
    if (!slot) return `Couldn't resolve error at '${command}' (not in the recorded transcript)\n`;
    // In recording order; after the last, the last answer again.
    const output = slot.outputs[Math.min(slot.next, slot.outputs.length - 1)]!;
    slot.next++;
    return withFinalNewline(output);
  }

  private emit(text: string): void {
    const handlers = this.handlers;
    if (!handlers) return;
    // Asynchronous like a real pipe, so callers never see re-entrant callbacks.
    setImmediate(() => {
      if (!this.closed) handlers.data(this.encoder.encode(text));
    });
  }
}

/** Recorded output ends before the next prompt: make sure that prompt starts a line. */
function withFinalNewline(text: string): string {
  return text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
}
