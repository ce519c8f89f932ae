// One kd/cdb session: writes commands with framing markers, queues them,
// tracks the session state and produces the console stream a person would see.
// Every command is settled: it answers, times out, is refused, or fails with the
// reason the session failed. See docs/reliability.md for timeouts and break-in.
import { consoleNoteText, type ConsoleNote, type FailureDetail, type SessionActivity, type SessionActivityKind, type SessionState, type SessionStateName, type TargetSummary } from '../contract';
import { isSingleCommandLine, newCommandMarker, resumesTarget } from './commandMarker';
import { sanitizeConsoleText } from './consoleTextSanitizer';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { CommandOutputSpill } from './commandOutputSpill';
import { makeOwnedTempFolder, removeStaleTempFolders } from './sessionTempFolders';
import { SpillDiskBudget } from './spillDiskBudget';
import { classifyDebuggerLine, type DebuggerSignal } from './debuggerSignals';
import { LinkWaitNote } from './linkWaitNote';
import type { DebuggerTransport, TransportExit } from './debuggerTransport';
import { createOutputDecoder, encodeForDebugger, type OutputDecoder } from './debuggerEncoding';
import { OutputFramer } from './outputFramer';
import type { TranscriptEntry } from './transcriptEntry';

export interface CommandResult {
  command: string;
  /**
   * Output with LF line endings, prompt and marker removed. When the output passed the
   * session's memory cap: its first 64 K characters and a note; the whole text is in `spilled`.
   */
  output: string;
  durationMs: number;
  /** Only for an output past the memory cap: the whole text on disk (read with chunks()); deleted when the session closes. */
  spilled?: CommandOutputSpill;
  /** Only for an output that was cut (spill disk limit reached, a write failed): why. The output note says it too. */
  truncated?: string;
}

export class CommandTimeoutError extends Error {
  constructor(command: string, timeoutMs: number) {
    super(`'${command}' printed nothing for ${seconds(timeoutMs)} s; the debugger was interrupted.`);
    this.name = 'CommandTimeoutError';
  }
}

/** A Break that did not bring the prompt back in time. */
export class BreakFailedError extends Error {
  constructor(timeoutMs: number) {
    super(`The debugger did not stop within ${seconds(timeoutMs)} s; it may not receive Ctrl+C (a wrapper script?). Disconnect to end it, or wait.`);
    this.name = 'BreakFailedError';
  }
}

export interface SessionObserver {
  state?(state: SessionState): void;
  /** Console text with CRLF line endings, sanitized, never containing markers. */
  console?(text: string): void;
  /** `wholeOutput`: an output entry whose text is only the head; the whole output is in this (sealed) spill file. */
  transcript?(entry: TranscriptEntry, wholeOutput?: CommandOutputSpill): void;
  /**
   * The session's own ending line, typed (contract/consoleNotes.ts) with its English. Without
   * this callback the English goes to `console` like any other text.
   */
  note?(english: string, note: ConsoleNote): void;
  /** The debugger or its link went away (after pending commands were failed). */
  ended?(exit: TransportExit): void;
}

export interface SessionOptions {
  /** Default per-command silence timeout; 0 disables. Resume commands (`g`…) never time out. */
  commandTimeoutMs?: number;
  /**
   * No output at all for this long means the debugger hangs (default 60 s; 0 disables).
   * It bounds every command's silence, also one that asked for a longer timeout:
   * progress output (symbol-loading dots, "Parsed entry x/y") counts as output.
   */
  hangTimeoutMs?: number;
  /** How long the banner and symbol loading may stay silent before the first prompt (default 120 s). */
  startupTimeoutMs?: number;
  /** How long a break may take to bring the prompt back (default 20 s). */
  breakTimeoutMs?: number;
  /** A user's Break is sent again this often until a prompt returns (default 2 s; a Ctrl+C right after `g` can be lost). */
  breakResendMs?: number;
  target?: TargetSummary | null;
  /** Characters of one command's output kept in memory; the rest goes to a file in the session's temp folder (default 64 M). */
  outputMemoryCapChars?: number;
  /** Where the session's temp folder is made (default: the OS temp folder); it is deleted when the session closes. */
  tempParentDir?: string;
  /** Bytes all of this session's spill files may take on disk; past it an output is cut, marked truncated, and the user warned (default 2 GiB). */
  spillDiskLimitBytes?: number;
  /** Before the first prompt, how long kd may say "Waiting to reconnect..." without connecting before the console notes the wait (default 2 s). */
  linkWaitNoteGraceMs?: number;
}

