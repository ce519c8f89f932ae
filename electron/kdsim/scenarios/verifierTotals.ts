// !verifier's global pool counters ("Current paged pool allocations" ...) from a current
// and peak usage: the sum over the verified drivers, or the one driver's own usage when
// only one is verified, so a scenario writes those numbers once.
import type { ScenarioInput } from '../scenarioSchema';

type VerifiedDriverInput = NonNullable<NonNullable<ScenarioInput['verifier']>['drivers']>[number];
type VerifierStatsInput = NonNullable<ScenarioInput['verifier']>['stats'];

export type PoolCounts = VerifiedDriverInput['current'];

export interface PoolUsage {
  current: PoolCounts;
  peak: PoolCounts;
}

type TotalsFields =
  | 'currentPagedAllocations'
  | 'currentPagedBytes'
  | 'peakPagedAllocations'
  | 'peakPagedBytes'
  | 'currentNonPagedAllocations'
  | 'currentNonPagedBytes'
  | 'peakNonPagedAllocations'
  | 'peakNonPagedBytes';

export function verifierTotals({ current, peak }: PoolUsage): Pick<VerifierStatsInput, TotalsFields> {
  return {
    currentPagedAllocations: current.pagedAllocations,
    currentPagedBytes: current.pagedBytes,
    peakPagedAllocations: peak.pagedAllocations,
    peakPagedBytes: peak.pagedBytes,
    currentNonPagedAllocations: current.nonPagedAllocations,
    currentNonPagedBytes: current.nonPagedBytes,
    peakNonPagedAllocations: peak.nonPagedAllocations,
    peakNonPagedBytes: peak.nonPagedBytes,
  };
}
