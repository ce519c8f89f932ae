// What a conclusion builder reads: the facts, the step records (for gaps) and the
// options (advice fits the shell). Pure data; no debugger access.
import type { InvestigationFacts } from '../investigationFacts';
import type { InvestigationOptions } from '../investigationOptions';
import type { StepRecord } from '../stepTypes';
import type { TargetProfile } from '../targetCapabilities';
import type { UnavailableStep } from '../../contract/investigationEvents';

export interface ConclusionInput {
  facts: InvestigationFacts;
  steps: readonly StepRecord[];
  unavailable: readonly UnavailableStep[];
  options: InvestigationOptions;
  target: TargetProfile;
}