export interface ExecuteOptions {
  timeoutMs?: number;
  /** Hidden commands (internal resynchronisation) are not echoed on the console. */
  echo?: boolean;
}

type JobKind = 'command' | 'startup' | 'resync';

interface Job {
  kind: JobKind;
  command: string;
  marker: string;
  echo: boolean;
  /** Silence allowed before the job counts as stuck; 0 = never. */
  silenceLimitMs: number;
  batch: number;
  writtenAt: number;
  /** Resolved or rejected already (a timed-out command whose marker may still arrive). */
  settled: boolean;
  resolve(result: CommandResult): void;
  reject(err: Error): void;
}

/** A break in progress: the user's Break, or the one a timeout sends. */
interface BreakAttempt {
  cause: 'user' | 'timeout';
  /** For a timeout: what went silent, for the failure reason. */
  what: string;
  resync: Job;
  previous: SessionStateName;
  sends: number;
  /** Text arrived after the break was sent: a prompt after it is the debugger stopping. */
  outputSeen: boolean;
  outputSinceSend: boolean;
  /** When the last Ctrl+C went out (Date.now()). */
  lastSendAt: number;
  promptSeen: boolean;
  deadline: ReturnType<typeof setTimeout> | null;
  resend: ReturnType<typeof setInterval> | null;
  resolve(): void;
  reject(err: Error): void;
  done: Promise<void>;
}

const disconnectedStates: readonly SessionStateName[] = ['idle', 'connecting', 'disconnected', 'failed'];

function seconds(ms: number): number {
  return ms >= 1000 ? Math.round(ms / 1000) : Math.round(ms / 100) / 10;
}

function limitOf(...limits: number[]): number {
  const positive = limits.filter((l) => l > 0);
  return positive.length === 0 ? 0 : Math.min(...positive);
}

export class DebuggerSession {
  private readonly framer: OutputFramer;
  private decoder: OutputDecoder | null = null;
  private readonly queue: Job[] = [];
  private readonly inFlight: Job[] = [];
  private current: SessionState;
  private promptShown = false;
  private nextBatch = 1;
  private readonly commandTimeoutMs: number;
  private readonly hangTimeoutMs: number;
  private readonly startupTimeoutMs: number;
  private readonly breakTimeoutMs: number;
  private readonly breakResendMs: number;
  private watchdog: ReturnType<typeof setTimeout> | null = null;
  /** The core paused reading (backpressure): silence is ours, not the debugger's. */
  private readingPaused = false;
  private readingPauses = 0;
  private breakAttempt: BreakAttempt | null = null;
  /** The first prompt arrived: later banners mean the target reconnected. */
  private started = false;
  private ended = false;
  /** Why the transport closed, typed (set when it does). */
  private exitDetail: FailureDetail | null = null;
  private lastActivityUpdate = 0;
  private lineTail = '';
  /** The session's temp folder for spilled outputs, made on the first spill. */
  private tempDir: string | null = null;
  private readonly tempParent: string;
  private readonly spillBudget: SpillDiskBudget;
  private readonly linkWaitNote: LinkWaitNote;

  constructor(
    private readonly transport: DebuggerTransport,
    private readonly observer: SessionObserver = {},
    options: SessionOptions = {},
  ) {
    this.commandTimeoutMs = options.commandTimeoutMs ?? 120_000;
    this.hangTimeoutMs = options.hangTimeoutMs ?? 60_000;
    this.startupTimeoutMs = options.startupTimeoutMs ?? 120_000;
    this.breakTimeoutMs = options.breakTimeoutMs ?? 20_000;
    this.breakResendMs = options.breakResendMs ?? 2_000;
    this.current = { state: 'idle', reason: null, prompt: null, target: options.target ?? null, activity: null };
    this.tempParent = options.tempParentDir ?? tmpdir();
    this.spillBudget = new SpillDiskBudget(options.spillDiskLimitBytes);
    this.linkWaitNote = new LinkWaitNote(options.linkWaitNoteGraceMs ?? 2_000, () => {
      if (!this.ended && this.current.activity?.kind === 'waiting-to-reconnect') this.emitNote({ code: 'waiting-for-target' });
    });
    this.framer = new OutputFramer({
      console: (text) => this.onFramedText(text),
      commandCompleted: (marker, output, prompt, skipped) => this.onCommandCompleted(marker, output, prompt, skipped),
      prompt: (prompt) => this.onPrompt(prompt),
    }, () => new CommandOutputSpill({
      dir: () => this.sessionTempDir(),
      memoryCapChars: options.outputMemoryCapChars,
      diskBudget: this.spillBudget,
      onTruncated: (reason) => this.onOutputCut(reason),
    }));
  }

