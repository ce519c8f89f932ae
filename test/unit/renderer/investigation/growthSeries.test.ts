import { describe, expect, it } from 'vitest';
import { growthChartData, niceTicks } from '../../../../renderer/src/investigation/findings/growthSeries';
import { suggestedPlaybook } from '../../../../renderer/src/investigation/state/playbookSuggestion';
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
});
