// The StepContext a running step gets: every command goes through here so it is
// recorded with the step, counted as a round trip, and honours cancellation.
import { alignToLines } from '../debugger/lineChunks';
import { limitOutput } from './commandOutputLimit';
import type { CommandRunner, OutputTap, RunnerCommandResult } from './commandRunner';
import type { Finding, NewFinding } from '../contract/findingTypes';
import type { InvestigationFacts } from './investigationFacts';
import type { InvestigationOptions } from './investigationOptions';
import { errorMessage, RunnerFailure, StepCancelled } from './stepErrors';
import type { CommandRecord, StepContext, StepRecord, StreamedOutput } from './stepTypes';
import type { TargetProfile } from './targetCapabilities';
import { warningTitle, type WarningCode } from './warningTitles';

export interface StepRunHost {
  runner: CommandRunner;
  tap: OutputTap | undefined;
  target: TargetProfile;
  facts: InvestigationFacts;
  options: InvestigationOptions;
  addFinding(stepId: string, finding: NewFinding): Finding;
  progress(stepId: string, done: number, total: number, message: string | null): void;
  commandFinished(stepId: string, record: CommandRecord): void;
  countRoundTrip(): void;
}

/** How long to wait for an interrupted command to come back before giving up on it. */
const INTERRUPT_GRACE_MS = 15_000;

