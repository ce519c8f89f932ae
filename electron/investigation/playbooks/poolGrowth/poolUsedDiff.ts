// Which tags grew between !poolused snapshots, how fast, and their values at every
// snapshot (for the chart). Pure.
import type { PoolUsedResult } from '../../../parsers';
import type { GrowthSample, TagGrowth } from '../../../contract/findingTypes';

/** One !poolused answer and when it was taken (ms, any epoch). */
export interface TimedPoolUsed {
  takenAt: number;
  result: PoolUsedResult;
}

function sampleOf(result: PoolUsedResult, tag: string, atMs: number): GrowthSample {
  const row = result.rows.find((r) => r.tag === tag);
  return {
    atMs,
    nonPagedBytes: row?.nonPagedBytes ?? 0,
    pagedBytes: row?.pagedBytes ?? 0,
    allocs: (row?.nonPagedAllocs ?? 0) + (row?.pagedAllocs ?? 0),
  };
}

/** Growth from `before` to `after`, largest first; samples hold the two snapshots. */
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
      samples: [sampleOf(before, row.tag, 0), sampleOf(after, row.tag, intervalMs)],
    });
  }
  return out.sort((a, b) => b.nonPagedBytesDelta + b.pagedBytesDelta - (a.nonPagedBytesDelta + a.pagedBytesDelta));
}

/**
 * Growth from the first to the last snapshot (as diffPoolUsed), with every snapshot's
 * values for each growing tag, in order.
 */
export function growthOverSnapshots(snapshots: readonly TimedPoolUsed[]): TagGrowth[] {
  const first = snapshots[0];
  const last = snapshots[snapshots.length - 1];
  if (!first || !last || snapshots.length < 2) return [];
  return diffPoolUsed(first.result, last.result, last.takenAt - first.takenAt).map((g) => ({
    ...g,
    samples: snapshots.map((s) => sampleOf(s.result, g.tag, s.takenAt - first.takenAt)),
  }));
}
