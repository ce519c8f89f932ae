// What a conclusion builder reads: the facts, the step records (for gaps) and the
// options (advice fits the shell). Pure data; no debugger access.
import type { InvestigationFacts } from '../investigationFacts';
import type { InvestigationOptions } from '../investigationOptions';
import type { StepRecord } from '../stepTypes';
import type { TargetProfile } from '../targetCapabilities';
import type { ConclusionMessages } from '../../contract/conclusionMessages';
import type { Conclusion } from '../../contract/conclusionTypes';
import type { UnavailableStep } from '../../contract/investigationEvents';

export interface ConclusionInput {
  facts: InvestigationFacts;
  steps: readonly StepRecord[];
  unavailable: readonly UnavailableStep[];
  options: InvestigationOptions;
  target: TargetProfile;
}

/** What a builder answers: the verdict and suspects, the summary and next step as typed messages. */
export type TypedConclusion = Omit<Conclusion, 'summary' | 'next'> & ConclusionMessages;
