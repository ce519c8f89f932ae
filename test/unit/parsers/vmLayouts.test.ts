// !vm layouts beyond the MS docs sample: Windows 10/11 wide columns, per-pool "PagedPool  N:"
// lines, values touching the colon, and bracketed sizes in other units.
import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { crlf, publicFixture, reflow, single } from './fixtureText';

describe('vm parser: real layouts', () => {
  it('reads the Windows 10+ layout with NonPagedPoolNx and a wrapped 20-digit commit (real)', () => {
    const r = single(parsers.vm(publicFixture('vm-win10-x64-nx-wrapped-commit.txt')));
    expect(r.command).toBe('!vm 1');
    // Nonpaged usage = NonPagedPool (1088 Kb) + NonPagedPoolNx (134448 Kb): both are nonpaged memory.
    expect(r).toMatchObject({ nonPagedUsageKb: 1088 + 134448, nonPagedMaxKb: 17179869184, pagedUsageKb: 265152, pagedMaxKb: 17179869184 });
    expect(r.counters.nonPagedPoolNxUsage).toEqual({ pages: 33612, kb: 134448 });
    expect(r.counters.pagedPoolCommit?.pages).toBeGreaterThan(1e19);
    expect(r.counters.commitLimit).toEqual({ pages: 5990642, kb: 23962568 });
    expect(r.alerts).toHaveLength(2);
    expect(r.alerts[0]).toMatch(/73746 kernel stack PTE allocations have failed/);
    expect(r.warnings.filter((w) => !w.startsWith('alert printed by !vm'))).toEqual([]);
  });

  it('reads "NonPagedPool    0:" / "PagedPool  0:" per-pool lines and the totals (real, lkd)', () => {
    const r = single(parsers.vm(publicFixture('vm-win10-lkd-per-pool.txt')));
    expect(r.command).toBe('!vm');
    expect(r).toMatchObject({ nonPagedUsageKb: 956 + 120480, nonPagedMaxKb: 17179869184, pagedUsageKb: 151132, pagedMaxKb: 17179869184 });
    expect(r.counters.pagedPool0).toEqual({ pages: 21987, kb: 87948 });
    expect(r.counters.nonPagedPoolNx1).toEqual({ pages: 12233, kb: 48932 });
    expect(r.counters.miscTransientCommit).toEqual({ pages: 683, kb: 2732 });
  });

  it('reads an indented !vm with "PagedPool  N:" lines and a stray "Syspart SharedCommit 0" line (real)', () => {
    const r = single(parsers.vm(publicFixture('vm-indented-pagedpool-n.txt')));
    expect(r).toMatchObject({ nonPagedUsageKb: 36868, nonPagedMaxKb: 3096560, pagedUsageKb: 148228, pagedMaxKb: 134217728 });
    expect(r.counters.pagedPool4).toEqual({ pages: 57, kb: 228 });
    expect(r.counters.vadPageTableBitmaps).toEqual({ pages: 2214, kb: 8856 });
    expect(r.warnings).toEqual([]);
  });

  it('sums "PagedPool  N:" lines when the PagedPool Usage total is missing (real lines, total removed)', () => {
    const text = publicFixture('vm-indented-pagedpool-n.txt').split('\n').filter((l) => !/PagedPool Usage:/.test(l) || /NonPagedPool/.test(l)).join('\n');
    const r = single(parsers.vm(text));
    expect(r.pagedUsageKb).toBe(131504 + 16496 + 0 + 0 + 228);
    expect(r.warnings.join('\n')).toMatch(/summed the per-pool "PagedPool N" lines/);
  });

  it('reads a converted blog copy: collapsed padding, markdown-escaped alert stars, "PagedPool N Usage:" lines (real)', () => {
    const r = single(parsers.vm(publicFixture('vm-win7-x64-markdown-escaped.txt')));
    expect(r.command).toBe('!vm');
    expect(r).toMatchObject({ nonPagedUsageKb: 118236224 + 131632, nonPagedMaxKb: 6244320, pagedUsageKb: 347816, pagedMaxKb: 134217728 });
    expect(r.counters.pagedPool4Usage).toEqual({ pages: 5068, kb: 20272 });
    expect(r.counters.commitLimit).toEqual({ pages: 4270402, kb: 17081608 });
    expect(r.alerts).toEqual(['Excessive NonPaged Pool Usage']);
    expect(r.warnings).toEqual(['alert printed by !vm: Excessive NonPaged Pool Usage']);
  });

  it('keeps reading the real layouts through blog re-flow and CRLF', () => {
    const r = single(parsers.vm(crlf(reflow(publicFixture('vm-win10-lkd-per-pool.txt')))));
    expect(r).toMatchObject({ nonPagedUsageKb: 956 + 120480, pagedUsageKb: 151132, pagedMaxKb: 17179869184 });
  });
});

describe('vm parser: spacing and units', () => {
  it('reads a value touching the colon: "PagedPool Maximum:4294967296 (17179869184 Kb)" (kdsim Windows 10 layout)', () => {
    const text = [
      '*** Virtual Memory Usage ***',
      '\tNonPagedPool Usage:       28012 (    112048 Kb)',
      '\tNonPagedPoolNx Usage:     25210 (    100840 Kb)',
      '\tNonPagedPool Max:    4294967296 (17179869184 Kb)',
      '\tPagedPool Usage:          61233 (    244932 Kb)',
      '\tPagedPool Maximum:4294967296 (17179869184 Kb)',
    ].join('\n');
    const r = single(parsers.vm(text));
    expect(r).toMatchObject({ nonPagedUsageKb: 112048 + 100840, nonPagedMaxKb: 17179869184, pagedUsageKb: 244932, pagedMaxKb: 17179869184 });
    expect(r.warnings).toEqual([]);
  });

  it('tolerates spaces before the colon, no space before "(", and no space before the unit (synthetic)', () => {
    const r = single(parsers.vm('NonPagedPool Usage :877(3508Kb)\nNonPagedPool Max:6252   (25008 Kb)\nPagedPool Usage:\t1597\t(\t6388\tKb)\nPagedPool Maximum:13312(53248Kb)\n'));
    expect(r).toMatchObject({ nonPagedUsageKb: 3508, nonPagedMaxKb: 25008, pagedUsageKb: 6388, pagedMaxKb: 53248 });
  });

  it('converts bracketed sizes in KB, Mb, Gb and bytes to Kb (synthetic)', () => {
    const r = single(parsers.vm('NonPagedPool Usage: 877 (3508 KB)\nNonPagedPool Max: 6252 (24.4 Mb)\nPagedPool Usage: 1597 (6541312 bytes)\nPagedPool Maximum: 4294967296 (16384 Gb)\n'));
    expect(r).toMatchObject({ nonPagedUsageKb: 3508, nonPagedMaxKb: Math.round(24.4 * 1024), pagedUsageKb: 6388, pagedMaxKb: 16384 * 1024 * 1024 });
  });

  it('still reads the MS docs sample and the NTDebugging re-flowed sample the same way (real)', () => {
    expect(single(parsers.vm(publicFixture('msdocs-vm.txt')))).toMatchObject({ nonPagedUsageKb: 3508, nonPagedMaxKb: 25008, pagedUsageKb: 6388, pagedMaxKb: 53248 });
    const r = single(parsers.vm(publicFixture('ntdebugging-vm-reflowed-partial.txt')));
    expect(r.nonPagedUsageKb).toBe(238452);
    expect(r.pagedMaxKb).toBeNull();
  });
});
