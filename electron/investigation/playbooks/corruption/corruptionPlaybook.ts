// Pool corruption triage (C1, CC, D6, C2, 19 and C4 subcodes other than 0x6x):
// !analyze -v → k (the faulting code with its source line) → !pool on the faulting
// address → the verifier log for that block.
import { analyzeStep } from '../shared/analyzeStep';
import { preflightStep } from '../shared/preflightStep';
import type { Playbook } from '../../stepTypes';
import { faultingStackStep } from './faultingStackStep';
import { faultingAddressStep } from './poolPageStep';
import { verifierLogForAddressStep } from './verifierLogForAddressStep';

export const corruptionPlaybook: Playbook = {
  id: 'corruption',
  title: 'Pool corruption triage',
  steps: [preflightStep, analyzeStep, faultingStackStep, faultingAddressStep, verifierLogForAddressStep],
};
