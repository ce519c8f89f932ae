// One kd/cdb session: writes commands with framing markers, queues them,
// tracks the session state and produces the console stream a person would see.
import type { SessionState, SessionStateName, TargetSummary } from '../contract';
import { isSingleCommandLine, newCommandMarker, resumesTarget } from './commandMarker';
import { sanitizeConsoleText } from './consoleTextSanitizer';
import type { DebuggerTransport, TransportExit } from './debuggerTransport';
import { OutputFramer } from './outputFramer';
import type { TranscriptEntry } from './transcriptEntry';

export interface CommandResult {
  command: string;
  /** Output with LF line endings, prompt and marker removed. */
  output: string;
  durationMs: number;
}

export class CommandTimeoutError extends Error {
  constructor(command: string, timeoutMs: number) {
    super(`'${command}' printed nothing for ${Math.round(timeoutMs / 1000)} s; the debugger was interrupted.`);
    this.name = 'CommandTimeoutError';
  }
}

export interface SessionObserver {
  state?(state: SessionState): void;
  /** Console text with CRLF line endings, sanitized, never containing markers. */
  console?(text: string): void;
  transcript?(entry: TranscriptEntry): void;
  /** The debugger or its link went away (after pending commands were failed). */
  ended?(exit: TransportExit): void;
}

export interface SessionOptions {
  /** Default per-command silence timeout; 0 disables. Resume commands (`g`…) never time out. */
  commandTimeoutMs?: number;
  /** How long the banner and symbol loading may take before the first prompt. */
  startupTimeoutMs?: number;
  target?: TargetSummary | null;
}

export interface ExecuteOptions {
  timeoutMs?: number;
  /** Hidden commands (internal resynchronisation) are not echoed on the console. */
  echo?: boolean;
}

interface Job {
  command: string;
  marker: string;
  echo: boolean;
  /** The start-up sync: its output is the banner, recorded (not echoed) so a replay can show it. */
  banner: boolean;
  timeoutMs: number;
  batch: number;
  writtenAt: number;
  timer: ReturnType<typeof setTimeout> | null;
  abandoned: boolean;
  resolve(result: CommandResult): void;
  reject(err: Error): void;
}

export class DebuggerSession {
  private readonly framer: OutputFramer;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly queue: Job[] = [];
  private readonly inFlight: Job[] = [];
  private current: SessionState;
  private promptShown = false;
  private nextBatch = 1;
  private readonly commandTimeoutMs: number;
  private readonly startupTimeoutMs: number;

  constructor(
    private readonly transport: DebuggerTransport,
    private readonly observer: SessionObserver = {},
    options: SessionOptions = {},
  ) {
    this.commandTimeoutMs = options.commandTimeoutMs ?? 120_000;
    this.startupTimeoutMs = options.startupTimeoutMs ?? 180_000;
    this.current = { state: 'idle', reason: null, prompt: null, target: options.target ?? null };
    this.framer = new OutputFramer({
      console: (text) => this.emitConsole(text),
      commandCompleted: (marker, output, prompt) => this.onCommandCompleted(marker, output, prompt),
      prompt: (prompt) => this.onPrompt(prompt),
    });
  }

  get state(): SessionState {
    return this.current;
  }

  /** What the banner revealed about the target (dump/live, OS), shown with the state. */
  describeTarget(target: TargetSummary): void {
    this.current = { ...this.current, target };
    this.observer.state?.(this.current);
  }

