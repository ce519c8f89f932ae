// Issue 13, classes 2-5 and 7: `ln` one-sided forms; class 3: fragments of `!verifier 3` as people paste them — the allocation table
// without its MODULE: header, the "Pool Allocations:" label on the header line, one row,
// and the output cut before the driver list, where only the command line names the driver.
// All synthetic variants cut from seed 000 (MS docs C4/0x62 walkthrough, Win 8.1 x86).
import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import type { AnalyzeResult, BannerResult, LnResult, PoolUsedResult, TranscriptResult, Verifier3Result, VmResult } from '../../../electron/parsers/resultTypes';
import { publicFixture, seedFixture, single } from './fixtureText';

const seed = seedFixture('seed000-verifier3.txt');
const full = single(parsers.verifier3(seed)) as Verifier3Result;
const rows = full.drivers[0]!.allocations;
const tableStart = seed.indexOf('      Address     Length');
const table = seed.slice(tableStart);

function parse(text: string): Verifier3Result {
  return single(parsers.verifier3(text)) as Verifier3Result;
}

describe('verifier3 fragments (synthetic, cut from seed 000)', () => {
  it('the seed itself has three rows (the reference for the fragments)', () => {
    expect(rows.map((r) => r.tag)).toEqual(['VMdl', 'mdrv', 'Vfwi']);
  });

  it('the table alone, pasted under its command line: rows belong to the command line driver', () => {
    const r = parse(`kd> !verifier 3 MyDriver.sys\n${table}`);
    expect(r.drivers).toHaveLength(1);
    expect(r.drivers[0]!.name).toBe('MyDriver.sys');
    expect(r.drivers[0]!.allocations).toEqual(rows);
    expect(r.warnings).toContain('MyDriver.sys: allocation rows without their MODULE header; the driver is taken from the command line');
  });

  it('the table alone with no command line: rows kept, driver name empty, said so', () => {
    const r = parse(table);
    expect(r.drivers[0]!.name).toBe('');
    expect(r.drivers[0]!.allocations).toEqual(rows);
    expect(r.warnings).toContain('allocation rows without their MODULE header and no driver on the command line: driver name left empty');
  });

  it('"Pool Allocations:" on the same line as the column headers (re-flowed paste)', () => {
    const joined = seed.replace(/Pool Allocations:\s*\n\s*\n(\s*)Address/, 'Pool Allocations:   Address');
    expect(joined).not.toBe(seed);
    const r = parse(joined);
    expect(r.drivers[0]!.name).toBe('MyDriver.sys');
    expect(r.drivers[0]!.allocations).toEqual(rows);
  });

  it('a single allocation row with its command line', () => {
    const r = parse('0: kd> !verifier 3 MyDriver.sys\n      0x8645a000  0x00001008  mdrv  0x9a3bf687  MyDriver!DeviceControlDispatch\n');
    expect(r.drivers[0]!.name).toBe('MyDriver.sys');
    expect(r.drivers[0]!.allocations).toEqual([rows[1]]);
  });

  it('"!verifier 3 drv.sys" cut before the driver list: the driver comes from the command line', () => {
    const cut = seed.slice(0, seed.indexOf('Driver Verification List'));
    const r = parse(cut);
    expect(r.flags).toBe(0x209bb);
    expect(r.stats['currentNonpagedPoolAllocations']).toBe(3);
    expect(r.drivers.map((d) => d.name)).toEqual(['Mydriver.sys']);
    expect(r.drivers[0]!.allocations).toEqual([]);
    expect(r.warnings).toContain('Mydriver.sys: the output ends before the driver list; the driver is taken from the command line');
  });

  it('a "> "-quoted fragment pasted with its command line', () => {
    const quoted = `kd> !verifier 3 MyDriver.sys\n${table}`
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
    const r = parse(quoted);
    expect(r.drivers[0]!.name).toBe('MyDriver.sys');
    expect(r.drivers[0]!.allocations).toEqual(rows);
  });
});

