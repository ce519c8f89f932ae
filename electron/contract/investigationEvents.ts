// The typed event stream an investigation emits for the UI. Every event is a plain
// JSON-serialisable object; the contract layer mirrors these shapes as zod schemas.
import type { ConclusionMessages } from './conclusionMessages';
import type { Conclusion } from './conclusionTypes';
import type { Finding } from './findingTypes';
import type { PlaybookId, StepProgress, StepStatus, TargetKind } from './investigationWireTypes';
import type { StepReason } from './stepReasons';

export interface OfferedStep {
  id: string;
  title: string;
  why: string;
}

export interface UnavailableStep extends OfferedStep {
  /** Why the target cannot run it, e.g. "needs a live target (a dump cannot run)". */
  reason: string;
  /** The same reason typed, for translation. */
  reasonMessage?: StepReason;
}

export type InvestigationStatus = 'running' | 'finished' | 'failed' | 'cancelled';

export type InvestigationEvent =
  | {
      type: 'investigation-started';
      investigationId: string;
      playbook: PlaybookId | 'triage';
      title: string;
      target: { kind: TargetKind; offline: boolean };
      steps: OfferedStep[];
      unavailable: UnavailableStep[];
    }
  | { type: 'step-started'; investigationId: string; stepId: string }
  | { type: 'step-progress'; investigationId: string; stepId: string; progress: StepProgress }
  | { type: 'command-finished'; investigationId: string; stepId: string; command: string; durationMs: number; recorded: boolean }
  | {
      type: 'step-finished';
      investigationId: string;
      stepId: string;
      status: Exclude<StepStatus, 'pending' | 'running'>;
      reason: string | null;
      /** The reason typed, for translation (null: none, or a failure's own text). */
      reasonMessage?: StepReason | null;
      durationMs: number;
    }
  | { type: 'finding-added'; investigationId: string; finding: Finding }
  | { type: 'finding-removed'; investigationId: string; findingId: string }
  /** The answer so far: sent just before `investigation-finished` (after a run or a re-run). */
  | { type: 'conclusion'; investigationId: string; conclusion: Conclusion; /** Summary and next typed (absent from an older core). */ conclusionMessages?: ConclusionMessages }
  | {
      type: 'investigation-finished';
      investigationId: string;
      status: Exclude<InvestigationStatus, 'running'>;
      reason: string | null;
    };

export type InvestigationEventType = InvestigationEvent['type'];

export type InvestigationListener = (event: InvestigationEvent) => void;
