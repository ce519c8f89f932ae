// Which tags grew between two !poolused snapshots, and how fast. Pure.
import type { PoolUsedResult } from '../../../parsers';
import type { TagGrowth } from '../../../contract/findingTypes';

export function diffPoolUsed(before: PoolUsedResult, after: PoolUsedResult, intervalMs: number): TagGrowth[] {
  const old = new Map(before.rows.map((r) => [r.tag, r]));
  const minutes = Math.max(intervalMs, 1) / 60_000;
  const out: TagGrowth[] = [];
  for (const row of after.rows) {
    const prev = old.get(row.tag);
    const np = (row.nonPagedBytes ?? 0) - (prev?.nonPagedBytes ?? 0);
    const p = (row.pagedBytes ?? 0) - (prev?.pagedBytes ?? 0);
    const allocs = (row.nonPagedAllocs ?? 0) + (row.pagedAllocs ?? 0) - ((prev?.nonPagedAllocs ?? 0) + (prev?.pagedAllocs ?? 0));
    if (np + p <= 0 && allocs <= 0) continue;
    out.push({
      tag: row.tag,
      nonPagedBytesDelta: np,
      pagedBytesDelta: p,
      allocsDelta: allocs,
      bytesPerMinute: Math.round((np + p) / minutes),
      allocsPerMinute: Math.round(allocs / minutes),
      intervalMs,
    });
  }
  return out.sort((a, b) => b.nonPagedBytesDelta + b.pagedBytesDelta - (a.nonPagedBytesDelta + a.pagedBytesDelta));
}