describe('ln: one-sided forms and user-mode modules (real text, issue 13 class 2)', () => {
  it('"(addr) KERNELBASE!ReadFile" with no "|" and "Exact matches:" re-flowed onto it (code-index 60190591018)', () => {
    const r = single(parsers.ln(publicFixture('ln-user-x64-one-sided-exact-glued.txt'))) as LnResult;
    expect(r).toMatchObject({
      command: 'ln poi(KERNEL32!_imp_ReadFile)',
      address: '0x00007ffbf5282ac0',
      symbol: 'KERNELBASE!ReadFile',
      function: 'KERNELBASE!ReadFile',
      offset: 0,
      before: { address: '0x00007ffbf5282ac0', symbol: 'KERNELBASE!ReadFile' },
      after: { address: null, symbol: null },
      exactMatches: ['KERNELBASE!ReadFile (void)'],
    });
  });

  it('kd resolving a user-mode address as an "Exact matches:" list only (code-index 18264908209)', () => {
    const r = single(parsers.ln(publicFixture('ln-x86-kd-user-module-exact-only.txt'))) as LnResult;
    expect(r).toMatchObject({
      command: 'ln 0x77b36448',
      address: '0x77b36448',
      symbol: 'ntdll!KiUserExceptionDispatcher',
      function: 'ntdll!KiUserExceptionDispatcher',
      offset: 0,
      exactMatches: ['ntdll!KiUserExceptionDispatcher'],
    });
    expect(r.warnings).toEqual([]);
  });

  it('synthetic: one-sided with an offset and a C++ user-mode symbol holding spaces', () => {
    const r = single(parsers.ln('0:000> ln 00007ff6`1e2a1020\n(00007ff6`1e2a1000)   app!std::vector<int,std::allocator<int> >::push_back+0x20\n')) as LnResult;
    expect(r.address).toBe('0x00007ff61e2a1020');
    expect(r.function).toBe('app!std::vector<int,std::allocator<int> >::push_back');
    expect(r.offset).toBe(0x20);
    expect(r.after).toEqual({ address: null, symbol: null });
  });

  it('synthetic: the exact match gives the symbol without its signature or type note', () => {
    const r = single(parsers.ln('kd> ln 83daa014\nExact matches:\n    nt!ExpNumberOfPagedPools = <no type information>\n')) as LnResult;
    expect(r.symbol).toBe('nt!ExpNumberOfPagedPools');
  });
});

describe('!vm on Windows 10/11: regions and per-pool layouts (issue 13 class 4)', () => {
  it('`!vm 21` with the "System Region" table (real, code-index 40389744472): usage from the classic lines, regions kept', () => {
    const r = single(parsers.vm(publicFixture('vm-win10-lkd-21-regions.txt'))) as VmResult;
    expect(r.command).toBe('!vm 21');
    expect([r.nonPagedUsageKb, r.nonPagedMaxKb, r.pagedUsageKb, r.pagedMaxKb]).toEqual([920 + 183496, 17179869184, 358108, 17179869184]);
    expect(Object.keys(r.regions)).toHaveLength(13);
    expect(r.regions['NonPagedPool']).toEqual({ base: '0xffffa08000000000', bytes: 0x100000000000 });
    expect(r.regions['Cfg']).toEqual({ base: '0xffff873a7f879fe0', bytes: 0x28000000000 });
    // the region size is the same 16 TB the Max line prints
    expect(r.regions['PagedPool']!.bytes / 1024).toBe(r.pagedMaxKb);
    expect(r.alerts).toEqual(['67968 kernel stack PTE allocations have failed', '247785920 kernel stack growth attempts have failed']);
  });

  it('`!vm 0x20` with only the region table (real excerpt, code-index 24092970659): the nonpaged maximum from the region size', () => {
    const r = single(parsers.vm(publicFixture('vm-win11-0x20-regions-only-excerpt.txt'))) as VmResult;
    expect(r.regions).toEqual({ Kasan: { base: '0x0', bytes: 0 }, NonPagedPool: { base: '0xffff828000000000', bytes: 0x100000000000 } });
    expect(r.nonPagedMaxKb).toBe(17179869184);
    expect(r.nonPagedUsageKb).toBeNull();
    expect(r.warnings).toContain('NonPagedPool Max not printed: took the size of the NonPagedPool region');
  });

  it('synthetic: the per-pool lines of the real lkd sample without its Usage/Max lines are summed, and say so', () => {
    const text = publicFixture('vm-win10-lkd-per-pool.txt')
      .split('\n')
      .filter((l) => !/^(NonPagedPool|NonPagedPoolNx|PagedPool) (Usage|Max|Maximum):/.test(l))
      .join('\n');
    const r = single(parsers.vm(text)) as VmResult;
    expect(r.nonPagedUsageKb).toBe(924 + 71548 + 32 + 48932);
    expect(r.pagedUsageKb).toBe(87948 + 63184);
    expect(r.warnings).toContain('NonPagedPool Usage not printed: summed the per-pool "NonPagedPool N" / "NonPagedPoolNx N" lines');
  });

  it('synthetic: only the Commit lines left: usage from "NonPagedPool Commit" / "PagedPool Commit", with a warning', () => {
    const text = publicFixture('vm-win10-lkd-21-regions.txt')
      .split('\n')
      .filter((l) => !/^(NonPagedPool|NonPagedPoolNx|PagedPool) Usage:/.test(l))
      .join('\n');
    const r = single(parsers.vm(text)) as VmResult;
    expect([r.nonPagedUsageKb, r.pagedUsageKb]).toEqual([264192, 358108]);
    expect(r.warnings).toContain('NonPagedPool Usage not printed: took "NonPagedPool Commit" (committed pages, a little above usage)');
  });
});

