// What the leak playbook's later steps need from the earlier ones, as skipReason rules:
// a driver to read about (driver step), and its outstanding allocations (verifier-pool step).
import type { StepReasonCode } from '../../../contract/stepReasons';
import type { InvestigationFacts } from '../../investigationFacts';
import type { StepDefinition } from '../../stepTypes';

type SkipRule = NonNullable<StepDefinition['skipReason']>;

/** Whether Driver Verifier listed allocations the driver still holds. */
export function hasOutstandingAllocations(facts: InvestigationFacts): boolean {
  return (facts.verifiedDriver?.allocations.length ?? 0) > 0;
}

/** Skips the step, saying `code`, until the driver's outstanding allocations are known. */
export function skipWithoutAllocations(code: StepReasonCode): SkipRule {
  return (facts) => (hasOutstandingAllocations(facts) ? null : { code });
}

/** Skips the step until a driver is identified. */
export const skipWithoutDriver: SkipRule = (facts) => (facts.driver ? null : { code: 'no-driver' });
