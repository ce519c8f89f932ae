// Runs a playbook's steps in order over a CommandRunner: gating by target capability,
// branching (skipReason), progress, cancellation (AbortSignal), re-runs, and the typed
// event stream for the UI.
import type { ConclusionMessages } from '../contract/conclusionMessages';
import type { Conclusion } from '../contract/conclusionTypes';
import type { Finding, NewFinding } from '../contract/findingTypes';
import { showTargetText } from '../contract/targetText';
import { concludeTyped, englishConclusion } from './conclusion/concludeInvestigation';
import type { InvestigationEvent, InvestigationListener, InvestigationStatus, UnavailableStep } from '../contract/investigationEvents';
import { emptyFacts, type InvestigationFacts } from './investigationFacts';
import { withDefaults, type InvestigationOptions } from './investigationOptions';
import { damagedCommands, damageDetail } from './outputDamage';
import { errorMessage, RunnerFailure, StepCancelled } from './stepErrors';
import { StepRunContext, type StepRunHost } from './stepRunContext';
import type { CommandRecord, EngineEnvironment, Playbook, StepDefinition, StepRecord } from './stepTypes';
import { capabilitiesOf, describeMissingCapability } from './targetCapabilities';
import { stepReasonText, type StepReason } from '../contract/stepReasons';
import { warningTitle } from './warningTitles';

export interface InvestigationInit {
  playbook: Playbook;
  env: EngineEnvironment;
  options?: Partial<InvestigationOptions>;
  /** Facts known before the playbook starts (e.g. the parsed banner). */
  facts?: Partial<InvestigationFacts>;
  /**
   * An earlier investigation of the same target (the triage that chose this playbook):
   * its facts, and its finished steps with the same ids, are taken over, not re-run.
   */
  adopt?: Investigation;
  id?: string;
}

export class Investigation {
  readonly id: string;
  readonly playbook: Playbook;
  readonly facts: InvestigationFacts;
  readonly options: InvestigationOptions;
  /** Steps offered for this target, in order. */
  readonly steps: StepRecord[];
  /** Steps of the playbook the target cannot run (not offered). */
  readonly unavailable: UnavailableStep[];
  readonly findings: Finding[] = [];
  status: InvestigationStatus = 'running';
  /** Why the investigation failed or stopped early. */
  failure: string | null = null;
  /** The answer, set when a run or re-run ends (null while running). */
  conclusion: Conclusion | null = null;
  /** The conclusion's summary and next step typed, for the UI to translate. */
  conclusionMessages: ConclusionMessages | null = null;
  roundTrips = 0;
  private readonly definitions: StepDefinition[];
  private readonly listeners = new Set<InvestigationListener>();
  private controller: AbortController | null = null;
  private nextFinding = 1;
  private started = false;
  private readonly adopted = new Set<string>();

  constructor(private readonly init: InvestigationInit) {
    // globalThis.crypto: the engine stays free of Node (browsers and Node both have it).
    this.id = init.id ?? globalThis.crypto.randomUUID();
    this.playbook = init.playbook;
    this.facts = { ...emptyFacts(), ...init.adopt?.facts, ...init.facts };
    this.options = withDefaults(init.options);
    const caps = capabilitiesOf(init.env.target);
    this.definitions = [];
    this.unavailable = [];
    for (const step of init.playbook.steps) {
      const missing = (step.requires ?? []).find((c) => !caps.has(c));
      if (missing) this.unavailable.push({ id: step.id, title: step.title, why: step.why, ...unavailableReason(describeMissingCapability(missing, init.env.target)) });
      else this.definitions.push(step);
    }
    this.steps = this.definitions.map((d) => ({
      id: d.id,
      title: d.title,
      why: d.why,
      status: 'pending',
      reason: null,
      reasonMessage: null,
      progress: null,
      commands: [],
      findingIds: [],
      roundTrips: 0,
      startedAt: null,
      durationMs: null,
    }));
    if (init.adopt) this.adoptFrom(init.adopt);
  }

  private adoptFrom(earlier: Investigation): void {
    this.roundTrips = earlier.roundTrips;
    for (const [k, done] of earlier.steps.entries()) {
      if (done.status !== 'done') continue;
      let at = this.steps.findIndex((s) => s.id === done.id);
      if (at < 0) {
        // A triage step this playbook lacks (the verifier check) stays, with its commands,
        // after the step it followed; one that sent nothing is dropped.
        if (done.commands.length === 0 && done.findingIds.length === 0) continue;
        const previous = earlier.steps[k - 1];
        at = (previous ? this.steps.findIndex((s) => s.id === previous.id) : -1) + 1;
        this.steps.splice(at, 0, structuredClone(done));
        this.definitions.splice(at, 0, earlier.definitions[k]!);
      } else {
        Object.assign(this.steps[at]!, structuredClone(done));
      }
      this.adopted.add(done.id);
      for (const id of done.findingIds) {
        const finding = earlier.findings.find((f) => f.id === id);
        if (finding) this.findings.push(finding);
      }
    }
    this.nextFinding = earlier.nextFinding;
  }

