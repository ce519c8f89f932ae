// Leak at unload (bug check 0xC4 with Arg1 0x60/0x61/0x62), after the MS walkthrough:
// !analyze -v → !verifier 3 <driver> → ln per caller → !verifier 0x80 → sites and fixes.
import { analyzeStep } from '../shared/analyzeStep';
import { preflightStep } from '../shared/preflightStep';
import type { Playbook } from '../../stepTypes';
import { allocationSitesStep } from './allocationSitesStep';
import { allocationStacksStep } from './allocationStacksStep';
import { callerLinesStep } from './callerLinesStep';
import { driverStep } from './driverStep';
import { driverSymbolsStep } from './driverSymbolsStep';
import { otherDriversStep } from './otherDriversStep';
import { sitePoolKindsStep } from './sitePoolKindsStep';
import { verifierPoolStep } from './verifierPoolStep';

export const leakAtUnloadPlaybook: Playbook = {
  id: 'leak-at-unload',
  title: 'Leak at driver unload',
  steps: [
    preflightStep,
    analyzeStep,
    driverStep,
    driverSymbolsStep,
    verifierPoolStep,
    callerLinesStep,
    sitePoolKindsStep,
    allocationStacksStep,
    allocationSitesStep,
    otherDriversStep,
  ],
};
