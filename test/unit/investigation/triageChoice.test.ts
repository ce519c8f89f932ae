// The triage's choice when the bug check does not decide (the verifier check), the
// plain-language bug check meanings, and the per-snapshot samples of pool growth.
import { describe, expect, it } from 'vitest';
import { growthOverSnapshots } from '../../../electron/investigation/playbooks/poolGrowth/poolUsedDiff';
import { BUGCHECK_MEANINGS, bugcheckMeaning, playbookForBugcheck } from '../../../electron/investigation/playbooks/shared/bugcheckCodes';
import { chooseLeakingDriver, driversHoldingPool } from '../../../electron/investigation/playbooks/shared/verifierCheckStep';
import type { PoolUsedResult, VerifiedDriver, Verifier3Result } from '../../../electron/parsers';

const bugcheck = (code: string, ...args: string[]) => ({ code, name: null, args, meaning: null });

function driver(name: string, nonPagedBytes: number, nonPagedAllocations: number | null = null): VerifiedDriver {
  const counters = { nonPagedAllocations, nonPagedBytes, pagedAllocations: null, pagedBytes: 0 };
  return { name, state: 'Loaded', entry: null, current: counters, peak: counters, allocations: [], allocationsTruncated: false };
}

const verifier = (flags: number | null, drivers: VerifiedDriver[]): Verifier3Result => ({ command: '!verifier', flags, enabledOptions: [], stats: {}, drivers, warnings: [] });

describe('playbook choice when the bug check does not decide', () => {
  it('a verified driver holding tracked pool means leak at unload, for D1, E2 or no bug check; C4/0x62 and corruption codes decide alone', () => {
    expect(playbookForBugcheck(bugcheck('0xd1', '0x0', '0x2', '0x0', '0x0'), 'myfault.sys')).toBe('leak-at-unload');
    expect(playbookForBugcheck(bugcheck('0xd1', '0x0', '0x2', '0x0', '0x0'))).toBe('pool-growth');
    expect(playbookForBugcheck(bugcheck('0xe2', '0x0', '0x0', '0x0', '0x0'), null)).toBe('pool-growth');
    expect(playbookForBugcheck(null, 'x.sys')).toBe('leak-at-unload');
    expect(playbookForBugcheck(bugcheck('0xd6', '0xffff0000', '0x1', '0x0', '0x0'), 'x.sys')).toBe('corruption');
    expect(playbookForBugcheck(bugcheck('0xc4', '0x62', '0x0', '0x0', '0x0'), null)).toBe('leak-at-unload');
  });

  it('needs Pool Tracking (0x8) and outstanding pool; prefers the faulting module, else the largest holder', () => {
    const drivers = [driver('myfault.sys', 0x9ce000), driver('other.sys', 0x10, 1), driver('idle.sys', 0)];
    expect(driversHoldingPool(verifier(0x0, drivers))).toEqual([]);
    expect(driversHoldingPool(verifier(null, drivers))).toEqual([]);
    expect(driversHoldingPool(verifier(0x8, drivers)).map((d) => d.name)).toEqual(['myfault.sys', 'other.sys']);
    expect(chooseLeakingDriver(verifier(0x8, drivers), ['OTHER.sys', 'myfault.sys'])?.name).toBe('other.sys');
    expect(chooseLeakingDriver(verifier(0x8, drivers), [null, 'myfault'])?.name).toBe('myfault.sys');
    expect(chooseLeakingDriver(verifier(0x209bb, drivers), ['idle.sys', 'Ntfs.sys'])?.name).toBe('myfault.sys');
    expect(chooseLeakingDriver(verifier(0x1, drivers), ['myfault.sys'])).toBeNull();
    expect(chooseLeakingDriver(verifier(0x8, [driver('idle.sys', 0)]), ['idle.sys'])).toBeNull();
  });
});