describe('banners: dump kinds, comments, pasted without their first lines (issue 13 class 5)', () => {
  it('real banners: the dump kind as kd names it', () => {
    expect((parsers.banner(publicFixture('banner-kernel-dump.txt')) as BannerResult).dumpKind).toBe('Kernel Bitmap Dump');
    expect((parsers.banner(publicFixture('banner-user-dump.txt')) as BannerResult).dumpKind).toBe('User Mini Dump File with Full Memory');
  });

  it.each([
    ['Kernel Summary Dump File: Only kernel address space is available', 'Kernel Summary Dump'],
    ['Kernel Complete Dump File: Full address space is available', 'Kernel Complete Dump'],
    ['Mini Kernel Dump File: Only registers and stack trace are available', 'Mini Kernel Dump'],
    ['Kernel Bitmap Dump File: Full address space is available', 'Kernel Bitmap Dump'],
  ])('synthetic: a banner pasted from its second line ("%s") is still a dump', (line, kind) => {
    const text = `${line}\n\nSymbol search path is: srv*\nWindows 10 Kernel Version 19041 MP (4 procs) Free x64\nComment: 'Converted by vm2dmp from a Hyper-V saved state'\n0: kd> `;
    const b = parsers.banner(text) as BannerResult;
    expect(b).toMatchObject({ target: 'dump', dumpKind: kind, prompt: '0: kd>', kernelVersion: 'Windows 10 Kernel Version 19041 MP (4 procs) Free x64' });
    expect(b.dumpComment).toBe('Converted by vm2dmp from a Hyper-V saved state');
  });

  it('synthetic: a transcript whose banner starts at the dump-kind line keeps it as its banner', () => {
    const t = parsers.transcript('Kernel Summary Dump File: Only kernel address space is available\n\n0: kd> !vm\nNonPagedPool Usage: 10 ( 40 Kb)\n') as TranscriptResult;
    expect(t.banner).toMatchObject({ target: 'dump', dumpKind: 'Kernel Summary Dump' });
  });
});