export class StepRunContext implements StepContext {
  /** Resume commands whose break has not arrived yet. */
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly host: StepRunHost,
    private readonly record: StepRecord,
    readonly signal: AbortSignal,
  ) {}

  get facts(): InvestigationFacts {
    return this.host.facts;
  }

  get target(): TargetProfile {
    return this.host.target;
  }

  get options(): InvestigationOptions {
    return this.host.options;
  }

  get targetRunning(): boolean {
    return this.running.size > 0;
  }

  canAnswer(command: string): boolean {
    return this.answerable(command);
  }

  recordedCommands(): string[] | null {
    return this.host.runner.recordedCommands?.() ?? null;
  }

  async run(command: string, options: { timeoutMs?: number } = {}): Promise<string | null> {
    const result = await this.runOne(command, options);
    return result === null ? null : result.output;
  }

  async runStreamed(command: string, options: { timeoutMs?: number } = {}): Promise<StreamedOutput | null> {
    const result = await this.runOne(command, options);
    return result === null ? null : streamedOutput(result);
  }

  runBatch(commands: string[], options: { timeoutMs?: number } = {}): Promise<(string | null)[]> {
    return this.runMany(commands, options, (result) => result.output);
  }

  runBatchStreamed(commands: string[], options: { timeoutMs?: number } = {}): Promise<(StreamedOutput | null)[]> {
    return this.runMany(commands, options, streamedOutput);
  }

  async resume(command: string): Promise<string | null> {
    this.throwIfCancelled();
    if (!this.answerable(command)) return this.unrecorded(command);
    const [result] = await this.call(
      [command],
      () => {
        // Tracked until the target breaks again, even if the step gives up waiting.
        const raw = this.host.runner.execute(command).then((r) => [r]);
        this.running.add(raw);
        raw.then(
          () => this.running.delete(raw),
          () => this.running.delete(raw),
        );
        return raw;
      },
      false,
    );
    return result!.output;
  }

  async runFor(command: string, ms: number): Promise<'broke' | 'waited'> {
    const running = this.resume(command);
    // Both racers get handlers, so a cancel that rejects either is never "unhandled".
    const broke = running.then(
      () => 'broke' as const,
      (err: unknown) => Promise.reject(err),
    );
    const waited = this.sleep(ms).then(() => 'waited' as const);
    broke.catch(() => undefined);
    waited.catch(() => undefined);
    const outcome = await Promise.race([broke, waited]);
    if (outcome === 'waited') {
      await this.interrupt();
      await running;
    }
    return outcome;
  }

  async interrupt(): Promise<void> {
    await this.host.runner.interrupt?.();
  }

  ensureStopped(): Promise<void> {
    return this.settle();
  }

  /** After a step ends: a target it left running is broken into, so the next step has a prompt. */
  async settle(): Promise<void> {
    if (this.running.size === 0) return;
    await this.interrupt().catch(() => undefined);
    await withGrace(Promise.allSettled([...this.running]));
  }

  watchOutput(listener: (text: string) => void): () => void {
    return this.host.tap?.subscribe(listener) ?? (() => undefined);
  }

  progress(done: number, total: number, message?: string): void {
    this.record.progress = { done, total, message: message ?? null };
    this.host.progress(this.record.id, done, total, message ?? null);
  }

  addFinding(finding: NewFinding): Finding {
    return this.host.addFinding(this.record.id, finding);
  }

  warn(code: WarningCode, detail: string): Finding {
    return this.addFinding({ kind: 'warning', code, severity: 'warning', title: warningTitle(code), detail });
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.signal.aborted) {
        reject(new StepCancelled());
        return;
      }
      const timer = setTimeout(() => {
        this.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new StepCancelled());
      };
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  cleanup(): StepContext {
    return new StepRunContext(this.host, this.record, new AbortController().signal);
  }

  /** One command in its own round trip; null (kept as not recorded) when the runner has no answer for it. */
  private async runOne(command: string, options: { timeoutMs?: number }): Promise<RunnerCommandResult | null> {
    this.throwIfCancelled();
    if (!this.answerable(command)) return this.unrecorded(command);
    const [result] = await this.call([command], () => this.host.runner.execute(command, options).then((r) => [r]));
    return result!;
  }

  /**
   * The answerable commands in one round trip, each result taken as `answer` gives it; a
   * command the runner has no answer for is kept as not recorded and gives null in its place.
   */
  private async runMany<T>(
    commands: string[],
    options: { timeoutMs?: number },
    answer: (result: RunnerCommandResult) => T,
  ): Promise<(T | null)[]> {
    this.throwIfCancelled();
    if (commands.length === 0) return [];
    const answerable = commands.filter((c) => this.answerable(c));
    const answers = new Map<number, T>();
    if (answerable.length > 0) {
      const results = await this.call(answerable, () => this.host.runner.executeBatch(answerable, options));
      let k = 0;
      commands.forEach((c, i) => {
        if (this.answerable(c)) answers.set(i, answer(results[k++]!));
      });
    }
    return commands.map((c, i) => answers.get(i) ?? this.unrecordedSync(c));
  }

  private answerable(command: string): boolean {
    return this.host.runner.hasAnswer ? this.host.runner.hasAnswer(command) : true;
  }

  private unrecorded(command: string): Promise<null> {
    return Promise.resolve(this.unrecordedSync(command));
  }

  private unrecordedSync(command: string): null {
    this.keep({ command, output: '', outputOmittedChars: 0, durationMs: 0, recorded: false });
    return null;
  }

  /**
   * One round trip. On cancel, a command in flight is interrupted (Ctrl+C) and we wait
   * (bounded) for the debugger to come back before reporting the cancellation.
   */
  private async call(
    commands: string[],
    start: () => Promise<RunnerCommandResult[]>,
    interruptOnCancel = true,
  ): Promise<RunnerCommandResult[]> {
    this.host.countRoundTrip();
    this.record.roundTrips++;
    const pending = start();
    let onAbort: (() => void) | null = null;
    const cancelled = new Promise<'cancelled'>((resolve) => {
      onAbort = () => resolve('cancelled');
      this.signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const outcome = await Promise.race([pending.then((r) => ({ r }), (e: unknown) => ({ e })), cancelled]);
      if (outcome === 'cancelled') {
        if (interruptOnCancel) {
          await this.interrupt().catch(() => undefined);
          await withGrace(pending.catch(() => undefined));
        }
        // A resumed target comes back later (settle breaks in): keep its output then.
        pending.then((results) => results.forEach((r) => this.keepResult(r)), () => undefined);
        throw new StepCancelled();
      }
      if ('e' in outcome) {
        const err = outcome.e;
        if (this.signal.aborted) throw new StepCancelled();
        const timedOut = err instanceof Error && err.name === 'CommandTimeoutError';
        throw new RunnerFailure(errorMessage(err), commands.join(' ; '), timedOut);
      }
      for (const result of outcome.r) this.keepResult(result);
      return outcome.r;
    } finally {
      if (onAbort) this.signal.removeEventListener('abort', onAbort);
    }
  }

  private keepResult(result: RunnerCommandResult): void {
    const limited = limitOutput(result.output);
    this.keep({ command: result.command, output: limited.output, outputOmittedChars: limited.omitted, durationMs: result.durationMs, recorded: true });
  }

  private keep(record: CommandRecord): void {
    this.record.commands.push(record);
    this.host.commandFinished(this.record.id, record);
  }

  private throwIfCancelled(): void {
    if (this.signal.aborted) throw new StepCancelled();
  }
}

/** A result's whole output as line-aligned chunks: the spilled file when there is one, else the text itself. */
export function streamedOutput(result: RunnerCommandResult): StreamedOutput {
  const spilled = result.spilled;
  if (spilled) return { chunks: alignToLines(spilled.chunks()), totalChars: spilled.length };
  return {
    chunks: (async function* () {
      yield result.output;
    })(),
    totalChars: result.output.length,
  };
}

function withGrace(promise: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, INTERRUPT_GRACE_MS);
    void promise.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
