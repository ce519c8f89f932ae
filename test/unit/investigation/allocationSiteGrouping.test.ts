import { describe, expect, it } from 'vitest';
import type { LnResult, VerifierAllocation, VerifierLogBlock } from '../../../electron/parsers';
import { driverPoolKind, groupAllocationSites, siteIdOf } from '../../../electron/investigation/allocationSiteGrouping';

const alloc = (address: string, size: number, tag: string, caller: string): VerifierAllocation => ({ address, size, tag, caller, callerSymbol: 'drv!F' });
const block = (address: string, frames: string[], thread = '0xt1'): VerifierLogBlock => ({
  address,
  size: 0x10,
  thread,
  operation: 'allocate',
  frames: frames.map((f) => ({ address: f.split(' ')[0]!, symbol: f.split(' ')[1] ?? null })),
});
const ln = (symbol: string, file: string | null, line: number | null): LnResult => ({
  command: null, address: null, symbol, function: null, offset: null, file, line, lineDisplacement: null,
  before: { symbol: null, address: null }, after: { symbol: null, address: null }, exactMatches: [], warnings: [],
});
const totals = (np: number, p: number) => ({ allocations: 0, bytes: np + p, nonPagedAllocations: 0, nonPagedBytes: np, pagedAllocations: 0, pagedBytes: p });

describe('groupAllocationSites', () => {
  const allocations = [
    alloc('0x1000', 0x100, 'Leak', '0xaaa0'),
    alloc('0x2000', 0x100, 'Leak', '0xAAA0'),
    alloc('0x3000', 0x100, 'Leak', '0xaaa0'),
    alloc('0x4000', 0x20, 'VMdl', '0xbbb0'),
    alloc('0x5000', 0x30, 'Leak', '0xbbb0'),
  ];
  const stacks = new Map([
    ['0x1000', block('0x1000', ['0x1 nt!A', '0xaaa0 drv!F+0x10'])],
    ['0x2000', block('0x2000', ['0x1 nt!A', '0xaaa0 drv!F+0x10'], '0xt2')],
    ['0x4000', block('0x4000', ['0x2 nt!IovAllocateMdl', '0xbbb0 drv!G+0x4'])],
  ]);
  const callers = new Map([['0xaaa0', ln('drv!F+0x10', 'c:\\src\\f.c', 12)]]);

  it('groups by caller (case-insensitive hex) and tag, sorted by bytes', () => {
    const sites = groupAllocationSites({ allocations, callers, stacks, totals: totals(0x330, 0) });
    expect(sites.map((s) => [s.id, s.allocations, s.bytes])).toEqual([
      ['0xaaa0:Leak', 3, 0x300],
      ['0xbbb0:Leak', 1, 0x30],
      ['0xbbb0:VMdl', 1, 0x20],
    ]);
    const top = sites[0]!;
    expect(top).toMatchObject({ symbol: 'drv!F+0x10', file: 'c:\\src\\f.c', line: 12, poolKind: 'nonpaged', nonPagedBytes: 0x300, pagedBytes: 0 });
    expect(top.addresses).toEqual(['0x1000', '0x2000', '0x3000']);
  });

  it('merges identical stacks, counts allocations missing from the log', () => {
    const [top] = groupAllocationSites({ allocations, callers, stacks, totals: totals(0x330, 0) });
    expect(top!.stacks).toHaveLength(1);
    expect(top!.stacks[0]).toMatchObject({ allocations: 2, exampleAddresses: ['0x1000', '0x2000'], threads: ['0xt1', '0xt2'] });
    expect(top!.allocationsWithoutStack).toBe(1);
  });

  it('falls back to the verifier symbol without ln, and tag meanings per site', () => {
    const sites = groupAllocationSites({ allocations, callers: new Map(), stacks: new Map() });
    const vmdl = sites.find((s) => s.tag === 'VMdl')!;
    expect(vmdl.symbol).toBe('drv!F');
    expect(vmdl.file).toBeNull();
    expect(vmdl.meaning).toMatchObject({ origin: 'verifier', allocator: 'IoAllocateMdl', release: 'IoFreeMdl' });
    expect(vmdl.poolKind).toBe('unknown');
  });

  it('uses per-site pool kinds when the driver holds both pools', () => {
    const kinds = new Map([[siteIdOf('0xaaa0', 'Leak'), 'paged' as const]]);
    const sites = groupAllocationSites({ allocations, callers, stacks, poolKinds: kinds, totals: totals(0x50, 0x300) });
    expect(sites[0]).toMatchObject({ poolKind: 'paged', pagedBytes: 0x300, nonPagedBytes: 0 });
    expect(sites[1]!.poolKind).toBe('unknown');
  });

  it('driverPoolKind reads the counters', () => {
    expect(driverPoolKind(totals(1, 0))).toBe('nonpaged');
    expect(driverPoolKind(totals(0, 1))).toBe('paged');
    expect(driverPoolKind(totals(1, 1))).toBe('mixed');
    expect(driverPoolKind(totals(0, 0))).toBe('unknown');
    expect(driverPoolKind(null)).toBe('unknown');
  });
});