  /** Starts the debugger and waits for its first prompt; resolves with the banner text. */
  async start(): Promise<string> {
    this.setState('connecting');
    try {
      await this.transport.start({
        data: (chunk) => {
          this.rearmHeadTimeout();
          this.framer.push(this.decoder.decode(chunk, { stream: true }));
        },
        diagnostic: (text) => this.emitConsole(text),
        exit: (exit) => this.onTransportExit(exit),
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.setState('failed', reason);
      throw err instanceof Error ? err : new Error(reason);
    }
    this.setState('loading');
    const banner = await this.enqueue(['.echo'], { echo: false, timeoutMs: this.startupTimeoutMs }, true);
    return banner[0]?.output ?? '';
  }

  /** Runs one command (user or playbook); queued behind commands already waiting. */
  async execute(command: string, options: ExecuteOptions = {}): Promise<CommandResult> {
    const [result] = await this.enqueue([command], options);
    return result!;
  }

  /**
   * Runs commands that do not resume the target as one pipelined write: each
   * keeps its own marker, so N lookups cost one round trip instead of N.
   */
  async executeBatch(commands: string[], options: ExecuteOptions = {}): Promise<CommandResult[]> {
    const resuming = commands.find(resumesTarget);
    if (resuming) throw new Error(`'${resuming}' resumes the target and cannot be batched.`);
    return this.enqueue(commands, options);
  }

  /** Break: interrupt a running target or a long command, then resynchronise. */
  async interrupt(): Promise<void> {
    const before = this.current.state;
    if (!['busy', 'running', 'loading'].includes(before)) return;
    this.setState('breaking');
    try {
      await this.transport.interrupt();
    } catch (err) {
      this.setState(before);
      throw err;
    }
    this.resynchronise();
  }

  async close(): Promise<void> {
    this.failQueued(new Error('The session was closed.'));
    await this.transport.close();
    if (!['failed', 'disconnected'].includes(this.current.state)) this.setState('disconnected', 'Disconnected.');
  }

  /**
   * Writes a fresh marker right away (not queued behind the interrupted command):
   * if kd dropped the earlier `.echo` lines on break, they end with this one.
   */
  private resynchronise(): void {
    const job: Job = {
      command: '.echo',
      marker: newCommandMarker(),
      echo: false,
      banner: false,
      timeoutMs: 0,
      batch: this.nextBatch++,
      writtenAt: Date.now(),
      timer: null,
      abandoned: true,
      resolve: () => undefined,
      reject: () => undefined,
    };
    this.framer.expect(job.marker);
    this.inFlight.push(job);
    this.transport.write(`.echo ${job.marker}\n`);
  }

  private enqueue(commands: string[], options: ExecuteOptions, startup = false): Promise<CommandResult[]> {
    if (['idle', 'connecting', 'disconnected', 'failed'].includes(this.current.state) && !startup) {
      return Promise.reject(new Error(this.current.reason ?? 'Not connected to a debugger.'));
    }
    for (const command of commands) {
      if (!isSingleCommandLine(command)) return Promise.reject(new Error('A command must be a single line without control characters.'));
    }
    const batch = this.nextBatch++;
    const promises = commands.map(
      (command) =>
        new Promise<CommandResult>((resolve, reject) => {
          const timeoutMs = resumesTarget(command) ? 0 : (options.timeoutMs ?? this.commandTimeoutMs);
          this.queue.push({
            command,
            marker: newCommandMarker(),
            echo: options.echo ?? true,
            banner: startup,
            timeoutMs,
            batch,
            writtenAt: 0,
            timer: null,
            abandoned: false,
            resolve,
            reject,
          });
        }),
    );
    this.pump();
    return Promise.all(promises);
  }

  private pump(): void {
    if (this.inFlight.length > 0 || this.queue.length === 0) return;
    if (['idle', 'connecting', 'disconnected', 'failed'].includes(this.current.state)) return;
    const batch = this.queue[0]!.batch;
    const toWrite: Job[] = [];
    while (this.queue[0]?.batch === batch) toWrite.push(this.queue.shift()!);
    let text = '';
    for (const job of toWrite) {
      // The marker goes on its own line: bang commands and `$<` take the rest of theirs.
      const isStartupSync = job.command === '.echo' && !job.echo;
      text += isStartupSync ? `.echo ${job.marker}\n` : `${job.command}\n.echo ${job.marker}\n`;
      job.writtenAt = Date.now();
      this.framer.expect(job.marker);
      this.inFlight.push(job);
      this.armTimeout(job);
      if (job.echo) this.record('input', job.command);
    }
    if (this.current.state !== 'loading' && this.current.state !== 'breaking') {
      this.setState(toWrite.some((job) => resumesTarget(job.command)) ? 'running' : 'busy');
    }
    this.echoHead();
    this.transport.write(text);
  }

  /**
   * Timeouts measure silence, not total time: a command still printing (a
   * million-line `!verifier 0x80`) is alive; only one that stops talking is stuck.
   */
  private rearmHeadTimeout(): void {
    const head = this.inFlight[0];
    if (!head?.timer) return;
    clearTimeout(head.timer);
    this.armTimeout(head);
  }

  private armTimeout(job: Job): void {
    if (job.timeoutMs <= 0) return;
    job.timer = setTimeout(() => {
      job.abandoned = true;
      job.reject(new CommandTimeoutError(job.command, job.timeoutMs));
      this.record('state', `timeout: ${job.command}`);
      void this.transport.interrupt().catch(() => undefined);
      this.resynchronise();
    }, job.timeoutMs);
  }

  /** Shows "<prompt><command>" for the command whose output comes next. */
  private echoHead(): void {
    const head = this.inFlight[0];
    if (!head || !head.echo) return;
    const prompt = this.promptShown ? '' : (this.current.prompt ?? '');
    this.observer.console?.(`${prompt}${sanitizeConsoleText(head.command)}\r\n`);
    this.promptShown = false;
  }

  private onCommandCompleted(marker: string, output: string, prompt: string | null): void {
    if (prompt && prompt !== this.current.prompt) this.current = { ...this.current, prompt };
    const job = this.inFlight.shift();
    if (!job || job.marker !== marker) return;
    if (job.timer) clearTimeout(job.timer);
    if (job.echo || (job.banner && output.length > 0)) this.record('output', output);
    if (!job.abandoned) job.resolve({ command: job.command, output, durationMs: Date.now() - job.writtenAt });
    if (this.inFlight.length > 0) {
      this.echoHead();
      return;
    }
    // kd reads its next line as soon as it has printed the prompt, so the next
    // command can be written now; the prompt itself may arrive in a later chunk.
    this.pump();
    if (this.inFlight.length === 0) this.setState('ready');
  }

  private onPrompt(prompt: string): void {
    if (prompt !== this.current.prompt) this.current = { ...this.current, prompt };
    if (this.inFlight.length > 0 || this.promptShown) return;
    this.observer.console?.(prompt);
    this.promptShown = true;
  }

  private onTransportExit(exit: TransportExit): void {
    const pending = this.inFlight[0] ?? this.queue[0];
    const reason = pending && !exit.expected ? `${exit.reason} (while running '${pending.command}')` : exit.reason;
    for (const job of this.inFlight.splice(0)) {
      if (job.timer) clearTimeout(job.timer);
      if (!job.abandoned) job.reject(new Error(reason));
    }
    this.failQueued(new Error(reason));
    this.framer.reset();
    this.emitConsole(`\n[${exit.expected ? 'disconnected' : 'debugger exited'}: ${exit.reason}]\n`);
    this.setState(exit.expected ? 'disconnected' : 'failed', reason);
    this.observer.ended?.(exit);
  }

  private failQueued(err: Error): void {
    for (const job of this.queue.splice(0)) job.reject(err);
  }

  private emitConsole(text: string): void {
    if (text.length === 0) return;
    this.promptShown = false;
    this.observer.console?.(sanitizeConsoleText(text).replace(/\r?\n/g, '\r\n'));
  }

  private record(direction: TranscriptEntry['direction'], text: string): void {
    this.observer.transcript?.({ time: new Date().toISOString(), direction, text });
  }

  private setState(state: SessionStateName, reason: string | null = null): void {
    this.current = { ...this.current, state, reason };
    this.record('state', reason ? `${state}: ${reason}` : state);
    this.observer.state?.(this.current);
  }
}
