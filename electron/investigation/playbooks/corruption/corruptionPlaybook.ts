// Pool corruption triage (C1, CC, D6, C2, 19 and C4 subcodes other than 0x6x):
// !analyze -v → !pool on the faulting address → the verifier log for that block.
import { analyzeStep } from '../shared/analyzeStep';
import { preflightStep } from '../shared/preflightStep';
import type { Playbook } from '../../stepTypes';
import { faultingAddressStep } from './poolPageStep';
import { verifierLogForAddressStep } from './verifierLogForAddressStep';

export const corruptionPlaybook: Playbook = {
  id: 'corruption',
  title: 'Pool corruption triage',
  steps: [preflightStep, analyzeStep, faultingAddressStep, verifierLogForAddressStep],
};
