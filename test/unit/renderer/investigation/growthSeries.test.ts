import { describe, expect, it } from 'vitest';
import { growthChartData, niceTicks } from '../../../../renderer/src/investigation/findings/growthSeries';
import { bugcheckDecidesPlaybook, suggestedPlaybook } from '../../../../renderer/src/investigation/state/playbookSuggestion';
import { liveGrowthFindings } from './fixtures';

describe('pool growth chart data', () => {
  it('turns the live-growth findings into the Leak tag’s bytes at each snapshot', () => {
    const data = growthChartData(liveGrowthFindings)!;
    expect(data.mode).toBe('absolute');
    expect(data.series.map((s) => s.tag)).toEqual(['Leak']);
    const leak = data.series[0]!;
    expect(leak.points[0]).toEqual({ ms: 0, bytes: 19_660_800 });
    expect(leak.points[1]!.bytes).toBe(19_660_800 + 983_040);
    expect(leak.points[1]!.ms).toBe(data.intervalMs);
  });

  it('falls back to growth since the first snapshot without a baseline', () => {
    const data = growthChartData(liveGrowthFindings.filter((f) => f.kind !== 'top-pool-tag'))!;
    expect(data.mode).toBe('growth');
    expect(data.series[0]!.points.map((p) => p.bytes)).toEqual([0, 983_040]);
  });

  it('draws every snapshot when the finding carries samples (absolute, no baseline needed)', () => {
    const withSamples = liveGrowthFindings
      .filter((f) => f.kind !== 'top-pool-tag')
      .map((f) =>
        f.kind === 'pool-growth'
          ? {
              ...f,
              growth: {
                ...f.growth,
                samples: [
                  { atMs: 0, nonPagedBytes: 19_660_800, pagedBytes: 0, allocs: 4800 },
                  { atMs: 1000, nonPagedBytes: 20_643_840, pagedBytes: 0, allocs: 5040 },
                  { atMs: 2000, nonPagedBytes: 21_626_880, pagedBytes: 4096, allocs: 5281 },
                ],
              },
            }
          : f,
      );
    const data = growthChartData(withSamples)!;
    expect(data.mode).toBe('absolute');
    expect(data.series[0]!.points).toEqual([
      { ms: 0, bytes: 19_660_800 },
      { ms: 1000, bytes: 20_643_840 },
      { ms: 2000, bytes: 21_630_976 },
    ]);
  });

  it('offsets samples to growth when another series has no absolute values', () => {
    const growthOnly = liveGrowthFindings.filter((f) => f.kind !== 'top-pool-tag');
    const leak = growthOnly.find((f) => f.kind === 'pool-growth')!;
    if (leak.kind !== 'pool-growth') throw new Error('fixture');
    const sampled = { ...leak, id: 'fs', growth: { ...leak.growth, tag: 'Smpl', samples: [{ atMs: 0, nonPagedBytes: 100, pagedBytes: 0, allocs: 1 }, { atMs: 500, nonPagedBytes: 150, pagedBytes: 0, allocs: 2 }, { atMs: 900, nonPagedBytes: 400, pagedBytes: 0, allocs: 3 }] } };
    const data = growthChartData([...growthOnly, sampled])!;
    expect(data.mode).toBe('growth');
    expect(data.series.find((s) => s.tag === 'Smpl')!.points.map((p) => p.bytes)).toEqual([0, 50, 300]);
    expect(data.series.find((s) => s.tag === 'Leak')!.points.map((p) => p.bytes)).toEqual([0, 983_040]);
  });

  it('has no chart without growth', () => {
    expect(growthChartData([])).toBeNull();
  });

  it('picks round ticks', () => {
    expect(niceTicks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(19_000_000, 21_000_000, 4)).toEqual([19_000_000, 19_500_000, 20_000_000, 20_500_000, 21_000_000]);
    expect(niceTicks(5, 5)).toEqual([5]);
  });
});

describe('playbook suggestion', () => {
  it('follows the bug check like the core does', () => {
    const bc = (code: string, arg1: string | null) => ({ code, name: null, args: [arg1, null, null, null], meaning: null });
    expect(suggestedPlaybook(bc('0xc4', '0x62'))).toBe('leak-at-unload');
    expect(suggestedPlaybook(bc('0xc4', '0x60'))).toBe('leak-at-unload');
    expect(suggestedPlaybook(bc('0xc4', '0x2004'))).toBe('corruption');
    expect(suggestedPlaybook(bc('0xd6', '0xffffc10fa3e4f000'))).toBe('corruption');
    expect(suggestedPlaybook(bc('0xe2', null))).toBe('pool-growth');
    expect(suggestedPlaybook(null)).toBe('pool-growth');
  });

  it('says when the bug check alone does not decide (0xD1: the triage\'s !verifier does)', () => {
    const bc = (code: string, arg1: string | null) => ({ code, name: null, args: [arg1, null, null, null], meaning: null });
    expect(bugcheckDecidesPlaybook(bc('0xc4', '0x62'))).toBe(true);
    expect(bugcheckDecidesPlaybook(bc('0xd6', null))).toBe(true);
    expect(bugcheckDecidesPlaybook(bc('0xd1', '0xfffff8a00175c010'))).toBe(false);
    expect(bugcheckDecidesPlaybook(bc('0xe2', null))).toBe(false);
    expect(bugcheckDecidesPlaybook(null)).toBe(false);
  });
});