describe('!poolused re-flowed by OCR or a mail client (issue 13 class 7; synthetic variants of the MS docs sample)', () => {
  const real = publicFixture('msdocs-poolused.txt');
  const bare = single(parsers.poolused(real)) as PoolUsedResult;
  /** The rows after the header with their spacing collapsed to one space (alignment lost), as a mail client leaves them. */
  const collapsed = real
    .split('\n')
    .map((l) => (/^\s*\S{1,4}\s+\d/.test(l) && !/Tag\s+Allocs/.test(l) ? l.trim().replace(/\s+/g, ' ') : l))
    .join('\n');

  it('the real sample (reference) reads as before', () => {
    expect(bare.rows.find((r) => r.tag === 'AcpD')).toMatchObject({ nonPagedAllocs: 40, nonPagedBytes: 13280, pagedAllocs: 0, pagedBytes: 0 });
  });

  it('numbers split into thousands groups ("13 280", "1,048,576") and a tag joined to its first number ("AcpD40")', () => {
    const text = collapsed
      .replace(/^AcpD 40 13280 /m, 'AcpD40 13 280 ')
      .replace(/^8042 4 3944 /m, '8042 4 3,944 ')
      .replace(/^1MEM 1 3368 /m, '1MEM 1 3 368 ');
    const r = single(parsers.poolused(text)) as PoolUsedResult;
    const pick = (tag: string) => r.rows.find((x) => x.tag === tag);
    expect(pick('AcpD')).toMatchObject({ nonPagedAllocs: 40, nonPagedBytes: 13280, pagedAllocs: 0, pagedBytes: 0, owner: 'acpi.sys' });
    expect(pick('8042')).toMatchObject({ nonPagedAllocs: 4, nonPagedBytes: 3944, owner: 'i8042prt.sys' });
    expect(pick('1MEM')).toMatchObject({ nonPagedAllocs: 1, nonPagedBytes: 3368 });
    expect(r.rows).toHaveLength(bare.rows.length);
    expect(r.warnings).toContain('3 re-flowed rows (numbers split into digit groups, or joined to the tag) were read by their digit groups');
  });

  it('a leading-zero group ("1 048 576") always continues the number before it', () => {
    const text = collapsed.replace(/^AcpD 40 13280 0 0/m, 'AcpD 40 1 048 576 0 0');
    const r = single(parsers.poolused(text)) as PoolUsedResult;
    expect(r.rows.find((x) => x.tag === 'AcpD')).toMatchObject({ nonPagedAllocs: 40, nonPagedBytes: 1048576, pagedAllocs: 0, pagedBytes: 0 });
  });

  it('an ambiguous split is not guessed: the row is skipped with a warning naming it', () => {
    // 1 520 2 384 0: either 1520/2/384/0 or 1/520/2/3840 …: two three-digit groups, one extra token
    const text = collapsed.replace(/^AGP 1 344 2 384/m, 'AGP 1 520 2 384 0');
    const r = single(parsers.poolused(text)) as PoolUsedResult;
    expect(r.rows.find((x) => x.tag === 'AGP')).toBeUndefined();
    expect(r.warnings.some((w) => w.startsWith('1 re-flowed rows skipped because their digit groups are ambiguous, first: "AGP 1 520 2 384 0'))).toBe(true);
  });

  it('kd\'s own rows with a TAB before a description that starts with digits are not taken for re-flowed ones', () => {
    const r = single(parsers.poolused(publicFixture('poolused-win11-sort2-tabbed.txt'))) as PoolUsedResult;
    expect(r.warnings.filter((w) => /re-flowed/.test(w))).toEqual([]);
  });
});