  on(listener: InvestigationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the running step (its command is interrupted) and the rest of the playbook. */
  cancel(): void {
    this.controller?.abort();
  }

  /** Runs every offered step in order; resolves with the final status. */
  async run(signal?: AbortSignal): Promise<InvestigationStatus> {
    this.announce();
    return this.runRange(0, this.steps.length, signal);
  }

  /** Runs one step again (and, with `following`, every step after it). */
  async rerun(stepId: string, options: { following?: boolean; signal?: AbortSignal } = {}): Promise<InvestigationStatus> {
    const index = this.steps.findIndex((s) => s.id === stepId);
    if (index < 0) throw new Error(`No step '${stepId}' in this investigation.`);
    this.announce();
    const end = options.following ? this.steps.length : index + 1;
    for (let i = index; i < end; i++) this.reset(this.steps[i]!);
    return this.runRange(index, end, options.signal);
  }

  step(id: string): StepRecord | undefined {
    return this.steps.find((s) => s.id === id);
  }

  private announce(): void {
    if (this.started) return;
    this.started = true;
    this.emit({
      type: 'investigation-started',
      investigationId: this.id,
      playbook: this.playbook.id,
      title: this.playbook.title,
      target: { kind: this.init.env.target.kind, offline: this.init.env.target.offline },
      steps: this.steps.map((s) => ({ id: s.id, title: s.title, why: s.why })),
      unavailable: this.unavailable,
    });
  }

  private async runRange(start: number, end: number, signal?: AbortSignal): Promise<InvestigationStatus> {
    if (this.controller) throw new Error('This investigation is already running.');
    const controller = new AbortController();
    this.controller = controller;
    const onOuterAbort = () => controller.abort();
    signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (signal?.aborted) controller.abort();
    this.status = 'running';
    this.failure = null;
    this.conclusion = null;
    this.conclusionMessages = null;
    let stopReason: string | null = null;
    try {
      for (let i = start; i < end; i++) {
        const record = this.steps[i]!;
        if (controller.signal.aborted) {
          this.finishStep(record, 'cancelled', 'Cancelled before it started.', 0);
          continue;
        }
        if (this.adopted.has(record.id)) continue;
        if (stopReason) {
          this.finishStep(record, 'skipped', stopReason, 0);
          continue;
        }
        const outcome = await this.runStep(this.definitions[i]!, record, controller.signal);
        if (outcome.stop) stopReason = outcome.stop;
      }
    } finally {
      signal?.removeEventListener('abort', onOuterAbort);
      this.controller = null;
    }
    const failed = this.steps.find((s) => s.status === 'failed');
    if (controller.signal.aborted) {
      this.status = 'cancelled';
      this.failure = 'The investigation was cancelled.';
    } else if (failed) {
      this.status = 'failed';
      this.failure = stopReason ?? `Step '${failed.title}' failed: ${failed.reason ?? 'unknown reason'}`;
    } else {
      this.status = 'finished';
    }
    // A triage that chose its playbook has no answer of its own: the playbook it hands over to concludes.
    if (this.playbook.id !== 'triage' || this.status !== 'finished') {
      const typed = concludeTyped(this.playbook.id, this.status, this.failure, {
        facts: this.facts,
        steps: this.steps,
        unavailable: this.unavailable,
        options: this.options,
        target: this.init.env.target,
      });
      this.conclusion = englishConclusion(typed);
      this.conclusionMessages = { summary: typed.summary, next: typed.next };
      this.emit({ type: 'conclusion', investigationId: this.id, conclusion: this.conclusion, conclusionMessages: this.conclusionMessages });
    }
    this.emit({ type: 'investigation-finished', investigationId: this.id, status: this.status, reason: this.failure });
    return this.status;
  }

  private async runStep(def: StepDefinition, record: StepRecord, signal: AbortSignal): Promise<{ stop: string | null }> {
    const skip = def.skipReason?.(this.facts, this.options) ?? null;
    if (skip) {
      this.finishStep(record, 'skipped', skip, 0);
      return { stop: null };
    }
    const started = Date.now();
    record.status = 'running';
    record.startedAt = new Date(started).toISOString();
    this.emit({ type: 'step-started', investigationId: this.id, stepId: record.id });
    const ctx = new StepRunContext(this.host(), record, signal);
    try {
      await def.run(ctx);
      await ctx.settle();
      const attempted = record.commands.length;
      const recorded = record.commands.filter((c) => c.recorded).length;
      if (this.init.env.target.offline && attempted > 0 && recorded === 0 && record.findingIds.length === 0) {
        const missing = record.commands.map((c) => c.command).slice(0, 3).join(', ');
        this.finishStep(record, 'skipped', { code: 'no-recorded-data', params: { commands: `${missing}${attempted > 3 ? ', …' : ''}` } }, Date.now() - started);
      } else {
        // Output damaged on its way from the debugger: what was read may be quietly incomplete.
        const damaged = damagedCommands(record.commands);
        for (const d of damaged) {
          this.addFinding(record.id, { kind: 'warning', code: 'unreadable-output', severity: 'warning', title: warningTitle('unreadable-output'), detail: damageDetail(d, showTargetText) });
        }
        if (damaged.length > 0) {
          const names = damaged.map((d) => d.command).join(', ');
          this.finishStep(record, 'inconclusive', { code: 'damaged-output', params: { commands: names } }, Date.now() - started);
        } else {
          this.finishStep(record, 'done', null, Date.now() - started);
        }
      }
      return { stop: null };
    } catch (err) {
      await ctx.settle();
      if (err instanceof StepCancelled || signal.aborted) {
        this.finishStep(record, 'cancelled', { code: 'cancelled' }, Date.now() - started);
        return { stop: null };
      }
      const reason = errorMessage(err);
      this.addFinding(record.id, { kind: 'warning', code: 'step-failed', severity: 'error', title: warningTitle('step-failed'), detail: `${record.title}: ${reason}` });
      this.finishStep(record, 'failed', reason, Date.now() - started);
      const targetGone = err instanceof RunnerFailure && !err.timedOut;
      return { stop: targetGone ? `The debugger is not available: ${reason}` : null };
    }
  }

  private host(): StepRunHost {
    return {
      runner: this.init.env.runner,
      tap: this.init.env.tap,
      target: this.init.env.target,
      facts: this.facts,
      options: this.options,
      addFinding: (stepId, finding) => this.addFinding(stepId, finding),
      progress: (stepId, done, total, message) =>
        this.emit({ type: 'step-progress', investigationId: this.id, stepId, progress: { done, total, message } }),
      commandFinished: (stepId, c: CommandRecord) =>
        this.emit({ type: 'command-finished', investigationId: this.id, stepId, command: c.command, durationMs: c.durationMs, recorded: c.recorded }),
      countRoundTrip: () => {
        this.roundTrips++;
      },
    };
  }

  private addFinding(stepId: string, input: NewFinding): Finding {
    const finding = { ...input, detail: input.detail ?? null, id: `f${this.nextFinding++}`, stepId } as Finding;
    this.findings.push(finding);
    this.step(stepId)?.findingIds.push(finding.id);
    this.emit({ type: 'finding-added', investigationId: this.id, finding });
    return finding;
  }

  private reset(record: StepRecord): void {
    this.adopted.delete(record.id);
    for (const id of record.findingIds) {
      const at = this.findings.findIndex((f) => f.id === id);
      if (at >= 0) this.findings.splice(at, 1);
      this.emit({ type: 'finding-removed', investigationId: this.id, findingId: id });
    }
    Object.assign(record, { status: 'pending', reason: null, reasonMessage: null, progress: null, commands: [], findingIds: [], roundTrips: 0, startedAt: null, durationMs: null });
  }

  /** `reason`: one of our typed reasons, or a failure's own text (an error message). */
  private finishStep(record: StepRecord, status: 'done' | 'inconclusive' | 'skipped' | 'failed' | 'cancelled', reason: StepReason | string | null, durationMs: number): void {
    const reasonMessage = typeof reason === 'object' ? reason : null;
    const text = reasonMessage ? stepReasonText(reasonMessage) : (reason as string | null);
    record.status = status;
    record.reason = text;
    record.reasonMessage = reasonMessage;
    record.durationMs = durationMs;
    this.emit({ type: 'step-finished', investigationId: this.id, stepId: record.id, status, reason: text, reasonMessage, durationMs });
  }

  private emit(event: InvestigationEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A faulty listener (UI gone) must not break the investigation.
      }
    }
  }
}

/** An unavailable step's reason: the English text and the typed reason. */
function unavailableReason(reason: StepReason): { reason: string; reasonMessage: StepReason } {
  return { reason: stepReasonText(reason), reasonMessage: reason };
}
