// Golden tests for real published !poolfind / !poolused / !pool / poolmon output beyond the MS docs
// examples (sources in test/fixtures/public/*.source.txt).
import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { crlf, many, publicFixture, reflow, single } from './fixtureText';

describe('poolfind: real samples', () => {
  it('reads Windows 11 one-line hits from the large pool table (largePool) and the nonpaged search, stopped by the user', () => {
    const r = single(parsers.poolfind(publicFixture('poolfind-win11-large-and-nonpaged-terminated.txt')));
    expect(r.command).toBe('!poolfind amda -nonpaged');
    expect(r.tag).toBe('amda');
    expect(r.hits).toHaveLength(22 + 9);
    // the first 22 hits are listed under "Scanning large pool allocation table": the pool they print, marked largePool
    expect(r.hits[0]).toEqual({ address: '0xffffda0ff9791000', size: 0x18f0, state: 'allocated', tag: 'amda', pool: 'nonpaged', largePool: true });
    expect(r.hits.map((h) => h.largePool)).toEqual([...Array<boolean>(22).fill(true), ...Array<boolean>(9).fill(false)]);
    expect(r.hits[19]).toMatchObject({ address: '0xffffda0ff7ce3000', size: 0x3420 });
    expect(r.hits[22]).toEqual({ address: '0xffffda000a9b6d30', size: 0x140, state: 'allocated', tag: 'amda', pool: 'nonpaged', largePool: false });
    expect(r.hits[30]).toMatchObject({ address: '0xffffda000f198e80', size: 0x140 });
    expect(r.hits.filter((h) => h.size === 0x140)).toHaveLength(14 + 9);
    expect(r.interrupted).toBe(true);
    // "... All 0x140 nonpaged" is the author's elision inside the list
    expect(r.warnings.join('\n')).toMatch(/interrupted/);
    expect(r.warnings.join('\n')).toMatch(/elided/);
  });

  it('takes the tag after "-tag" (newer option syntax), not the option itself', () => {
    const r = single(parsers.poolfind(publicFixture('poolfind-win10-tag-option-proc.txt')));
    expect(r.command).toBe('!poolfind -tag Proc -nonpaged');
    expect(r.tag).toBe('Proc');
    expect(r.hits).toHaveLength(36);
    expect(r.hits[1]).toEqual({ address: '0xffff830da0d3a010', size: 0xaf0, state: 'allocated', tag: 'Proc', pool: 'nonpaged', largePool: false });
    expect(r.hits[35]!.address).toBe('0xffff830dab6b6010');
    expect(r.hits.every((h) => h.tag === 'Proc' && h.pool === 'nonpaged' && !h.largePool)).toBe(true); // the large pool table had no Proc hit
    expect(r.interrupted).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('reads the old layout re-typed with TABs: "*" before every hit, (Protected), free blocks tagged "Pro."', () => {
    const r = single(parsers.poolfind(publicFixture('poolfind-win7-x64-protected-tabs-reflowed.txt')));
    expect(r.command).toBe('!poolfind Proc');
    expect(r.tag).toBe('Proc');
    expect(r.hits).toHaveLength(8);
    expect(r.hits[0]).toEqual({ address: '0xfffffa8000c77000', size: 0x430, state: 'allocated', tag: 'Proc', pool: 'nonpaged', largePool: false });
    expect(r.hits[3]).toEqual({ address: '0xfffffa800138f7a0', size: 0x430, state: 'free', tag: 'Pro.', pool: 'nonpaged', largePool: false });
    expect(r.hits[7]).toEqual({ address: '0xfffffa800153ebd0', size: 0x10, state: 'free', tag: 'Pro.', pool: 'nonpaged', largePool: false });
    expect(r.warnings.join('\n')).toMatch(/elided/); // "[snip]"
  });

  it('the same hits through CRLF and blog re-flow', () => {
    const r = single(parsers.poolfind(crlf(reflow(publicFixture('poolfind-win10-tag-option-proc.txt')))));
    expect(r.tag).toBe('Proc');
    expect(r.hits).toHaveLength(36);
  });
});

describe('poolused: real samples', () => {
  it('reads Windows 11 "!poolused 2" rows whose description follows a TAB', () => {
    const r = single(parsers.poolused(publicFixture('poolused-win11-sort2-tabbed.txt')));
    expect(r.command).toBe('!poolused 2');
    expect(r.sortedBy).toBe('NonPaged Pool Consumed');
    expect(r.rows.map((x) => x.tag)).toEqual(['amda', 'IoWI', 'EtwB', 'HalD', 'DAL3', 'NxRx', 'MKCx', 'DAL2']);
    expect(r.rows[0]).toEqual({
      tag: 'amda',
      nonPagedAllocs: 5768754,
      nonPagedBytes: 1938325232,
      pagedAllocs: 32,
      pagedBytes: 9360,
      owner: null,
      description: "UNKNOWN pooltag 'amda', please update pooltag.txt",
    });
    expect(r.rows[1]).toMatchObject({ tag: 'IoWI', nonPagedAllocs: 5769999, nonPagedBytes: 646239888, owner: 'nt!io', description: 'Io work items , Binary: nt!io' });
    expect(r.rows[3]).toMatchObject({ tag: 'HalD', owner: 'hal.dll', description: 'Hardware Abstraction Layer: DMA , Binary: hal.dll' });
    expect(r.rows[7]).toMatchObject({ tag: 'DAL2', pagedAllocs: 1560, pagedBytes: 6288352 });
    expect(r.totals).toBeNull();
    expect(r.warnings).toEqual([]);
  });

  it('reads two commands after kd cache messages (" kd>" indented one space), both elided with "..."', () => {
    const [np, pg] = many(parsers.poolused(publicFixture('poolused-2-and-4-cache-noise-indented.txt')));
    expect(np!.command).toBe('!poolused 2');
    expect(np!.sortedBy).toBe('NonPaged Pool Consumed');
    expect(np!.rows.map((x) => [x.tag, x.nonPagedAllocs, x.nonPagedBytes])).toEqual([
      ['Cont', 1094, 6525216],
      ['EtwB', 128, 5041136],
      ['AmlC', 31, 2031616],
      ['Pool', 5, 1705552],
      ['AmlH', 3, 1572864],
    ]);
    expect(np!.rows[0]!.description).toBe('Contiguous physical memory allocations for device drivers');
    expect(np!.rows[1]).toMatchObject({ pagedAllocs: 4, pagedBytes: 163840, owner: 'nt!etw' });
    expect(pg!.command).toBe('!poolused 4');
    expect(pg!.sortedBy).toBe('Paged Pool Consumed');
    expect(pg!.rows).toHaveLength(7);
    expect(pg!.rows[0]).toMatchObject({ tag: 'CM31', pagedAllocs: 19797, pagedBytes: 91705344, owner: 'nt!cm' });
    expect(pg!.rows[6]).toMatchObject({ tag: 'Ntff', nonPagedAllocs: 5, nonPagedBytes: 1600, pagedAllocs: 2109, pagedBytes: 2598288, owner: 'ntfs.sys' });
    for (const r of [np!, pg!]) expect(r.warnings.join('\n')).toMatch(/elided/);
  });

  it('keeps runs of spaces inside descriptions and a two-driver "Binary:" owner whole', () => {
    const r = single(parsers.poolused(publicFixture('poolused-win10-2-twenty-rows.txt')));
    expect(r.rows).toHaveLength(20);
    expect(r.rows.find((x) => x.tag === 'NtxF')).toMatchObject({
      nonPagedAllocs: 7350,
      nonPagedBytes: 2704800,
      owner: 'ntfs.sys',
      description: 'FCB_NONPAGED                      NtfsFcbNonpagedDataLookasideList , Binary: ntfs.sys',
    });
    expect(r.rows.find((x) => x.tag === 'smSt')).toMatchObject({ nonPagedBytes: 1205440, owner: 'nt!store or rdyboost.sys' });
    expect(r.rows.find((x) => x.tag === 'Vad')).toMatchObject({ nonPagedAllocs: 13703, nonPagedBytes: 2192480, owner: 'nt!mm' });
    expect(r.rows.find((x) => x.tag === 'File')).toMatchObject({ owner: 'File objects', description: 'File objects' });
    expect(r.rows[19]).toMatchObject({ tag: 'EtwG', nonPagedAllocs: 2029, nonPagedBytes: 908992 });
    expect(r.warnings).toEqual([]);
  });

  it('reads the verbose "Allocs Frees Diff Used" layout: Allocs = Diff (outstanding), frees kept as extras', () => {
    const r = single(parsers.poolused(publicFixture('poolused-frees-diff-columns-snippet.txt')));
    expect(r.command).toBeNull();
    expect(r.rows.map((x) => x.tag)).toEqual(['-UMD', '.UMD', 'ALPC', 'APpt']);
    expect(r.rows[2]).toEqual({
      tag: 'ALPC',
      nonPagedAllocs: 2417,
      nonPagedFrees: 2111,
      nonPagedBytes: 1440624,
      pagedAllocs: 0,
      pagedFrees: 0,
      pagedBytes: 0,
      owner: 'nt!alpc',
      description: 'ALPC port objects , Binary: nt!alpc',
    });
    expect(r.rows[3]).toMatchObject({ nonPagedAllocs: 968, nonPagedFrees: 0, nonPagedBytes: 124112, pagedAllocs: 2342, pagedFrees: 107115, pagedBytes: 255952 });
    expect(r.warnings).toEqual([]);
  });

  it('reads the verbose layout with its TOTAL line from a code comment ("* : kd>" prompt behind the comment\'s "* ")', () => {
    const r = single(parsers.poolused(publicFixture('poolused-1-tag-frees-diff-in-comment.txt')));
    expect(r.command).toBe('!poolused 1 Hack');
    expect(parsers.transcript(publicFixture('poolused-1-tag-frees-diff-in-comment.txt')).commands.map((c) => [c.prompt, c.command, c.kind])).toEqual([
      [': kd>', '!poolused 1 Hack', 'poolused'],
    ]);
    expect(r.sortedBy).toBe('Tag');
    expect(r.rows).toEqual([
      { tag: 'Hack', nonPagedAllocs: 1, nonPagedFrees: 0, nonPagedBytes: 112, pagedAllocs: 0, pagedFrees: 0, pagedBytes: 0, owner: null, description: "UNKNOWN pooltag 'Hack', please update pooltag.txt" },
    ]);
    expect(r.totals).toEqual({ nonPagedAllocs: 1, nonPagedFrees: 0, nonPagedBytes: 112, pagedAllocs: 0, pagedFrees: 0, pagedBytes: 0 });
  });
});

describe('pool: real samples', () => {
  it('reads a corrupted Free block with a garbage tag (Windows 11, BAD_POOL_HEADER 0x19)', () => {
    const r = single(parsers.pool(publicFixture('pool-win11-free-garbage-tag.txt')));
    expect(r.address).toBe('0xffffbd06d46e0000');
    expect(r.region).toBe('Paged pool');
    expect(r.blocks).toEqual([{ address: '0xffffbd06d46dffe0', size: 0x8020, previousSize: 0, state: 'free', tag: '>.g.', marked: true, owner: 'Unknown (update pooltag.txt)' }]);
  });

  it('reads "*MmSt" with its Binary owner and a free block whose tag holds a double quote', () => {
    const r = single(parsers.pool(publicFixture('pool-win11-protected-tag-and-garbage-free.txt')));
    expect(r.command).toBe('!pool ffffe2809abee000');
    expect(r.blocks).toEqual([
      { address: '0xffffe2809abee000', size: 0x880, previousSize: 0, state: 'allocated', tag: 'MmSt', marked: true, owner: 'nt!mm' },
      { address: '0xffffe2809abee880', size: 0x760, previousSize: 0, state: 'free', tag: '.r."', marked: false, owner: null },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads the indented !pool after an indented !analyze (tag "ICX " trimmed, "..." elision)', () => {
    const r = single(parsers.pool(publicFixture('analyze-c4-d2-indented-with-pool.txt')));
    expect(r.command).toBe('!pool ffffbb0b0c004000');
    expect(r.region).toBe('Nonpaged pool');
    expect(r.blocks).toEqual([{ address: '0xffffbb0b0c004000', size: 0x110, previousSize: 0, state: 'allocated', tag: 'ICX', marked: true, owner: null }]);
    expect(r.warnings.join('\n')).toMatch(/elided/);
  });

  it('reads the x86 "!pool addr 2" of the MS docs Miscellaneous Checks session', () => {
    const r = single(parsers.pool(publicFixture('msdocs-misc-checks-session-x86.txt')));
    expect(r.command).toBe('!pool 9655d468  2');
    expect(r.blocks).toEqual([{ address: '0x9655d468', size: 0xb0, previousSize: 8, state: 'allocated', tag: 'Bug_', marked: true, owner: null }]);
  });
});

describe('poolmon: real samples', () => {
  it('reads a "poolmon.exe -b" screen re-typed with TABs for padding', () => {
    const r = single(parsers.poolmon(publicFixture('poolmon-b-tabbed-reflowed.txt')));
    expect(r).toMatchObject({ memoryKb: 2096696, availKb: 1150336, pageFaults: 8135, inRamKernelKb: 5004, inRamPagedKb: 158756, commitKb: 1535208, limitKb: 4193392, peakKb: 2779016, poolNonPagedKb: 43452, poolPagedKb: 187796 });
    expect(r.rows).toHaveLength(3);
    expect(r.rows[0]).toEqual({ tag: 'CM31', type: 'Paged', allocs: 169392, frees: 153744, diff: 15648, bytes: 74838016, perAlloc: 4782, mappedDriver: null, allocsDelta: 0, freesDelta: 0, bytesDelta: 0 });
    expect(r.rows[1]).toMatchObject({ tag: 'MmSt', allocs: 673616, allocsDelta: 16, frees: 656049, freesDelta: 17, diff: 17567, bytes: 28286672, bytesDelta: -184, perAlloc: 1610 });
    expect(r.rows[2]).toMatchObject({ tag: 'MmRe', diff: 1204, perAlloc: 10476 });
    // the notes cut the table with "[snip]": warned, as !poolfind / !poolused / !pool do
    expect(r.warnings).toEqual(['the tag list was elided ("...", "[...]" or "[snip]") in the source']);
  });
});
