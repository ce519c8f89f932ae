// Folds the core's InvestigationEvents and the view's own requests into the view
// state. Pure, so the event semantics (adoption of the triage, re-runs, removed
// findings) are unit-tested without a browser.
import { stepReasonSchema, type Finding, type InvestigationEvent, type StepReason } from '../../../../electron/contract';
import { conclusionOf } from './reportConclusion';
import type { ReportSnapshot } from './reportSnapshot';
import { initialInvestigationState, type InvestigationViewState, type StepView } from './investigationViewState';

export type InvestigationAction =
  | { type: 'event'; event: InvestigationEvent }
  | { type: 'start-requested' }
  | { type: 'rerun-requested'; stepId: string; following: boolean }
  /** Our start / re-run request answered with the investigation's final status. */
  | { type: 'request-settled'; status: 'finished' | 'failed' | 'cancelled' }
  | { type: 'request-failed'; message: string }
  | { type: 'report-loaded'; report: ReportSnapshot }
  /** A new target was opened: the core forgot the last investigation. */
  | { type: 'reset' };

/** A typed reason from the core, checked (the event is untrusted JSON); anything else is none. */
function typedReason(value: unknown): StepReason | null {
  const parsed = stepReasonSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const pendingStep = (s: { id: string; title: string; why: string }): StepView => ({
  id: s.id,
  title: s.title,
  why: s.why,
  status: 'pending',
  reason: null,
  reasonMessage: null,
  durationMs: null,
  progress: null,
  commands: [],
});

function updateStep(state: InvestigationViewState, stepId: string, change: (step: StepView) => StepView): InvestigationViewState {
  let found = false;
  const steps = state.steps.map((s) => {
    if (s.id !== stepId) return s;
    found = true;
    return change(s);
  });
  return found ? { ...state, steps } : state;
}

function upsertFinding(findings: Finding[], finding: Finding): Finding[] {
  const at = findings.findIndex((f) => f.id === finding.id);
  if (at < 0) return [...findings, finding];
  const next = findings.slice();
  next[at] = finding;
  return next;
}

function applyEvent(state: InvestigationViewState, event: InvestigationEvent): InvestigationViewState {
  if (event.type === 'investigation-started') {
    const same = event.investigationId === state.id;
    // The chosen playbook adopts the triage (same id): steps already run keep their state.
    const known = new Map(same ? state.steps.map((s) => [s.id, s]) : []);
    return {
      ...(same ? state : initialInvestigationState),
      id: event.investigationId,
      phase: 'running',
      requestPending: state.requestPending,
      playbook: event.playbook,
      title: event.title,
      target: event.target,
      steps: event.steps.map((s) => {
        const prior = known.get(s.id);
        return prior ? { ...prior, title: s.title, why: s.why } : pendingStep(s);
      }),
      unavailable: event.unavailable.map((u) => ({ ...u, reasonMessage: typedReason(u.reasonMessage) })),
      reason: null,
      outputsLoaded: false,
      // The triage's answer is not the playbook's: wait for the playbook's own.
      conclusion: null,
    };
  }
  if (event.investigationId !== state.id) return state;
  switch (event.type) {
    case 'step-started':
      return {
        ...updateStep(state, event.stepId, (s) => ({ ...s, status: 'running', reason: null, reasonMessage: null, durationMs: null, progress: null, commands: [] })),
        phase: 'running',
        outputsLoaded: false,
      };
    case 'step-progress':
      return updateStep(state, event.stepId, (s) => ({ ...s, progress: { ...event.progress } }));
    case 'command-finished':
      return updateStep(state, event.stepId, (s) => ({
        ...s,
        commands: [...s.commands, { command: event.command, durationMs: event.durationMs, recorded: event.recorded, output: null, outputOmittedChars: 0 }],
      }));
    case 'step-finished':
      return updateStep(state, event.stepId, (s) => ({ ...s, status: event.status, reason: event.reason, reasonMessage: typedReason(event.reasonMessage), durationMs: event.durationMs }));
    case 'finding-added':
      return { ...state, findings: upsertFinding(state.findings, event.finding) };
    case 'finding-removed':
      return { ...state, findings: state.findings.filter((f) => f.id !== event.findingId) };
    case 'conclusion':
      return { ...state, conclusion: conclusionOf(event.conclusion, event.conclusionMessages) };
    case 'investigation-finished':
      // The triage finishes before the chosen playbook starts: while our request is
      // open, only its answer ends the run.
      if (state.requestPending) return { ...state, reason: event.reason };
      return { ...state, phase: event.status, reason: event.reason };
    default:
      return state;
  }
}

/** Steps whose status a re-run is about to replace. */
function markRerun(state: InvestigationViewState, stepId: string, following: boolean): InvestigationViewState {
  const from = state.steps.findIndex((s) => s.id === stepId);
  if (from < 0) return state;
  const steps = state.steps.map((s, i) => (i === from || (following && i > from) ? { ...pendingStep(s) } : s));
  return { ...state, steps, phase: 'running', requestPending: true, reason: null, outputsLoaded: false, conclusion: null };
}

/** Merges the report's command outputs into steps we already show, or restores the view from it. */
function applyReport(state: InvestigationViewState, report: ReportSnapshot): InvestigationViewState {
  if (state.phase === 'running') return state;
  const byId = new Map(report.steps.map((s) => [s.id, s]));
  if (state.id !== null && state.steps.length > 0) {
    const steps = state.steps.map((step) => {
      const reported = byId.get(step.id);
      if (!reported) return step;
      // Same commands in the same order: attach outputs by position.
      const commands = step.commands.map((c, i) => {
        const r = reported.commands[i];
        return r && r.command === c.command ? { ...c, output: r.output, outputOmittedChars: r.outputOmittedChars } : c;
      });
      return { ...step, commands };
    });
    return { ...state, steps, outputsLoaded: true, conclusion: report.conclusion };
  }
  // Nothing shown yet (page reload): the last report is the whole picture.
  const phase = report.status === 'finished' || report.status === 'cancelled' ? report.status : 'failed';
  return {
    ...initialInvestigationState,
    id: 'report',
    phase,
    playbook: report.playbook,
    title: report.playbookTitle,
    target: report.target,
    steps: report.steps.map((s) => ({
      id: s.id,
      title: s.title,
      why: s.why,
      status: s.status,
      reason: s.reason,
      reasonMessage: s.reasonMessage ?? null,
      durationMs: s.durationMs,
      progress: null,
      commands: s.commands.map((c) => ({ ...c })),
    })),
    unavailable: report.unavailableSteps.map((u) => ({ ...u, reasonMessage: u.reasonMessage ?? null })),
    findings: report.findings,
    reason: report.failure,
    outputsLoaded: true,
    conclusion: report.conclusion,
  };
}

export function investigationReducer(state: InvestigationViewState, action: InvestigationAction): InvestigationViewState {
  switch (action.type) {
    case 'event':
      return applyEvent(state, action.event);
    case 'start-requested':
      return { ...initialInvestigationState, phase: 'running', requestPending: true };
    case 'rerun-requested':
      return markRerun(state, action.stepId, action.following);
    case 'request-settled': {
      // Steps the engine never reached stay pending; a cancelled run says so on them.
      const steps =
        action.status === 'cancelled'
          ? state.steps.map((s) => (s.status === 'running' || s.status === 'pending' ? { ...s, status: 'cancelled' as const } : s))
          : state.steps;
      return { ...state, steps, phase: action.status, requestPending: false };
    }
    case 'request-failed':
      return { ...state, phase: state.id === null && state.steps.length === 0 ? 'idle' : 'failed', requestPending: false, reason: action.message };
    case 'report-loaded':
      return applyReport(state, action.report);
    case 'reset':
      return initialInvestigationState;
  }
}
