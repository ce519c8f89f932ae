// Pool growth without Driver Verifier (live or dump), after NTDebugging's "Troubleshooting
// Pool Leaks": !vm → !poolused → tag owners → !poolfind → (live) snapshots and PoolHitTag.
import { analyzeStep } from '../shared/analyzeStep';
import type { Playbook } from '../../stepTypes';
import { poolFindStep } from './poolFindStep';
import { poolHitTagStep } from './poolHitTagStep';
import { poolUsageStep } from './poolUsageStep';
import { snapshotsStep } from './snapshotsStep';
import { tagOwnersStep } from './tagOwnersStep';
import { topTagsStep } from './topTagsStep';

export const poolGrowthPlaybook: Playbook = {
  id: 'pool-growth',
  title: 'Pool growth (no Driver Verifier needed)',
  steps: [analyzeStep, poolUsageStep, topTagsStep, tagOwnersStep, snapshotsStep, poolFindStep, poolHitTagStep],
};
