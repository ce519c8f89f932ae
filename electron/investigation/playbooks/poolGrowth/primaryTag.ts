// The tag to chase with !poolfind and PoolHitTag: the user's choice, else the one that
// grew fastest between snapshots, else the top tag of the fuller pool (by !vm share).
import type { InvestigationFacts } from '../../investigationFacts';
import type { InvestigationOptions } from '../../investigationOptions';
import { topRows } from './topTagsStep';

export function fullerPool(facts: InvestigationFacts): 'nonpaged' | 'paged' {
  const vm = facts.vm;
  const np = vm?.nonPagedUsageKb && vm.nonPagedMaxKb ? vm.nonPagedUsageKb / vm.nonPagedMaxKb : 0;
  const p = vm?.pagedUsageKb && vm.pagedMaxKb ? vm.pagedUsageKb / vm.pagedMaxKb : 0;
  return p > np && facts.poolUsedByPaged ? 'paged' : 'nonpaged';
}

export function primaryTag(facts: InvestigationFacts, options: InvestigationOptions): { tag: string; pool: 'nonpaged' | 'paged' } | null {
  const poolOf = (tag: string): 'nonpaged' | 'paged' => {
    const row = facts.poolUsedByNonPaged?.rows.find((r) => r.tag === tag) ?? facts.poolUsedByPaged?.rows.find((r) => r.tag === tag);
    return (row?.pagedBytes ?? 0) > (row?.nonPagedBytes ?? 0) ? 'paged' : 'nonpaged';
  };
  if (options.poolHitTag) return { tag: options.poolHitTag, pool: poolOf(options.poolHitTag) };
  const grew = facts.growth[0];
  if (grew && grew.bytesPerMinute > 0) return { tag: grew.tag, pool: grew.pagedBytesDelta > grew.nonPagedBytesDelta ? 'paged' : 'nonpaged' };
  const pool = fullerPool(facts);
  const result = pool === 'paged' ? facts.poolUsedByPaged : facts.poolUsedByNonPaged;
  const top = result ? topRows(result, pool, 1)[0] : undefined;
  return top ? { tag: top.tag, pool } : null;
}
