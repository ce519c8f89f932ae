// The pool-growth chart's data: one line per growing tag, bytes at each snapshot.
// A pool-growth finding carries every snapshot's values (growth.samples); findings
// without them (older reports) give two points: the first snapshot (top-pool-tag usage)
// and the change up to the last one.
import type { Finding } from '../../../../electron/contract';
import { findingsOf } from './findingSelectors';

export interface GrowthPoint {
  /** Time since the first snapshot. */
  ms: number;
  bytes: number;
}

export interface GrowthSeries {
  tag: string;
  points: GrowthPoint[];
  deltaBytes: number;
  bytesPerMinute: number;
  allocsDelta: number;
}

export interface GrowthChartData {
  /** absolute: bytes in use; growth: bytes added since the first snapshot (no baseline known). */
  mode: 'absolute' | 'growth';
  series: GrowthSeries[];
  intervalMs: number;
}

export function growthChartData(findings: readonly Finding[]): GrowthChartData | null {
  const growth = findingsOf(findings, 'pool-growth').map((f) => f.growth);
  if (growth.length === 0) return null;
  const baseline = new Map<string, number>();
  for (const f of findingsOf(findings, 'top-pool-tag')) {
    if (!baseline.has(f.usage.tag)) baseline.set(f.usage.tag, (f.usage.nonPagedBytes ?? 0) + (f.usage.pagedBytes ?? 0));
  }
  // Samples are absolute values at every snapshot; without them only a top-pool-tag baseline gives absolute values.
  const hasSamples = (g: (typeof growth)[number]): boolean => Array.isArray(g.samples) && g.samples.length >= 2;
  const mode = growth.every((g) => hasSamples(g) || baseline.has(g.tag)) ? 'absolute' : 'growth';
  const series = growth.map((g) => {
    const delta = g.nonPagedBytesDelta + g.pagedBytesDelta;
    let points: GrowthPoint[];
    if (hasSamples(g)) {
      const first = g.samples[0]!;
      const offset = mode === 'absolute' ? 0 : first.nonPagedBytes + first.pagedBytes;
      points = g.samples.map((s) => ({ ms: s.atMs, bytes: s.nonPagedBytes + s.pagedBytes - offset }));
    } else {
      const start = mode === 'absolute' ? baseline.get(g.tag)! : 0;
      points = [
        { ms: 0, bytes: start },
        { ms: g.intervalMs, bytes: start + delta },
      ];
    }
    return {
      tag: g.tag,
      points,
      deltaBytes: delta,
      bytesPerMinute: g.bytesPerMinute,
      allocsDelta: g.allocsDelta,
    };
  });
  return { mode, series, intervalMs: Math.max(...growth.map((g) => g.intervalMs)) };
}

/** Round axis ticks ("nice numbers") covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  // From the step at or below min to the step at or above max, so the data stays inside.
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(Math.round(k * step * 1e6) / 1e6);
  return ticks;
}