describe('!analyze -v whose header is quoted, wrapped or missing (issue 13 class 6; synthetic variants of seed 000)', () => {
  const seedAnalyze = seedFixture('seed000-analyze.txt');
  const header = 'DRIVER_VERIFIER_DETECTED_VIOLATION (c4)';
  const args = ['0x62', '0x9707712c', '0x9c1faf70', '0x3'];
  const analyze = (text: string) => single(parsers.analyze(text)) as AnalyzeResult;

  it.each([
    ['quoted alone ("> NAME (c4)")', `> ${header}`],
    ['bold markdown', `**${header}**`],
    ['inline code', `\`${header}\``],
    ['description re-flowed onto it', `${header} A device driver attempting to corrupt the system has been caught.  This is`],
  ])('header %s', (_name, replacement) => {
    const r = analyze(seedAnalyze.replace(header, replacement));
    expect(r.bugcheck).toMatchObject({ code: '0xc4', name: 'DRIVER_VERIFIER_DETECTED_VIOLATION', args });
  });

  it('header wrapped after the name ("NAME" / "(c4)"): read as one line, and said so', () => {
    const r = analyze(seedAnalyze.replace(header, 'DRIVER_VERIFIER_DETECTED_VIOLATION\n(c4)'));
    expect(r.bugcheck).toMatchObject({ code: '0xc4', name: 'DRIVER_VERIFIER_DETECTED_VIOLATION', args });
    expect(r.warnings).toContain('the bug check header was wrapped ("DRIVER_VERIFIER_DETECTED_VIOLATION" / "(c4)"): read as one line');
  });

  it('header missing: the code from BUGCHECK_CODE, then BUGCHECK_STR, then FAILURE_BUCKET_ID; the arguments from Arg1..Arg4', () => {
    const noHeader = seedAnalyze.replace(`${header}\n`, '');
    const withFields = (fields: string) => analyze(`${noHeader.trimEnd()}\n\n${fields}\n`);
    const a = withFields('BUGCHECK_CODE:  c4\nFAILURE_BUCKET_ID:  0xc4_62_VRF_LEAKED_POOL_IMAGE_MyDriver.sys');
    expect(a.bugcheck).toMatchObject({ code: '0xc4', name: 'DRIVER_VERIFIER_DETECTED_VIOLATION', nameSource: 'table', args });
    expect(a.warnings).toContain('no "NAME (code)" bug check header: code 0xc4 taken from BUGCHECK_CODE');
    const b = withFields('BUGCHECK_STR:  0xc4_62');
    expect(b.bugcheck.code).toBe('0xc4');
    expect(b.warnings).toContain('no "NAME (code)" bug check header: code 0xc4 taken from BUGCHECK_STR');
    const c = withFields('FAILURE_BUCKET_ID:  X64_0xc4_62_VRF_LEAKED_POOL_IMAGE_MyDriver.sys');
    expect(c.bugcheck.code).toBe('0xc4');
    expect(c.bugcheck.args).toEqual(args);
    expect(c.warnings).toContain('no "NAME (code)" bug check header: code 0xc4 taken from FAILURE_BUCKET_ID');
    const d = withFields('FAILURE_ID_HASH_STRING:  km:0xc4_62_vrf_leaked_pool_image_mydriver.sys');
    expect(d.bugcheck.code).toBe('0xc4');
    // an exception code in the bucket is not a bug check code
    const e = withFields('FAILURE_BUCKET_ID:  AV_MyDriver!DeviceControlDispatch');
    expect(e.bugcheck.code).toBeNull();
    expect(e.bugcheck).toMatchObject({ name: null, nameSource: null });
  });

  it('real: `.bugcheck` on an x64 dump (code-index 13479888157)', () => {
    const r = analyze(publicFixture('analyze-dot-bugcheck-9f-x64.txt'));
    expect(r.bugcheck).toMatchObject({ code: '0x9f', name: 'DRIVER_POWER_STATE_FAILURE', nameSource: 'table', args: ['0x3', '0xffff948fe9be4060', '0xffffe3813d0ef040', '0xffff948fee90eba0'] });
    expect(r.warnings).toContain('no "NAME (code)" bug check header: code 0x9f taken from ".bugcheck" output');
  });

  it('real: `.bugcheck` lines TAB-indented in a KB article, arguments with 0x (code-index 16300511076)', () => {
    const r = analyze(publicFixture('analyze-dot-bugcheck-a-kb-tab-0x-args.txt'));
    expect(r.bugcheck).toMatchObject({ code: '0xa', args: ['0xf82bd008', '0x2', '0x1', '0xed1e5898'] });
  });

  it('real: the System event 1001 text "The bugcheck was: 0x00000080 (…)" (code-index 52254766865)', () => {
    const r = analyze(publicFixture('analyze-event-1001-bugcheck-was.txt'));
    expect(r.bugcheck).toMatchObject({ code: '0x80', args: ['0x4f4454', '0x0', '0x0', '0x0'] });
    expect(r.warnings).toContain('no "NAME (code)" bug check header: code 0x80 taken from the "bugcheck was:" event text');
  });

  it('.bugcheck output and the event-log sentence give code and arguments', () => {
    const dot = analyze('kd> .bugcheck\nBugcheck code 000000C4\nArguments 00000000`00000062 ffffe001`9707712c ffffe001`9c1faf70 00000000`00000003\n');
    expect(dot.bugcheck).toMatchObject({ code: '0xc4', args: ['0x62', '0xffffe0019707712c', '0xffffe0019c1faf70', '0x3'] });
    const ev = analyze(
      'The computer has rebooted from a bugcheck.  The bugcheck was: 0x000000d1 (0x0000000000000000, 0x0000000000000002, 0x0000000000000000, 0xfffff8800ab1c123). A dump was saved in: C:\\Windows\\MEMORY.DMP.\n',
    );
    expect(ev.bugcheck).toMatchObject({ code: '0xd1', args: ['0x0', '0x2', '0x0', '0xfffff8800ab1c123'] });
    expect(ev.warnings).toContain('no "NAME (code)" bug check header: code 0xd1 taken from the "bugcheck was:" event text');
  });
});
