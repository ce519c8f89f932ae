// Steps: the unit of a playbook. A step issues commands through its context, parses
// what comes back, records facts for later steps and findings for the user.
import type { PlaybookId, StepProgress, StepStatus } from '../contract/investigationWireTypes';
import type { StepReason } from '../contract/stepReasons';
import type { CommandRunner, OutputTap } from './commandRunner';

export type { PlaybookId, StepProgress, StepStatus };
import type { Finding, NewFinding } from '../contract/findingTypes';
import type { InvestigationFacts } from './investigationFacts';
import type { InvestigationOptions } from './investigationOptions';
import type { Capability, TargetProfile } from './targetCapabilities';
import type { WarningCode } from './warningTitles';


/** A command a step issued and what the debugger answered, kept with the step. */
export interface CommandRecord {
  command: string;
  /** Raw output (LF); very long outputs keep their head and tail, see outputOmittedChars. */
  output: string;
  outputOmittedChars: number;
  durationMs: number;
  /** False when an offline log had no answer for this command. */
  recorded: boolean;
}

/** What a step offers to the UI and reports (JSON-serialisable). */
export interface StepRecord {
  id: string;
  title: string;
  why: string;
  status: StepStatus;
  /** Why it was skipped or failed (English). */
  reason: string | null;
  /** The same as a typed reason when it is one of ours (a failure's error text is not). */
  reasonMessage: StepReason | null;
  progress: StepProgress | null;
  commands: CommandRecord[];
  findingIds: string[];
  roundTrips: number;
  startedAt: string | null;
  durationMs: number | null;
}

/** A command's whole output as line-aligned chunks, and its length in characters. */
export interface StreamedOutput {
  chunks: AsyncIterable<string>;
  totalChars: number;
}

/** What a step sees while it runs. Commands honour the investigation's AbortSignal. */
export interface StepContext {
  readonly signal: AbortSignal;
  readonly facts: InvestigationFacts;
  readonly target: TargetProfile;
  readonly options: InvestigationOptions;
  /** False only offline, when the recorded log holds no answer for the command. */
  canAnswer(command: string): boolean;
  /** Offline: the commands the recorded log holds; null with a live debugger. */
  recordedCommands(): string[] | null;
  /** Runs one command; null when offline and the log holds no answer. */
  run(command: string, options?: { timeoutMs?: number }): Promise<string | null>;
  /**
   * Runs one command whose output can be huge (a whole verifier log) and gives it as
   * line-aligned text chunks: from disk when the session spilled it past its memory cap,
   * so nothing past the head is lost and memory never holds it whole. null as for run().
   */
  runStreamed(command: string, options?: { timeoutMs?: number }): Promise<StreamedOutput | null>;
  /** runBatch for outputs that can be huge: each as runStreamed gives it. */
  runBatchStreamed(commands: string[], options?: { timeoutMs?: number }): Promise<(StreamedOutput | null)[]>;
  /** Runs commands in one round trip (pipelined); null entries had no recorded answer. */
  runBatch(commands: string[], options?: { timeoutMs?: number }): Promise<(string | null)[]>;
  /** Resumes the target (`g`); resolves when it breaks again (see interrupt). */
  resume(command: string): Promise<string | null>;
  /** Break into the running target (Ctrl+C / Ctrl+Break). */
  interrupt(): Promise<void>;
  /**
   * Resumes the target for at most `ms`: 'broke' when it stopped by itself (a breakpoint,
   * a PoolHitTag hit), 'waited' when the time ran out and PoolSleuth broke in.
   */
  runFor(command: string, ms: number): Promise<'broke' | 'waited'>;
  /** If a `resume` of this step is still running, break in and wait until the target stops. */
  ensureStopped(): Promise<void>;
  /** Text printed by the command in flight, as it arrives (when the runner can stream). */
  watchOutput(listener: (text: string) => void): () => void;
  progress(done: number, total: number, message?: string): void;
  addFinding(finding: NewFinding): Finding;
  /** A warning finding: the title is fixed per code (WARNING_TITLES); numbers and names go in `detail`. */
  warn(code: WarningCode, detail: string): Finding;
  /** Abortable wait. */
  sleep(ms: number): Promise<void>;
  /**
   * A context whose commands ignore cancellation, for cleanup that must happen
   * (clearing nt!PoolHitTag) even after the user pressed Cancel.
   */
  cleanup(): StepContext;
}

export interface StepDefinition {
  id: string;
  title: string;
  /** Plain-language guidance: why this step, what its numbers mean. */
  why: string;
  /** Not offered at all when the target lacks these (e.g. PoolHitTag on a dump). */
  requires?: Capability[];
  /** Branching on earlier facts: a reason to skip, or null to run. */
  skipReason?(facts: InvestigationFacts, options: InvestigationOptions): StepReason | null;
  run(ctx: StepContext): Promise<void>;
}


export interface Playbook {
  /** A PlaybookId, or 'triage' for the analyze-only run that picks one. */
  id: PlaybookId | 'triage';
  title: string;
  steps: StepDefinition[];
}

export interface EngineEnvironment {
  runner: CommandRunner;
  tap?: OutputTap;
  target: TargetProfile;
}
