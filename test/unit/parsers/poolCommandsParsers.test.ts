import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { many, publicFixture, single } from './fixtureText';

describe('poolused parser', () => {
  it('reads the MS docs sample: glued owner text, tags shorter than 4, TOTAL', () => {
    const r = single(parsers.poolused(publicFixture('msdocs-poolused.txt')));
    expect(r.sortedBy).toBe('Tag');
    expect(r.rows).toHaveLength(35);
    expect(r.rows[0]).toEqual({ tag: '1394', nonPagedAllocs: 1, nonPagedBytes: 520, pagedAllocs: 0, pagedBytes: 0, owner: null, description: "UNKNOWN pooltag '1394', please update pooltag.txt" });
    expect(r.rows.find((x) => x.tag === '8042')).toMatchObject({ nonPagedBytes: 3944, owner: 'i8042prt.sys' });
    expect(r.rows.find((x) => x.tag === 'AGP')).toMatchObject({ pagedAllocs: 2, pagedBytes: 384, owner: null });
    expect(r.rows.find((x) => x.tag === 'Wmip')).toMatchObject({ nonPagedAllocs: 146, nonPagedBytes: 3504, pagedAllocs: 182, pagedBytes: 18600 });
    // "0" glued to "1394 OHCI …": split at the header's column edge
    expect(r.rows.find((x) => x.tag === 'ohci')).toMatchObject({ pagedBytes: 0, description: '1394 OHCI host controller driver' });
    expect(r.rows.find((x) => x.tag === 'rx..')).toMatchObject({ nonPagedAllocs: 3, nonPagedBytes: 1248, description: "UNKNOWN pooltag '  rx', please update pooltag.txt" });
    expect(r.totals).toEqual({ nonPagedAllocs: 3570214, nonPagedBytes: 209120008, pagedAllocs: 38769, pagedBytes: 13066104 });
  });

  it('reads "!poolused 4" indented inside a markdown list', () => {
    const r = single(parsers.poolused(publicFixture('msdocs-poolused-4-indented.txt')));
    expect(r.command).toBe('!poolused 4');
    expect(r.sortedBy).toBe('Paged Pool Consumed');
    expect(r.rows.map((x) => [x.tag, x.pagedAllocs, x.pagedBytes])).toEqual([
      ['Abc', 36405, 33930272],
      ['Tron', 552, 7863232],
      ['IoN7', 10939, 998432],
      ['Gla5', 2222, 924352],
      ['Ggb', 22, 828384],
    ]);
  });
});

describe('poolfind parser', () => {
  it('reads the two MS docs commands as {results}: hits, pools, states, interruption', () => {
    const [np, pg] = many(parsers.poolfind(publicFixture('msdocs-poolfind.txt')));
    expect(np!.tag).toBe('SeSd');
    expect(np!.hits).toHaveLength(19);
    expect(np!.hits[0]).toEqual({ address: '0x826fa130', size: 0xc0, state: 'allocated', tag: 'SeSd', pool: 'nonpaged', largePool: false });
    expect(np!.hits[4]).toEqual({ address: '0x82721c00', size: 0x10, state: 'free', tag: 'SeSd', pool: 'nonpaged', largePool: false });
    expect(np!.hits.filter((h) => h.state === 'free')).toHaveLength(2);
    expect(np!.interrupted).toBe(false);
    expect(pg!.hits.map((h) => h.address)).toEqual(['0xe10000b0', '0xe1000260', '0xe1221dc0', '0xe1224250']);
    expect(pg!.hits.every((h) => h.pool === 'paged')).toBe(true);
    expect(pg!.interrupted).toBe(true);
    expect(pg!.warnings.some((w) => /interrupted/.test(w))).toBe(true);
  });

  it('reads the newer one-line hit format (synthetic layout, see docs)', () => {
    const r = single(parsers.poolfind('0: kd> !poolfind Leak\n\nScanning large pool allocation table for tag 0x6b61654c (Leak) (ffffe000cd8b0000 : ffffe000cd9b0000)\n\nffffe000`ce6c6000 : tag Leak, size    0xfb000, Nonpaged pool\n'));
    expect(r.tag).toBe('Leak');
    expect(r.hits).toEqual([{ address: '0xffffe000ce6c6000', size: 0xfb000, state: 'allocated', tag: 'Leak', pool: 'nonpaged', largePool: true }]);
  });

  it('marks hits under the classic "Scanning large pool allocation table" as large-pool hits, pool "large" (synthetic layout)', () => {
    const r = single(parsers.poolfind('kd> !poolfind Leak 0\n\nScanning large pool allocation table for Tag: Leak (827d1000 : 827e9000)\n\n827d2000 size: 2000 previous size:    0  (Allocated) Leak\n\nSearching NonPaged pool (823b1000 : 82800000) for Tag: Leak\n\n826fa130 size:   c0 previous size:   40  (Allocated) Leak\n'));
    expect(r.hits).toEqual([
      { address: '0x827d2000', size: 0x2000, state: 'allocated', tag: 'Leak', pool: 'large', largePool: true },
      { address: '0x826fa130', size: 0xc0, state: 'allocated', tag: 'Leak', pool: 'nonpaged', largePool: false },
    ]);
  });
});

