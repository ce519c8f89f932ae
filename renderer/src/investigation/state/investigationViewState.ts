// What the investigation view shows, folded from the core's InvestigationEvents
// (and, after a run, from the report JSON that carries each command's output).
import type { Finding, PlaybookId, StepProgress, StepReason, StepStatus, TargetKind } from '../../../../electron/contract';
import type { Conclusion } from './reportConclusion';

export interface CommandView {
  command: string;
  durationMs: number;
  recorded: boolean;
  /** Raw output; null until the report has been fetched after the run. */
  output: string | null;
  outputOmittedChars: number;
}

export interface StepView {
  id: string;
  title: string;
  why: string;
  status: StepStatus;
  reason: string | null;
  /** The reason typed (translated by code); null for a failure's own text. */
  reasonMessage: StepReason | null;
  durationMs: number | null;
  progress: StepProgress | null;
  commands: CommandView[];
}

export interface UnavailableStepView {
  id: string;
  title: string;
  why: string;
  reason: string;
  reasonMessage: StepReason | null;
}

/** idle: nothing run yet; running: a start or re-run is under way. */
export type InvestigationPhase = 'idle' | 'running' | 'finished' | 'failed' | 'cancelled';

export interface InvestigationViewState {
  /** The core's investigation id; 'report' when restored from a report (page reload). */
  id: string | null;
  phase: InvestigationPhase;
  /** A start/re-run request of ours has not answered yet (events alone do not end the run). */
  requestPending: boolean;
  playbook: PlaybookId | 'triage' | null;
  title: string | null;
  target: { kind: TargetKind; offline: boolean } | null;
  steps: StepView[];
  unavailable: UnavailableStepView[];
  findings: Finding[];
  /** Why the investigation failed or could not start. */
  reason: string | null;
  /** Outputs of the commands have been merged from the report. */
  outputsLoaded: boolean;
  /** The report's answer (verdict, suspects, next step), read from the report after each run. */
  conclusion: Conclusion | null;
}

export const initialInvestigationState: InvestigationViewState = {
  id: null,
  phase: 'idle',
  requestPending: false,
  playbook: null,
  title: null,
  target: null,
  steps: [],
  unavailable: [],
  findings: [],
  reason: null,
  outputsLoaded: false,
  conclusion: null,
};
