// Answers commands from a recorded session (debugger/replayRecording.ts: our saved
// transcript or a `.logopen` text log), offline and read-only, so a session and its
// investigation can be reopened without the target. It speaks like kd on a pipe: each
// input line gets its output then a prompt; `.echo X` prints X — which is all the
// session's framing needs. At start it prints the recorded banner, so the replay reads
// (and the session bar shows the build, architecture and bug check) like the recorded
// session did.
//
// Commands match by the normalising key (parsers/commandKey.ts: case, hex spelling,
// `lmvm`), the same rule for the app, the CLI and the investigation's "is it recorded?"
// question (`hasAnswer`). A command the recording does not hold is answered with nothing:
// the replay never invents debugger output, and a playbook step reports "No data in the
// recorded log" instead of reading made-up text.
import type { DebuggerTransport, TransportHandlers } from './debuggerTransport';
import { RecordedAnswers } from './recordedAnswers';
import type { ReplayRecording } from './replayRecording';

export class ReplayTransport implements DebuggerTransport {
  readonly description: string;
  private handlers: TransportHandlers | null = null;
  private pendingInput = '';
  private closed = false;
  private readonly answers: RecordedAnswers;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  constructor(private readonly recording: ReplayRecording) {
    this.description = `replay of ${recording.description}`;
    this.answers = new RecordedAnswers(recording.commands);
  }

  /** False when the recording holds no output for this command (in any spelling kd accepts). */
  hasAnswer(command: string): boolean {
    return this.answers.has(command);
  }

  /** The recorded commands, in recorded order (the playbooks read which ones someone ran). */
  recordedCommands(): string[] {
    return this.answers.commands();
  }

  async start(handlers: TransportHandlers): Promise<void> {
    this.handlers = handlers;
    const banner = withFinalNewline(this.recording.banner ?? '');
    this.emit(`PoolSleuth replay (read-only) of ${this.recording.description}\n${banner}${this.recording.prompt}`);
  }

  write(data: string | Uint8Array): void {
    if (this.closed) return;
    // A replay has no code page: the session writes UTF-8 text (bytes only for other encodings).
    this.pendingInput += typeof data === 'string' ? data : this.decoder.decode(data, { stream: true });
    const lines = this.pendingInput.split('\n');
    this.pendingInput = lines.pop()!;
    let reply = '';
    for (const raw of lines) {
      const line = raw.replace(/\r$/, '');
      const echo = /^\s*\.echo(?:\s(.*))?$/.exec(line);
      reply += echo ? `${echo[1] ?? ''}\n` : this.answer(line);
      reply += this.recording.prompt;
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
    setImmediate(() => handlers?.exit({ reason: 'Replay closed.', detail: { code: 'replay-closed' }, expected: true }));
  }

  /** Nothing at all for a command the recording lacks: never made-up debugger text. */
  private answer(command: string): string {
    return withFinalNewline(this.answers.take(command) ?? '');
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
