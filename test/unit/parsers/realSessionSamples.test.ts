// Golden tests for real published lm, k/kv/kb stacks, banners, whole sessions and !verifier statistics
// (Windows 7 x86 to Windows 11 x64, an ARM64 target; sources in test/fixtures/public/*.source.txt).
import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { many, publicFixture, single } from './fixtureText';

describe('lm: real samples', () => {
  it('reads "lmvm" on Windows 11: "(no symbols)" and the detail lines', () => {
    const r = single(parsers.lm(publicFixture('lm-win11-lmvm-no-symbols.txt')));
    expect(r.command).toBe('lmvm Driver');
    expect(r.modules).toEqual([
      {
        start: '0xfffff804789a0000',
        end: '0xfffff804789a7000',
        name: 'Driver',
        symbolStatus: 'no symbols',
        symbolFile: null,
        unloaded: false,
        imagePath: '\\??\\C:\\Users\\User\\source\\repos\\Driver\\x64\\Release\\Driver.sys',
        imageName: 'Driver.sys',
        timestamp: 'Thu Sep 21 08:52:21 2023 (650C66B5)',
      },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads a forum thread re-flowed by a markdown converter: bold row, second prompt made a heading, unindented details', () => {
    const [r, second] = many(parsers.lm(publicFixture('lm-win10-x64-simpread-reflowed.txt')));
    expect(r!.command).toBe('lm');
    const loaded = r!.modules.filter((m) => !m.unloaded);
    const unloaded = r!.modules.filter((m) => m.unloaded);
    expect(loaded).toHaveLength(210);
    expect(unloaded.map((m) => m.name)).toEqual([
      'luafv.sys',
      'dump_storport.sys',
      'dump_stornvme.sys',
      'dump_dumpfve.sys',
      'WUDFRd.sys',
      'dam.sys',
      'WdBoot.sys',
      'hwpolicy.sys',
      'mcupdate.dll',
    ]);
    expect(loaded[0]).toEqual({ start: '0xfffff8024b000000', end: '0xfffff8024b01d000', name: 'NDProxy', symbolStatus: 'deferred', symbolFile: null, unloaded: false, imagePath: null, imageName: null, timestamp: null });
    expect(loaded.find((m) => m.name === 'nt')).toMatchObject({
      start: '0xfffff8024c60e000',
      end: '0xfffff8024d654000',
      symbolStatus: 'pdb symbols',
      symbolFile: 'C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\sym\\ntkrnlmp.pdb\\118018959D8D7CA5AAB45B75AED5A9761\\ntkrnlmp.pdb',
    });
    // the row the blog put in **bold**
    expect(r!.modules.filter((m) => m.name === 'nvlddmkm')).toEqual([
      { start: '0xfffff80268fa0000', end: '0xfffff8026b406000', name: 'nvlddmkm', symbolStatus: 'deferred', symbolFile: null, unloaded: false, imagePath: null, imageName: null, timestamp: null },
    ]);
    expect(loaded[loaded.length - 1]).toMatchObject({ name: 'cdd', start: '0xfffffe9ddbfb0000' });
    expect(r!.warnings).toEqual([]);
    // "###### 4: kd> lmDvmnvlddmkm": the prompt the converter turned into a heading is recognised as its own command
    expect(second!.command).toBe('lmDvmnvlddmkm');
    expect(second!.modules).toEqual([
      { start: '0xfffff80268fa0000', end: '0xfffff8026b406000', name: 'nvlddmkm', symbolStatus: 'deferred', symbolFile: null, unloaded: false, imagePath: null, imageName: 'nvlddmkm.sys', timestamp: 'Tue Sep 14 07:52:22 2021 (613FE436)' },
    ]);
    const t = parsers.transcript(publicFixture('lm-win10-x64-simpread-reflowed.txt'));
    expect(t.commands.map((c) => [c.prompt, c.command, c.kind])).toEqual([
      ['4: kd>', 'lm', 'lm'],
      ['4: kd>', 'lmDvmnvlddmkm', 'lm'],
    ]);
  });
});

describe('stack: real samples', () => {
  it('reads a Windows 11 "k" with six WDF inline frames and source lines', () => {
    const r = single(parsers.stack(publicFixture('stack-win11-k-inline-wdf.txt')));
    expect(r.command).toBe('k');
    expect(r.frames).toHaveLength(17);
    expect(r.frames.filter((f) => f.childSp === null).map((f) => f.frameNumber)).toEqual([1, 3, 4, 6, 9, 0xc]);
    expect(r.frames[0]).toEqual({ frameNumber: 0, childSp: '0xffffd68d7952edb8', retAddr: '0xfffff8040591d831', args: [], symbol: 'nt!ExAllocatePool2', file: 'minkernel\\ntos\\ex\\pool.c', line: 4255 });
    expect(r.frames[6]).toEqual({ frameNumber: 6, childSp: null, retAddr: null, args: [], symbol: 'Wdf01000!FxObject::operator new+0x2a', file: 'minkernel\\wdf\\framework\\shared\\inc\\private\\common\\fxobject.hpp', line: 577 });
    expect(r.frames[0xa]).toMatchObject({ childSp: '0xffffd68d7952efb0', symbol: 'amdacpbus2!AcpWorkItemCreate+0xd0', line: 1345 });
    expect(r.frames[0x10]).toMatchObject({ frameNumber: 0x10, retAddr: '0x0000000000000000', symbol: 'nt!KiIdleLoop+0x9e', file: 'minkernel\\ntos\\ke\\amd64\\idle.asm', line: 177 });
    expect(r.warnings).toEqual([]);
  });

  it('reads the crashing stack inside MEX "!crash" output as bare text (no k command)', () => {
    const r = single(parsers.stack(publicFixture('stack-win11-mex-crash.txt')));
    expect(r.command).toBeNull();
    expect(r.frames).toHaveLength(13);
    expect(r.frames[3]).toEqual({ frameNumber: 3, childSp: '0xfffffa86b7eaef90', retAddr: '0xfffff804789a1205', args: [], symbol: 'Driver+0x1170', file: null, line: null });
    expect(r.frames.map((f) => f.symbol).slice(0, 3)).toEqual(['nt!KeBugCheckEx', 'nt!ExpRemoveTagForBigPages+0x1b8878', 'nt!ExFreePoolWithTag+0x29c']);
  });

  it('reads ARM64 "kv" frames (": Args to Child :"; raw-address call sites normalised like addresses, backtick removed)', () => {
    const [r] = many(parsers.stack(publicFixture('arm64-kd-com-session-indented.txt')));
    expect(r!.command).toBe('kv');
    expect(r!.frames).toEqual([
      { frameNumber: 0, childSp: '0x0000000eed07df40', retAddr: '0x00007ffa202010a4', args: ['0x0000000eed07df60', '0x00007ffa2cc7c2dc', '0x00007ffa20200000', '0x00007ffa2ccd8b1c'], symbol: '0x00007ffa28ebc9d0', file: null, line: null },
      { frameNumber: 1, childSp: '0x0000000eed07df40', retAddr: '0x0000000000000000', args: ['0x0000000eed07df60', '0x00007ffa2cc7c2dc', '0x00007ffa20200000', '0x00007ffa2ccd8b1c'], symbol: '0x00007ffa202010a4', file: null, line: null },
    ]);
  });

  it('reads ARM64 "kc" (" # Call Site" header, "00 0x0" frames: frame number and call site only)', () => {
    const [, kc] = many(parsers.stack(publicFixture('arm64-kd-com-session-indented.txt')));
    expect(kc!.command).toBe('kc');
    expect(kc!.frames).toEqual([
      { frameNumber: 0, childSp: null, retAddr: null, args: [], symbol: '0x0', file: null, line: null },
      { frameNumber: 1, childSp: null, retAddr: null, args: [], symbol: '0x0', file: null, line: null },
    ]);
    expect(kc!.warnings).toEqual([]);
  });

  it('reads the x86 "(Inline) -------- …" frame and strips FPO/CONV/TrapFrame/"Inline Function @" annotations (!thread)', () => {
    const r = single(parsers.stack(publicFixture('stack-x86-thread-inline-fpo.txt')));
    expect(r.command).toBeNull();
    expect(r.frames).toHaveLength(14);
    expect(r.frames[0]).toEqual({ frameNumber: null, childSp: '0xaaed7ae0', retAddr: '0x8486ffe8', args: ['0xb41bc7a0', '0xb41d9b80', '0xb41d9b80'], symbol: 'booster!BoosterWrite+0xd', file: null, line: null });
    expect(r.frames[4]).toMatchObject({ childSp: '0xaaed7be8', retAddr: '0x77d12740', symbol: 'nt!KiSystemServicePostCall' });
    expect(r.frames[8]).toMatchObject({ childSp: '0x0131f7d0', symbol: 'Boost!main+0xc9' });
    expect(r.frames[9]).toEqual({ frameNumber: null, childSp: null, retAddr: null, args: [], symbol: 'Boost!invoke_main+0x1c', file: null, line: null });
    expect(r.frames[13]).toMatchObject({ childSp: '0x0131f894', retAddr: '0x00000000', symbol: 'ntdll!_RtlUserThreadStart+0x1b' });
  });

  it('reads the x86 "kb" of the MS docs Miscellaneous Checks session (frame lines end with a space)', () => {
    const r = single(parsers.stack(publicFixture('msdocs-misc-checks-session-x86.txt')));
    expect(r.command).toBe('kb');
    expect(r.frames).toHaveLength(17);
    expect(r.frames[8]).toEqual({ frameNumber: null, childSp: '0x92f63bf0', retAddr: '0x89b6c58c', args: ['0x9655d470', '0x00000000', '0x89b74194'], symbol: 'nt!VerifierExFreePoolWithTag+0x28', file: null, line: null });
    expect(r.frames[9]!.symbol).toBe('buggy!MmTestProbeLockForEverStress+0x2e');
    expect(r.frames[16]).toMatchObject({ childSp: '0x92f63d34', retAddr: '0x6a22b204', symbol: 'nt!KiFastCallEntry+0x12c' });
  });
});

describe('ln: real samples', () => {
  it('reads the newer " [file @ line] (start) symbol | (next) symbol" form with a signature under "Exact matches:" (x86)', () => {
    const [a, b] = many(parsers.ln(publicFixture('ln-x86-source-bracket-exact-signature.txt')));
    expect(a).toMatchObject({
      command: 'ln 0x939d1700',
      address: '0x939d1700',
      symbol: 'booster!BoosterCreateClose',
      function: 'booster!BoosterCreateClose',
      offset: 0,
      file: 'J:\\dev\\temp\\driver\\kerprg2\\Chapter05\\Booster\\Booster.cpp',
      line: 77,
      before: { address: '0x939d1700', symbol: 'booster!BoosterCreateClose' },
      after: { address: '0x939d17a0', symbol: 'booster!BoosterUnload' },
      exactMatches: ['booster!BoosterCreateClose (struct _DEVICE_OBJECT *, struct _IRP *)'],
      warnings: [],
    });
    expect(b).toMatchObject({ address: '0x939d1840', symbol: 'booster!BoosterWrite', line: 90, after: { address: '0x939d1990', symbol: 'booster!DriverEntry' } });
  });

  it('skips a symbol WARNING line before the result and reads an offset inside the function (user mode)', () => {
    const r = single(parsers.ln(publicFixture('ln-user-x86-warning-then-source-bracket.txt')));
    expect(r).toMatchObject({
      command: 'ln 002662bb',
      address: '0x002662bb',
      symbol: 'firefox!sandbox::CrossCallParamsEx::GetParameterStr+0xbb',
      function: 'firefox!sandbox::CrossCallParamsEx::GetParameterStr',
      offset: 0xbb,
      file: 'c:\\mozilla-source\\mozilla-central\\security\\sandbox\\chromium\\sandbox\\win\\src\\crosscall_server.cc',
      line: 293,
      before: { address: '0x00266200' },
      after: { address: '0x002662d0', symbol: 'firefox!sandbox::SetCallError' },
      exactMatches: [],
      warnings: [],
    });
  });

  it('reads an ln of an expression indented with TABs (reST literal block)', () => {
    const r = single(parsers.ln(publicFixture('ln-x86-expression-tab-indented-rst.txt')));
    expect(r).toMatchObject({
      command: 'ln nt!ExpNumberOfPagedPools',
      address: '0x83daa014',
      symbol: 'nt!ExpNumberOfPagedPools',
      offset: 0,
      file: null,
      after: { address: '0x83daa018', symbol: 'nt!WmipMaxKmWnodeEventSize' },
      exactMatches: ['nt!ExpNumberOfPagedPools = <no type information>'],
    });
    expect(r.warnings.join('\n')).toMatch(/no source line information/);
  });
});

describe('banner and transcript: real samples', () => {
  it('reads the banner of a KD-over-COM session with an ARM64 target (indented 4 spaces)', () => {
    const text = publicFixture('arm64-kd-com-session-indented.txt');
    const t = parsers.transcript(text);
    expect(t.banner).toMatchObject({
      debuggerVersion: '10.0.22415.1003',
      debuggerArchitecture: 'AMD64',
      target: 'live',
      kernelVersion: 'Windows 10 Kernel Version 21337 MP (4 procs) Free ARM 64-bit (AArch64)',
      buildLab: '21337.1000.arm64fre.rs_prerelease.210312-1502',
      kernelBase: '0xfffff8028c200000',
      connectedTo: 'Windows 10 21337 ARM 64-bit (AArch64) target',
    });
    expect(t.commands.map((c) => [c.prompt, c.command, c.kind])).toEqual([
      ['1: kd>', 'g', null],
      ['3: kd>', 'kv', 'stack'],
      ['3: kd>', 'kc', 'stack'],
    ]);
    const kv = t.commands[1]!.result as { frames: unknown[] };
    expect(kv.frames).toHaveLength(2);
    const kc = t.commands[2]!.result as { frames: { frameNumber: number; symbol: string }[] };
    expect(kc.frames.map((f) => [f.frameNumber, f.symbol])).toEqual([[0, '0x0'], [1, '0x0']]);
  });

  it('splits the MS docs Miscellaneous Checks session into its four commands and parses each', () => {
    const t = parsers.transcript(publicFixture('msdocs-misc-checks-session-x86.txt'));
    expect(t.commands.map((c) => [c.command.split(/\s+/)[0], c.kind])).toEqual([
      ['!verifier', 'verifier3'],
      ['!pool', 'pool'],
      ['!locks', null],
      ['kb', 'stack'],
    ]);
    const v = t.commands[0]!.result as { flags: number; drivers: { name: string }[] };
    expect(v.flags).toBe(0x800);
    expect(v.drivers.map((d) => d.name)).toEqual(['buggy.sys']);
    const p = t.commands[1]!.result as { blocks: { tag: string }[] };
    expect(p.blocks[0]!.tag).toBe('Bug_');
  });
});

describe('verifier3: real samples', () => {
  it('reads "!verifier 1" (Verify Level 800) with the Windows 7 driver table and no Pool Tracking; warns that the row has no counts', () => {
    const r = single(parsers.verifier3(publicFixture('msdocs-misc-checks-session-x86.txt')));
    expect(r.command).toBe('!verifier 1');
    expect(r.flags).toBe(0x800);
    expect(r.enabledOptions).toEqual(['Miscellaneous checks enabled']);
    expect(r.stats).toMatchObject({ poolAllocationsAttempted: 1, poolAllocationsSucceeded: 1, poolAllocationsFailed: 0, resourceAllocationsFailedDeliberately: 0, currentNonpagedPoolAllocations: 0, currentNonpagedPoolBytes: 0 });
    expect(r.drivers).toHaveLength(1);
    expect(r.drivers[0]).toMatchObject({ name: 'buggy.sys', state: 'Loaded', entry: '0x8459ca50', allocations: [] });
    // the output has no "Current Pool Allocations" lines under the row (Windows 7 prints them only with Pool Tracking):
    // the row's bytes are read, the counts and the peak stay null, and a warning says so
    expect(r.drivers[0]!.current).toEqual({ nonPagedAllocations: null, nonPagedBytes: 0, pagedAllocations: null, pagedBytes: 0 });
    expect(r.drivers[0]!.peak).toEqual({ nonPagedAllocations: null, nonPagedBytes: null, pagedAllocations: null, pagedBytes: null });
    expect(r.warnings).toEqual([
      'Pool Tracking (flag 0x8) is not enabled: no outstanding allocations are tracked',
      'buggy.sys: allocation counts not printed (no "Current Pool Allocations" line under the driver row); current bytes are from the row, counts and peak left null',
      'buggy.sys: no allocation table (Pool Tracking not enabled, or the output was cut)',
    ]);
  });

  it('reads the statistics-only "!verifier" of the low resources simulation example', () => {
    const r = single(parsers.verifier3(publicFixture('msdocs-verifier-low-resources-stats.txt')));
    expect(r.flags).toBe(5);
    expect(r.enabledOptions).toEqual(['Special pool', 'Inject random low-resource API failures']);
    expect(r.stats).toEqual({
      raiseIrqls: 0x2c671f,
      acquireSpinLocks: 0xca1a02,
      synchExecutions: 0x10a623,
      trims: 0,
      poolAllocationsAttempted: 0x862e0e,
      poolAllocationsSucceeded: 0x8626e3,
      poolAllocationsSucceededSpecialPool: 0x768060,
      poolAllocationsWithNoTag: 0,
      poolAllocationsFailed: 0x34f,
      resourceAllocationsFailedDeliberately: 0x3f5,
    });
    expect(r.drivers).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(/no verified driver/);
  });
});
