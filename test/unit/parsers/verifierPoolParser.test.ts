import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { crlf, publicFixture, reflow, seedFixture, single } from './fixtureText';

describe('verifier3 parser (!verifier 3)', () => {
  it('reads seed 000 (Windows 8.1 x86, MODULE: layout, allocations with symbols)', () => {
    const r = single(parsers.verifier3(seedFixture('seed000-verifier3.txt')));
    expect(r.command).toBe('!verifier 3 Mydriver.sys');
    expect(r.flags).toBe(0x209bb);
    expect(r.enabledOptions).toContain('Pool tracking');
    expect(r.enabledOptions).not.toContain('IRP logging');
    expect(r.stats.poolAllocationsAttempted).toBe(0x2db1a);
    expect(r.stats.currentNonpagedPoolAllocations).toBe(3);
    expect(r.stats.currentNonpagedPoolBytes).toBe(0x1058);
    expect(r.stats.peakNonpagedPoolBytes).toBe(0x4a4a0);
    expect(r.drivers).toHaveLength(1);
    const d = r.drivers[0]!;
    expect(d.name).toBe('MyDriver.sys');
    expect(d.state).toBe('Loaded');
    expect(d.entry).toBe('0x84226b28');
    expect(d.current).toEqual({ nonPagedAllocations: 3, nonPagedBytes: 0x1058, pagedAllocations: 0, pagedBytes: 0 });
    expect(d.peak).toEqual({ nonPagedAllocations: 0x13, nonPagedBytes: 0x4a4a0, pagedAllocations: 0, pagedBytes: 0 });
    expect(d.allocations).toEqual([
      { address: '0x982a8fe0', size: 0x20, tag: 'VMdl', caller: '0x9a3bf6ac', callerSymbol: 'MyDriver!DeviceControlDispatch' },
      { address: '0x8645a000', size: 0x1008, tag: 'mdrv', caller: '0x9a3bf687', callerSymbol: 'MyDriver!DeviceControlDispatch' },
      { address: '0x9a836fd0', size: 0x30, tag: 'Vfwi', caller: '0x9a3bf6ed', callerSymbol: 'MyDriver!GetNecessaryObjects' },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads seed 003 (Windows 7 x64, Entry/State table, re-flowed by the blog)', () => {
    const r = single(parsers.verifier3(seedFixture('seed003-verifier3.txt')));
    expect(r.flags).toBe(8);
    expect(r.enabledOptions).toEqual(['All pool allocations checked on unload']);
    expect(r.stats.resourceAllocationsFailedDeliberately).toBe(0);
    expect(r.stats.poolAllocationsWithNoTag).toBe(1);
    const d = r.drivers[0]!;
    expect(d).toMatchObject({ name: 'myfault.sys', state: 'Loaded', entry: '0xfffffa80031b5830' });
    expect(d.current).toEqual({ nonPagedAllocations: 10, nonPagedBytes: 0x9ce000, pagedAllocations: 0, pagedBytes: 0 });
    expect(d.peak).toEqual({ nonPagedAllocations: 10, nonPagedBytes: 0x9ce000, pagedAllocations: 1, pagedBytes: 0x80 });
    expect(d.allocations).toHaveLength(10);
    for (const a of d.allocations) {
      expect(a).toMatchObject({ size: 0xfb000, tag: 'Leak', caller: '0xfffff8800447d634', callerSymbol: null });
    }
    expect(d.allocations[0]!.address).toBe('0xfffffa8005400000');
    expect(d.allocations[9]!.address).toBe('0xfffffa8004a66000');
  });

  it('gives the same result for the whole seed articles, CRLF, and a re-flowed copy', () => {
    const base = single(parsers.verifier3(seedFixture('seed000-verifier3.txt')));
    for (const text of [seedFixture('seed000-article.txt'), crlf(seedFixture('seed000-article.txt')), reflow(seedFixture('seed000-verifier3.txt')), seedFixture('seed001-article-zh.txt'), seedFixture('seed002-article-ja.txt')]) {
      const r = single(parsers.verifier3(text));
      expect(r.drivers[0]!.allocations).toEqual(base.drivers[0]!.allocations);
      expect(r.drivers[0]!.peak).toEqual(base.drivers[0]!.peak);
    }
    const s3 = single(parsers.verifier3(seedFixture('seed003-article-reflowed.txt')));
    expect(s3.drivers[0]!.allocations).toHaveLength(10);
  });

  it('reads the nt!_VF_TARGET_DRIVER header layout (paged allocation, "Loaded and Unloaded")', () => {
    const r = single(parsers.verifier3(publicFixture('manurautela-poolhittag-session.txt')));
    expect(r.flags).toBe(8);
    const d = r.drivers[0]!;
    expect(d).toMatchObject({ name: 'Sample.sys', state: 'Loaded and Unloaded', entry: '0xa013f2c8' });
    expect(d.current).toEqual({ nonPagedAllocations: 0, nonPagedBytes: 0, pagedAllocations: 1, pagedBytes: 0x70 });
    expect(d.allocations).toEqual([{ address: '0x86491d10', size: 0x70, tag: 'abcd', caller: '0xa05c1047', callerSymbol: 'Sample!DriverEntry+0x27' }]);
  });

  it('reads the MS docs Windows 7 "!verifier 0xf" with two drivers and elided lists', () => {
    const r = single(parsers.verifier3(publicFixture('msdocs-verifier-win7.txt')));
    expect(r.flags).toBe(0x9bb);
    expect(r.enabledOptions).toHaveLength(8);
    expect(r.stats.trims).toBe(0xa34a);
    expect(r.drivers.map((d) => d.name)).toEqual(['videoprt.sys', 'usbport.sys']);
    expect(r.drivers[1]!.current).toEqual({ nonPagedAllocations: 0xe1, nonPagedBytes: 0x46070, pagedAllocations: 7, pagedBytes: 0xfc });
    expect(r.drivers[0]!.allocations[2]).toEqual({ address: '0xfffff980015bafe0', size: 0x18, tag: 'Vprt', caller: '0xfffff88002c628f7', callerSymbol: null });
    expect(r.drivers.every((d) => d.allocationsTruncated)).toBe(true);
    expect(r.warnings.some((w) => w.includes('elided'))).toBe(true);
    // with Pool Tracking the rows are followed by their "Current Pool Allocations" lines: no missing-counts warning
    expect(r.warnings.some((w) => w.includes('counts not printed'))).toBe(false);
  });

  it('warns when Pool Tracking is not enabled and no allocation table exists', () => {
    const text = ['Verify Flags Level 0x00000001', '', 'Driver Verification List', '', '  MODULE: 0x84226b28 Other.sys (Loaded)', ''].join('\n');
    const r = single(parsers.verifier3(text));
    expect(r.drivers[0]!.allocations).toEqual([]);
    expect(r.warnings.some((w) => /Pool Tracking/.test(w))).toBe(true);
    expect(r.warnings.some((w) => /Other\.sys: no allocation table/.test(w))).toBe(true);
    expect(r.warnings).toContain('Other.sys: allocation counts not printed (no "Current Pool Allocations" line); left null');
  });
});