  /** The session's temp folder (mode 0700, a fresh name with our pid): spill files live here until close(). */
  private sessionTempDir(): string {
    this.tempDir ??= makeOwnedTempFolder(this.tempParent, 'poolsleuth-session');
    return this.tempDir;
  }

  /** How many times backpressure paused reading the debugger (tests: the flood row proves it paused). */
  get readingPauseCount(): number {
    return this.readingPauses;
  }

  /** Bytes the session's spill files took so far (tests, benchmarks). */
  get spillDiskUsedBytes(): number {
    return this.spillBudget.usedBytes;
  }

  /** The temp folder, if a command's output spilled (tests, benchmarks). */
  get temporaryFolder(): string | null {
    return this.tempDir;
  }

  get state(): SessionState {
    return this.current;
  }

  /** Why the debugger's pipe closed, typed (exited {exitCode}, killed {signal}, closed-by-user, link-lost …); null while it is open. */
  get exitReason(): FailureDetail | null {
    return this.exitDetail;
  }

  /** Backpressure paused/resumed reading the transport: no silence timeout while we hold the debugger back. */
  setReadingPaused(paused: boolean): void {
    if (paused && !this.readingPaused) this.readingPauses++;
    this.readingPaused = paused;
    this.armWatchdog();
  }

  /** What the banner revealed about the target (dump/live, OS), shown with the state. */
  describeTarget(target: TargetSummary): void {
    this.current = { ...this.current, target };
    this.observer.state?.(this.current);
  }