describe('bug check meanings', () => {
  it('0xD6 says what happened, not what Arg1 holds', () => {
    const meaning = bugcheckMeaning('0xd6', '0xffffc10fa3e4f000')!;
    expect(meaning).not.toMatch(/^memory referenced$/i);
    expect(meaning).toMatch(/beyond the end of its pool allocation/);
    expect(meaning).toMatch(/special pool/);
  });

  it('every meaning is a sentence: capital first letter, a verb, a full stop; none is an argument description', () => {
    for (const [code, text] of BUGCHECK_MEANINGS) {
      const label = `0x${code.toString(16)}`;
      expect(text, label).toMatch(/^[A-Z]/);
      expect(text, label).toMatch(/\.$/);
      expect(text.split(' ').length, label).toBeGreaterThanOrEqual(6);
      expect(text, label).not.toMatch(/^(memory referenced|IRQL|value 0 = |address which|type of pool violation)/i);
    }
    for (const code of [0xc1, 0xcc, 0xd6, 0xd5, 0xc2, 0x19, 0xd1, 0x133]) expect(BUGCHECK_MEANINGS.has(code)).toBe(true);
  });

  it('C4 takes its subcode meaning; unknown codes have none', () => {
    expect(bugcheckMeaning('0xc4', '0x62')).toMatch(/unloading without first freeing its pool allocations/);
    expect(bugcheckMeaning('0xc4', '0x9999')).toBe(BUGCHECK_MEANINGS.get(0xc4));
    expect(bugcheckMeaning('0x1a2', '0x0')).toBeNull();
    expect(bugcheckMeaning(null, null)).toBeNull();
  });
});

describe('pool growth samples', () => {
  const snap = (leakBytes: number, pagedBytes: number, withFile = true): PoolUsedResult => ({
    command: null,
    sortedBy: null,
    totals: null,
    warnings: [],
    rows: [
      { tag: 'Leak', nonPagedAllocs: leakBytes / 4096, nonPagedBytes: leakBytes, pagedAllocs: 0, pagedBytes: 0, owner: null, description: null },
      { tag: 'CM31', nonPagedAllocs: 0, nonPagedBytes: 0, pagedAllocs: 10, pagedBytes, owner: null, description: null },
      ...(withFile ? [{ tag: 'File', nonPagedAllocs: 5, nonPagedBytes: 500, pagedAllocs: 0, pagedBytes: 0, owner: null, description: null }] : []),
    ],
  });

  it('carries every snapshot’s values for each growing tag, in order', () => {
    const growth = growthOverSnapshots([
      { takenAt: 1000, result: snap(4096 * 10, 1000) },
      { takenAt: 31_000, result: snap(4096 * 25, 900) },
      { takenAt: 61_000, result: snap(4096 * 40, 3000) },
    ]);
    expect(growth.map((g) => g.tag)).toEqual(['Leak', 'CM31']);
    const leak = growth[0]!;
    expect(leak).toMatchObject({ nonPagedBytesDelta: 4096 * 30, allocsDelta: 30, intervalMs: 60_000 });
    expect(leak.samples).toEqual([
      { atMs: 0, nonPagedBytes: 4096 * 10, pagedBytes: 0, allocs: 10 },
      { atMs: 30_000, nonPagedBytes: 4096 * 25, pagedBytes: 0, allocs: 25 },
      { atMs: 60_000, nonPagedBytes: 4096 * 40, pagedBytes: 0, allocs: 40 },
    ]);
    // The middle snapshot is kept even when it is not on the line from first to last.
    expect(growth[1]!.samples.map((s) => s.pagedBytes)).toEqual([1000, 900, 3000]);
  });

  it('a tag missing from a snapshot counts as zero there; fewer than two snapshots give no growth', () => {
    const growth = growthOverSnapshots([
      { takenAt: 0, result: snap(4096, 0, false) },
      { takenAt: 10, result: snap(4096, 0, true) },
    ]);
    expect(growth.find((g) => g.tag === 'File')!.samples).toEqual([
      { atMs: 0, nonPagedBytes: 0, pagedBytes: 0, allocs: 0 },
      { atMs: 10, nonPagedBytes: 500, pagedBytes: 0, allocs: 5 },
    ]);
    expect(growthOverSnapshots([{ takenAt: 0, result: snap(4096, 0) }])).toEqual([]);
  });
});