describe('pool parser', () => {
  it('reads the MS docs !pool sample: marked block, free block, tags trimmed', () => {
    const r = single(parsers.pool(publicFixture('msdocs-pool.txt')));
    expect(r.address).toBe('0xe1001050');
    expect(r.blocks).toHaveLength(7);
    expect(r.blocks[1]).toEqual({ address: '0xe1001040', size: 0x10, previousSize: 0x40, state: 'free', tag: 'Mm', marked: false, owner: null });
    expect(r.blocks[2]).toEqual({ address: '0xe1001050', size: 0x10, previousSize: 0x10, state: 'allocated', tag: 'ObDi', marked: true, owner: null });
    expect(r.blocks.filter((b) => b.marked)).toHaveLength(1);
  });

  it('reads "Pool page … region is …" and the owner line (session sample)', () => {
    const r = single(parsers.pool(publicFixture('manurautela-poolhittag-session.txt')));
    expect(r.command).toBe('!pool 0x91c26130  2');
    expect(r.address).toBe('0x91c26130');
    expect(r.region).toBe('Paged pool');
    expect(r.blocks).toEqual([{ address: '0x91c26128', size: 0x78, previousSize: 0x60, state: 'allocated', tag: 'abcd', marked: true, owner: 'Unknown (update pooltag.txt)' }]);
  });

  it('reads a large-page allocation with its Binary owner (synthetic layout)', () => {
    const r = single(parsers.pool('Pool page fffffa8005400000 region is Nonpaged pool\n*fffffa8005400000 : large page allocation, tag is Leak, size is 0xfb000 bytes\n\t\tPooltag Leak : leak, Binary : myfault.sys\n'));
    expect(r.blocks[0]).toMatchObject({ address: '0xfffffa8005400000', size: 0xfb000, tag: 'Leak', marked: true, owner: 'myfault.sys' });
  });
});

describe('vm parser', () => {
  it('reads the MS docs "!vm 1" sample', () => {
    const r = single(parsers.vm(publicFixture('msdocs-vm.txt')));
    expect(r).toMatchObject({ nonPagedUsageKb: 3508, nonPagedMaxKb: 25008, pagedUsageKb: 6388, pagedMaxKb: 53248 });
    expect(r.counters.commitLimit).toEqual({ pages: 36256, kb: 145024 });
    expect(r.warnings).toEqual([]);
  });

  it('reads the re-flowed partial NTDebugging sample: sums PagedPool N, reports the alert', () => {
    const r = single(parsers.vm(publicFixture('ntdebugging-vm-reflowed-partial.txt')));
    expect(r.nonPagedUsageKb).toBe(238452);
    expect(r.nonPagedMaxKb).toBe(277508);
    expect(r.pagedUsageKb).toBe(126736 + 7296 + 7284 + 7296 + 7308);
    expect(r.pagedMaxKb).toBeNull();
    expect(r.alerts).toEqual(['Excessive NonPaged Pool Usage']);
    expect(r.warnings.some((w) => /summed/.test(w))).toBe(true);
  });
});