  /**
   * Starts the debugger and waits for its first prompt; resolves with the banner text.
   * On failure the debugger is ended (nobody else holds a handle to stop it).
   */
  async start(): Promise<string> {
    // Spill folders of sessions whose process crashed (their pid is dead) go now.
    removeStaleTempFolders(this.tempParent, 'poolsleuth-session');
    this.setState('connecting');
    try {
      await this.transport.start({
        data: (chunk) => this.onData(chunk),
        diagnostic: (text) => this.emitConsole(text),
        exit: (exit) => this.onTransportExit(exit),
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.setState('failed', reason);
      throw err instanceof Error ? err : new Error(reason);
    }
    if (this.ended) throw new Error(this.current.reason ?? 'The debugger exited.');
    this.setState('loading');
    try {
      const banner = await this.enqueue(['.echo'], { echo: false }, 'startup');
      this.started = true;
      return banner[0]?.output ?? '';
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (!this.ended && this.current.state !== 'failed') this.fail(reason);
      await this.transport.close().catch(() => undefined);
      throw err instanceof Error ? err : new Error(reason);
    }
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

  /**
   * Break: interrupt a running target or a long command, then resynchronise.
   * Resolves once the debugger answers at its prompt again; rejects with
   * BreakFailedError when it stays silent for the break timeout without
   * getting there (the state returns to what it was, with a `break-failed`
   * activity the UI can show).
   */
  async interrupt(): Promise<void> {
    if (this.breakAttempt) return this.breakAttempt.done;
    const before = this.current.state;
    if (!['busy', 'running', 'loading'].includes(before)) return;
    const attempt = this.beginBreak('user', '');
    try {
      await this.transport.interrupt();
    } catch (err) {
      this.endBreak(attempt);
      this.setState(before, null, null);
      throw err;
    }
    // The debugger may have exited while the interrupt was sent.
    if (!this.isCurrentBreak(attempt)) return attempt.done;
    this.writeResync(attempt);
    this.armBreakDeadline(attempt);
    // A Ctrl+C that reaches kd before it has resumed the target is lost: send it again until a prompt shows.
    if (this.breakResendMs > 0) {
      attempt.resend = setInterval(() => {
        if (attempt.promptSeen || !this.isCurrentBreak(attempt)) return;
        // A command still printing got its Ctrl+C; a running target's chatter (DbgPrint) proves nothing.
        // Unless it prints on for a whole break timeout: that Ctrl+C reached kd before it read
        // the command (kd drops a Ctrl+C at an idle prompt), so the command runs to its end.
        const stillFlushing = Date.now() - attempt.lastSendAt < this.breakTimeoutMs;
        if (attempt.outputSinceSend && attempt.previous !== 'running' && stillFlushing) return;
        attempt.outputSinceSend = false;
        attempt.lastSendAt = Date.now();
        attempt.sends++;
        this.record('state', `break resent (${attempt.sends})`);
        void this.transport.interrupt().catch(() => undefined);
      }, this.breakResendMs);
    }
    return attempt.done;
  }

  /** Ends the session: queued and running commands are failed, the debugger is asked to quit, then ended. */
  async close(): Promise<void> {
    const err = new Error('The session was closed.');
    this.settleAll(err);
    try {
      await this.transport.close();
    } finally {
      // Spilled outputs are copies for parsing: they go with the session.
      if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
      this.tempDir = null;
    }
    if (!['failed', 'disconnected'].includes(this.current.state)) this.setState('disconnected', 'Disconnected.');
  }

  private onData(chunk: Uint8Array): void {
    if (this.ended) return;
    this.decoder ??= createOutputDecoder(this.transport.encoding ?? 'utf-8');
    this.armWatchdog();
    const attempt = this.breakAttempt;
    if (attempt?.deadline) this.armBreakDeadline(attempt);
    this.framer.push(this.decoder.write(chunk));
  }

  private beginBreak(cause: BreakAttempt['cause'], what: string): BreakAttempt {
    let resolve!: () => void;
    let reject!: (err: Error) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // A timeout's break has no caller waiting on it.
    done.catch(() => undefined);
    const attempt: BreakAttempt = {
      cause,
      what,
      resync: this.newJob('resync', '.echo', false, cause === 'timeout' ? this.breakTimeoutMs : 0, 0),
      previous: this.current.state,
      sends: 1,
      outputSeen: false,
      outputSinceSend: false,
      lastSendAt: Date.now(),
      promptSeen: false,
      deadline: null,
      resend: null,
      resolve,
      reject,
      done,
    };
    this.breakAttempt = attempt;
    this.setState('breaking', null, this.activity('break-pending', cause === 'user' ? 'Break sent' : what, { cause }));
    return attempt;
  }

  private isCurrentBreak(attempt: BreakAttempt): boolean {
    return this.breakAttempt === attempt;
  }

  private endBreak(attempt: BreakAttempt): void {
    if (attempt.deadline) clearTimeout(attempt.deadline);
    if (attempt.resend) clearInterval(attempt.resend);
    attempt.deadline = null;
    attempt.resend = null;
    if (this.breakAttempt === attempt) this.breakAttempt = null;
  }

  /**
   * Writes a fresh marker right away (not queued behind the interrupted command):
   * if kd dropped the earlier `.echo` lines on break, they end with this one.
   */
  private writeResync(attempt: BreakAttempt): void {
    const job = attempt.resync;
    job.writtenAt = Date.now();
    this.framer.expect(job.marker);
    this.inFlight.push(job);
    this.write(`.echo ${job.marker}\n`);
    this.armWatchdog();
  }

  /**
   * The Break gives up after `breakTimeoutMs` without output: a debugger still
   * printing after a Ctrl+C (flushing a long listing) is on its way to the prompt.
   */
  private armBreakDeadline(attempt: BreakAttempt): void {
    if (attempt.deadline) clearTimeout(attempt.deadline);
    attempt.deadline = setTimeout(() => this.onUserBreakExpired(attempt), this.breakTimeoutMs);
  }

  private onUserBreakExpired(attempt: BreakAttempt): void {
    if (this.breakAttempt !== attempt) return;
    this.endBreak(attempt);
    const err = new BreakFailedError(this.breakTimeoutMs);
    this.record('state', `break failed after ${attempt.sends} attempt(s)`);
    // The resync marker stays in flight: if the debugger stops later, it still ends there.
    this.setState(attempt.previous, null, this.activity('break-failed', err.message, { seconds: String(seconds(this.breakTimeoutMs)) }));
    this.emitNote({ code: 'break-failed', params: { seconds: String(seconds(this.breakTimeoutMs)) } });
    attempt.reject(err);
    this.armWatchdog();
  }

  private newJob(kind: JobKind, command: string, echo: boolean, silenceLimitMs: number, batch: number): Job {
    return {
      kind,
      command,
      marker: newCommandMarker(),
      echo,
      silenceLimitMs,
      batch,
      writtenAt: 0,
      settled: false,
      resolve: () => undefined,
      reject: () => undefined,
    };
  }

  private enqueue(commands: string[], options: ExecuteOptions, kind: JobKind = 'command'): Promise<CommandResult[]> {
    if (disconnectedStates.includes(this.current.state) && kind !== 'startup') {
      return Promise.reject(new Error(this.current.reason ?? 'Not connected to a debugger.'));
    }
    for (const command of commands) {
      if (!isSingleCommandLine(command)) return Promise.reject(new Error('A command must be a single line without control characters.'));
    }
    const batch = this.nextBatch++;
    const promises = commands.map(
      (command) =>
        new Promise<CommandResult>((resolve, reject) => {
          const silence =
            kind === 'startup'
              ? this.startupTimeoutMs
              : resumesTarget(command)
                ? 0
                : limitOf(options.timeoutMs ?? this.commandTimeoutMs, this.hangTimeoutMs);
          const job = this.newJob(kind, command, options.echo ?? true, silence, batch);
          job.resolve = resolve;
          job.reject = reject;
          this.queue.push(job);
        }),
    );
    if (this.current.state === 'running' && kind === 'command' && options.echo !== false) {
      const waiting = this.queue.filter((j) => j.echo).length;
      const queued = commands.join('; ');
      this.emitNote({ code: 'commands-wait-for-stop', params: { commands: queued } });
      this.setActivity(this.activity('commands-queued', `${waiting} command(s) wait for the target to stop`, { count: String(waiting) }));
    }
    this.pump();
    return Promise.all(promises);
  }

  private pump(): void {
    if (this.inFlight.length > 0 || this.queue.length === 0 || this.breakAttempt) return;
    if (disconnectedStates.includes(this.current.state)) return;
    const batch = this.queue[0]!.batch;
    const toWrite: Job[] = [];
    while (this.queue[0]?.batch === batch) toWrite.push(this.queue.shift()!);
    let text = '';
    for (const job of toWrite) {
      // The marker goes on its own line: bang commands and `$<` take the rest of theirs.
      text += job.kind === 'startup' ? `.echo ${job.marker}\n` : `${job.command}\n.echo ${job.marker}\n`;
      job.writtenAt = Date.now();
      this.framer.expect(job.marker);
      this.inFlight.push(job);
      if (job.echo) this.record('input', job.command);
    }
    if (this.current.state !== 'loading') {
      const resumes = toWrite.some((job) => resumesTarget(job.command));
      this.setState(resumes ? 'running' : 'busy', null, resumes ? this.activity('target-running', null) : null);
    }
    this.echoHead();
    this.write(text);
    this.armWatchdog();
  }

  private write(text: string): void {
    const encoding = this.transport.encoding ?? 'utf-8';
    this.transport.write(encoding === 'utf-8' ? text : encodeForDebugger(encoding, text));
  }

  /**
   * Timeouts measure silence, not total time: a command still printing (a
   * million-line `!verifier 0x80`) is alive; only one that stops talking is stuck.
   * One timer watches the job whose answer is due: the resync of a break in
   * progress, else the oldest command in flight.
   */
  private armWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = null;
    if (this.ended) return;
    // kd says why it is quiet (a KDNET target rebooting): not a hang.
    if (this.current.activity?.kind === 'waiting-to-reconnect') return;
    if (this.readingPaused) return;
    const watched = this.breakAttempt && this.inFlight.includes(this.breakAttempt.resync) ? this.breakAttempt.resync : this.inFlight[0];
    if (!watched || watched.silenceLimitMs <= 0) return;
    this.watchdog = setTimeout(() => this.onSilence(watched), watched.silenceLimitMs);
  }

  private onSilence(job: Job): void {
    this.watchdog = null;
    if (this.ended || !this.inFlight.includes(job)) return;
    const attempt = this.breakAttempt;
    if (attempt && job === attempt.resync) {
      this.endBreak(attempt);
      const reason =
        attempt.cause === 'timeout'
          ? `The debugger is not responding: ${attempt.what} It did not answer a break within ${seconds(this.breakTimeoutMs)} s either, so it was ended.`
          : new BreakFailedError(this.breakTimeoutMs).message;
      attempt.reject(new Error(reason));
      this.fail(reason);
      void this.transport.close().catch(() => undefined);
      return;
    }
    const what = new CommandTimeoutError(job.kind === 'startup' ? 'the debugger start-up' : job.command, job.silenceLimitMs);
    this.record('state', `timeout: ${job.command}`);
    // The start-up waits for the break's outcome (its banner is still wanted); a command fails now.
    if (job.kind !== 'startup') this.settle(job, what);
    const silentFor = String(seconds(job.silenceLimitMs));
    this.emitNote(
      job.kind === 'startup'
        ? { code: 'startup-silent-breaking', params: { seconds: silentFor } }
        : { code: 'command-silent-breaking', params: { command: job.command, seconds: silentFor } },
    );
    const next = this.beginBreak('timeout', what.message.replace(/; the debugger was interrupted\.$/, '.'));
    this.writeResyncAfterInterrupt(next);
  }

  private writeResyncAfterInterrupt(attempt: BreakAttempt): void {
    this.transport.interrupt().then(
      () => undefined,
      (err: unknown) => {
        if (this.breakAttempt !== attempt) return;
        this.endBreak(attempt);
        const reason = `${attempt.what} The break failed: ${err instanceof Error ? err.message : String(err)}`;
        attempt.reject(new Error(reason));
        this.fail(reason);
        void this.transport.close().catch(() => undefined);
      },
    );
    this.writeResync(attempt);
  }

  /** Shows "<prompt><command>" for the command whose output comes next. */
  private echoHead(): void {
    const head = this.inFlight[0];
    if (!head || !head.echo || head.kind !== 'command') return;
    const prompt = this.promptShown ? '' : (this.current.prompt ?? '');
    this.observer.console?.(`${prompt}${sanitizeConsoleText(head.command)}\r\n`);
    this.promptShown = false;
  }

  private settle(job: Job, result: CommandResult | Error): void {
    if (job.settled) return;
    job.settled = true;
    if (result instanceof Error) job.reject(result);
    else job.resolve(result);
  }

  /** A command's output was cut (spill disk limit, a failed write): the user hears it at once. */
  private onOutputCut(reason: string): void {
    const job = this.inFlight.find((j) => !j.settled);
    const what = job && job.kind === 'command' ? `'${job.command}'` : 'the debugger';
    // Stays English: it sits inside the command's output, where it is cut (so do sessionTranscript's marks).
    this.emitNote(`Warning: the output of ${what} is cut here: ${reason}. What follows is shown on the console but not kept; the result is marked truncated.`);
  }

  private onCommandCompleted(marker: string, collected: CommandOutputSpill, prompt: string | null, skipped: boolean): void {
    collected.seal();
    const spilled = collected.spillPath !== null ? collected : undefined;
    const truncated = collected.truncated ?? undefined;
    let output = spilled
      ? `${collected.head}\n[PoolSleuth] Output cut here in memory: ${collected.length} characters in all; the whole text was kept on disk until the session closes.\n`
      : collected.head;
    if (truncated) output += `[PoolSleuth] Output truncated after ${collected.length} characters (${collected.droppedChars} more not kept): ${truncated}.\n`;
    if (prompt && prompt !== this.current.prompt) this.current = { ...this.current, prompt };
    const index = this.inFlight.findIndex((j) => j.marker === marker);
    if (index < 0) return;
    const [job] = this.inFlight.splice(index, 1);
    if (!job) return;
    if (job.echo || (job.kind === 'startup' && output.length > 0)) this.record('output', output, spilled);
    // A break's hidden resync answers nobody: what kd printed before it (the break text) is unsolicited.
    else if (job.kind === 'resync' && output.trim().length > 0) this.record('unsolicited', output);
    if (skipped && job.kind === 'command') {
      this.settle(job, new Error(`The debugger dropped '${job.command}' after a break (its input was flushed); run it again.`));
    } else {
      this.settle(job, { command: job.command, output, durationMs: Date.now() - job.writtenAt, ...(spilled ? { spilled } : {}), ...(truncated ? { truncated } : {}) });
    }
    const attempt = this.breakAttempt;
    if (attempt && job === attempt.resync) {
      this.endBreak(attempt);
      this.record('state', attempt.cause === 'timeout' ? 'recovered after a break' : 'break answered');
      attempt.resolve();
    }
    if (this.inFlight.length > 0) {
      this.echoHead();
      this.armWatchdog();
      if (this.current.state === 'breaking' && !this.breakAttempt) this.setState('busy');
      return;
    }
    // kd reads its next line as soon as it has printed the prompt, so the next
    // command can be written now; the prompt itself may arrive in a later chunk.
    this.pump();
    if (this.inFlight.length === 0) {
      this.armWatchdog();
      this.setState('ready');
    }
  }

  private onPrompt(prompt: string): void {
    if (prompt !== this.current.prompt) this.current = { ...this.current, prompt };
    // The prompt kd printed before it read `g` can arrive after the break was sent (a later
    // chunk over SSH): only a prompt after new text means the debugger stopped.
    if (this.breakAttempt?.outputSeen) this.breakAttempt.promptSeen = true;
    if (this.inFlight.length > 0 || this.promptShown) return;
    this.observer.console?.(prompt);
    this.promptShown = true;
    // Output that arrived while nothing was running has ended at this prompt.
    if (this.current.state === 'busy' && this.current.activity?.kind === 'printing') this.setState('ready');
  }

  /** Complete lines (and the tail of a line) from the framer: console, signals, states. */
  private onFramedText(text: string): void {
    this.emitConsole(text);
    // No command of ours is waiting for it (a DbgPrint line at the prompt): the transcript keeps it where it came.
    if (this.inFlight.length === 0 && text.trim().length > 0) this.record('unsolicited', text);
    if (this.breakAttempt && text.trim().length > 0) {
      this.breakAttempt.outputSeen = true;
      this.breakAttempt.outputSinceSend = true;
    }
    const lines = (this.lineTail + text).split('\n');
    this.lineTail = (lines.pop() ?? '').slice(-400);
    for (const line of lines) {
      const signal = classifyDebuggerLine(line);
      if (signal) this.onSignal(signal);
    }
    // Text while nothing runs: the debugger is still printing (e.g. after a break), not ready.
    if (this.inFlight.length === 0 && this.current.state === 'ready' && text.trim().length > 0) {
      this.setState('busy', null, this.activity('printing', 'The debugger is still printing'));
    }
  }

  private onSignal(signal: DebuggerSignal): void {
    const now = Date.now();
    switch (signal.kind) {
      case 'progress': {
        const activity = this.current.activity;
        if (activity?.kind === 'loading-symbols') {
          // State events at most once a second: dots can arrive thousands of times.
          if (now - this.lastActivityUpdate < 1000) return;
          this.lastActivityUpdate = now;
          this.setActivity({ ...activity, detail: signal.text });
        } else if (this.inFlight.length > 0) {
          this.lastActivityUpdate = now;
          this.setActivity(this.activity('loading-symbols', signal.text));
        }
        return;
      }
      case 'debuggee-running':
        this.setActivity(this.activity('target-running', 'Debuggee is running...'));
        return;
      case 'busy':
        this.setActivity(this.activity('target-busy', '*BUSY*'));
        return;
      case 'waiting-to-reconnect':
        this.setActivity(this.activity('waiting-to-reconnect', 'Waiting to reconnect...'));
        // At start-up this is kd opening the link; the note only if it really waits.
        this.linkWaitNote.waiting(this.started);
        this.armWatchdog();
        return;
      case 'shutdown':
        if (this.started) this.record('state', 'target shut down or rebooted');
        return;
      case 'connected': {
        this.linkWaitNote.cancel();
        const wasWaiting = this.current.activity?.kind === 'waiting-to-reconnect';
        if (this.started) {
          this.emitNote({
            code: 'target-connected-again',
            params: { signal: signal.text },
          });
          this.record('state', `target reconnected: ${signal.text}`);
        }
        if (wasWaiting) {
          this.setActivity(this.current.state === 'running' ? this.activity('target-running', null) : null);
          this.armWatchdog();
        }
        return;
      }
      case 'bug-check':
        // Recorded, not noted on the console: a note would split kd's two-line block,
        // which the core's bug-check watcher reads for the session bar.
        if (this.started && this.current.state === 'running') this.record('state', `bug check ${signal.code} while running`);
        return;
    }
  }

  private onTransportExit(exit: TransportExit): void {
    if (this.ended) return;
    this.ended = true;
    this.exitDetail = exit.detail;
    this.linkWaitNote.cancel();
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = null;
    const pending = this.inFlight.find((j) => j.kind !== 'resync' && !j.settled) ?? this.queue[0];
    const what = pending?.kind === 'startup' ? 'while starting' : `while running '${pending?.command}'`;
    const reason = pending && !exit.expected ? `${exit.reason} (${what})` : exit.reason;
    this.settleAll(new Error(reason));
    this.framer.reset();
    if (this.current.state !== 'failed') {
      // The English keeps the transport's own words (its reason may end with a full stop the typed detail has not).
      const note: ConsoleNote = { code: exit.expected ? 'disconnected' : 'debugger-exited', reason: exit.detail };
      this.emitTypedNote(`[${exit.expected ? 'disconnected' : 'debugger exited'}: ${exit.reason}]`, note);
      this.setState(exit.expected ? 'disconnected' : 'failed', reason);
    }
    this.observer.ended?.(exit);
  }

  /** The session cannot go on: every command is failed with `reason`. */
  private fail(reason: string): void {
    this.settleAll(new Error(reason));
    this.framer.reset();
    this.emitTypedNote(`[session failed: ${reason}]`, { code: 'session-failed', reason: { code: 'as-said', params: { text: reason.slice(0, 4096) } } });
    this.setState('failed', reason);
  }

  private settleAll(err: Error): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = null;
    const attempt = this.breakAttempt;
    if (attempt) {
      this.endBreak(attempt);
      attempt.reject(err);
    }
    for (const job of this.inFlight.splice(0)) this.settle(job, err);
    for (const job of this.queue.splice(0)) this.settle(job, err);
  }

  private activity(kind: SessionActivityKind, detail: string | null, params?: Record<string, string>): SessionActivity {
    const activity: SessionActivity = { kind, since: Date.now(), detail: detail === null ? null : sanitizeConsoleText(detail).slice(0, 512) };
    return params ? { ...activity, params } : activity;
  }

  private setActivity(activity: SessionActivity | null): void {
    this.current = { ...this.current, activity };
    this.observer.state?.(this.current);
  }

  /**
   * A `[PoolSleuth]` line on the console. Typed (contract/consoleNotes.ts, whose table holds the
   * English) the page shows it in its language; plain text stays English.
   */
  private emitNote(note: string | ConsoleNote): void {
    const line = typeof note === 'string' ? `[PoolSleuth] ${note}` : consoleNoteText(note);
    this.record('state', `note: ${line.replace(/^\[PoolSleuth\] /, '')}`);
    if (typeof note === 'string') this.emitConsole(`\n${line}\n`);
    else this.emitTypedNote(line, note);
  }

  private emitTypedNote(english: string, note: ConsoleNote): void {
    if (!this.observer.note) return this.emitConsole(`\n${english}\n`);
    this.promptShown = false;
    this.observer.note(sanitizeConsoleText(english).replace(/\r?\n/g, '\r\n'), note);
  }

  private emitConsole(text: string): void {
    if (text.length === 0) return;
    this.promptShown = false;
    this.observer.console?.(sanitizeConsoleText(text).replace(/\r?\n/g, '\r\n'));
  }

  private record(direction: TranscriptEntry['direction'], text: string, wholeOutput?: CommandOutputSpill): void {
    const entry: TranscriptEntry = { time: new Date().toISOString(), direction, text };
    if (wholeOutput) this.observer.transcript?.(entry, wholeOutput);
    else this.observer.transcript?.(entry);
  }

  private setState(state: SessionStateName, reason: string | null = null, activity: SessionActivity | null = null): void {
    this.current = { ...this.current, state, reason, activity };
    this.record('state', reason ? `${state}: ${reason}` : state);
    this.observer.state?.(this.current);
  }
}
