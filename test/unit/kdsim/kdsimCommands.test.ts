// One test (at least) per supported command, in-process over streams.
import { describe, expect, it } from 'vitest';
import { isMultiResult, parsers } from '../../../electron/parsers/index';
import { loadScenario } from '../../../electron/kdsim/scenarioLoader';
import { lines, runCommands } from './kdsimTestSession';

describe('kdsim commands', () => {
  it('!analyze without -v prints the short analysis; .bugcheck prints code and arguments', async () => {
    const r = await runCommands('myfault-x64', ['!analyze', '.bugcheck']);
    expect(r.outputs[0]).toContain('BugCheck D1, {fffff8a00175c010, 2, 0, fffff8800447d385}');
    expect(r.outputs[0]).toContain('Probably caused by : myfault.sys ( myfault+385 )');
    expect(lines(r.outputs[1]!)).toEqual([
      'Bugcheck code 000000D1',
      'Arguments fffff8a0`0175c010 00000000`00000002 00000000`00000000 fffff880`0447d385',
      '',
    ]);
  });

  it('!analyze -v on Windows 10 uses the BUGCHECK_CODE / BUGCHECK_Pn layout', async () => {
    const r = await runCommands('win10-leak-x64', ['!analyze -v']);
    const out = r.outputs[0]!;
    expect(out).toContain('Arg1: 0000000000000062, A driver has forgotten to free its pool allocations prior to unloading.');
    expect(out).toContain('BUGCHECK_CODE:  c4');
    expect(out).toContain('IMAGE_NAME:  contoso.sys');
    expect(out).toContain('FAILURE_BUCKET_ID:  0xc4_62_LEAKED_POOL_IMAGE_contoso.sys');
  });

  it('vertarget prints the kernel version block', async () => {
    const r = await runCommands('myfault-x64', ['vertarget']);
    expect(lines(r.outputs[0]!)[0]).toBe('Windows 7 Kernel Version 7601 (Service Pack 1) MP (2 procs) Free x64');
    expect(r.outputs[0]).toContain('Kernel base = 0xfffff800`0140b000 PsLoadedModuleList = 0xfffff800`01650e90');
  });

  it('!verifier without arguments lists drivers without their allocations', async () => {
    const r = await runCommands('mydriver-x86', ['!verifier']);
    expect(r.outputs[0]).toContain('  MODULE: 0x84226b28 MyDriver.sys (Loaded)');
    expect(r.outputs[0]).not.toContain('Pool Allocations:\n');
  });

  it('!verifier 3 without a driver shows every verified driver (Windows 10 layout)', async () => {
    const r = await runCommands('win10-leak-x64', ['!verifier 3']);
    const out = r.outputs[0]!;
    expect(out).toContain('nt!_VF_TARGET_DRIVER 0xffffb88f3c77a010: contoso.sys (Loaded and Unloaded)');
    expect(out).toContain('fabrikam.sys (Loaded)');
    expect(out).toMatch(/0x[0-9a-f]{16} {2}0x00000058 {2}Vfwi {2}0xfffff80689a31a8f {2}contoso!CtsoQueueCompletionWork/);
    expect(out).toMatch(/0x[0-9a-f]{16} {2}0x00000180 {2}FbRq {2}0x[0-9a-f]{16} {2}fabrikam!FbAllocateRequest/);
  });

  it('!verifier 3 on a dump without Driver Verifier shows no pool tracking and no drivers', async () => {
    const r = await runCommands('no-verifier-dump-x64', ['!verifier 3', '!verifier 0x80']);
    expect(r.outputs[0]).toContain('Verify Flags Level 0x00000000');
    expect(r.outputs[0]).toContain('    [ ] (0x00000008) Pool tracking');
    expect(r.outputs[0]).not.toContain('nt!_VF_TARGET_DRIVER');
    expect(r.outputs[1]).toContain('Pool tracking is not enabled');
  });

  it('!verifier 0x80 without an address walks the whole log; with a quantity only the newest entries', async () => {
    const r = await runCommands('myfault-x64', ['!verifier 0x80', '!verifier 0x80 2']);
    const all = r.outputs[0]!;
    expect(all).toContain('Parsing 0x0000000000010000 log entries.');
    expect(all.match(/^Pool block /gm)).toHaveLength(12);
    expect(all).toContain('Parsed entry 000000000000000c/0000000000010000...');
    const two = r.outputs[1]!;
    expect(two.match(/^Pool block /gm)).toHaveLength(2);
    expect(two).toContain('Pool block fffffa8005400000, Size 00000000000fa000, Thread fffffa80044ceb60');
  });

  it('!verifier 0x80 <address> finds an allocation in a wrapped, generated log', async () => {
    const r = await runCommands('win10-leak-x64', ['!verifier 3 contoso.sys']);
    const first = /0x([0-9a-f]{16}) {2}0x00000060 {2}Ctso/.exec(r.outputs[0]!)?.[1];
    expect(first).toBeDefined();
    const log = await runCommands('win10-leak-x64', [`!verifier 80 ${first}`]);
    expect(log.outputs[0]).toContain(`Pool block ${first}, Size 0000000000000060`);
    expect(log.outputs[0]).toMatch(/contoso!CtsoCreateRequestContext\+0x4a\n[0-9a-f]{16} contoso!CtsoDispatchDeviceControl\+0x62/);
  });

  it('ln prints source line, neighbours and exact matches; bad symbols get kd errors', async () => {
    const r = await runCommands('win10-leak-x64', ['ln fffff80689a315ca', 'ln nt!KeBugCheckEx', 'ln nosuch!thing', 'ln']);
    expect(lines(r.outputs[0]!)).toEqual([
      'c:\\src\\contoso\\request.c(68)+0x12',
      '(fffff806`89a31580)   contoso!CtsoCreateRequestContext+0x4a   |  (fffff806`89a31810)   contoso!CtsoBuildTransferMdl',
      '',
    ]);
    expect(r.outputs[1]).toContain('Exact matches:\n    nt!KeBugCheckEx (<no parameter info>)');
    expect(r.outputs[2]).toBe("Couldn't resolve error at 'nosuch!thing'\n");
    expect(r.outputs[3]).toBe("       ^ Syntax error in 'ln'\n");
  });

  it('.lines toggles source lines in ln and k', async () => {
    const r = await runCommands('mydriver-x86', ['.lines', 'ln 0x9a3bf6ac', '.lines -e', 'ln 0x9a3bf6ac']);
    expect(r.outputs[0]).toBe('Line number information will not be loaded\n');
    expect(r.outputs[1]).not.toContain('handleioctl.c');
    expect(r.outputs[3]).toContain('handleioctl.c(50)+0x15');
  });

  it('lm lists modules with symbol status; lmv m shows the image details', async () => {
    const r = await runCommands('mydriver-x86', ['lm', 'lmv m MyDriver', 'lm m nosuch']);
    expect(lines(r.outputs[0]!)[0]).toBe('start    end        module name');
    expect(r.outputs[0]).toContain('9a3be000 9a3c4000   MyDriver   (private pdb symbols)  d:\\coding\\wdmdrivers\\mydriver\\Debug\\MyDriver.pdb');
    expect(r.outputs[0]).toContain('8104f000 810a7000   hal        (deferred)');
    expect(r.outputs[1]).toContain('    Image path: \\SystemRoot\\system32\\DRIVERS\\MyDriver.sys');
    expect(r.outputs[1]).toContain('    Timestamp:        Fri Jun 13 11:51:42 2014 (539B4A1E)');
    expect(lines(r.outputs[2]!)).toEqual(['start    end        module name', '']);
  });

  it('lm on x64 prints backticked addresses', async () => {
    const r = await runCommands('myfault-x64', ['lm m myfault']);
    expect(r.outputs[0]).toContain('fffff880`04479000 fffff880`04481000   myfault    (pdb symbols)');
  });

  it('k, kb and kn print the stack in the x86 and x64 layouts', async () => {
    const x86 = await runCommands('mydriver-x86', ['k', 'kb', 'kn 2']);
    expect(lines(x86.outputs[0]!).slice(0, 2)).toEqual(['ChildEBP RetAddr', '8d4f3a1c 81b3e1d6 nt!KeBugCheckEx']);
    expect(lines(x86.outputs[1]!)[1]).toBe('8d4f3a1c 81b3e1d6 000000c4 00000062 9707712c nt!KeBugCheckEx');
    expect(lines(x86.outputs[2]!)).toEqual([
      ' # ChildEBP RetAddr',
      '00 8d4f3a1c 81b3e1d6 nt!KeBugCheckEx',
      '01 8d4f3a40 81b2dc32 nt!VerifierBugCheckIfAppropriate+0x3c',
      '',
    ]);
    const x64 = await runCommands('myfault-x64', ['kb 1']);
    expect(lines(x64.outputs[0]!)[1]).toBe(
      'fffff880`0335f6f8 fffff800`0148c0e9 : 00000000`0000000a fffff8a0`0175c010 00000000`00000002 00000000`00000000 : nt!KeBugCheckEx',
    );
  });

  it('.symfix, .sympath and .reload', async () => {
    const r = await runCommands('myfault-x64', ['.symfix c:\\symbols', '.sympath', '.sympath+ c:\\mysyms', '.reload']);
    expect(r.outputs[0]).toBe('');
    expect(r.outputs[1]).toContain('Symbol search path is: srv*c:\\symbols*https://msdl.microsoft.com/download/symbols\n');
    expect(r.outputs[2]).toContain(';c:\\mysyms');
    expect(r.outputs[3]).toBe('Loading Kernel Symbols\n' + '.'.repeat(63) + '\n');
  });

  it('!poolused sorts by nonpaged/paged usage and filters by tag with wildcards', async () => {
    const r = await runCommands('myfault-x64', ['!poolused 2', '!poolused 4', '!poolused 0 Le?k']);
    const np = lines(r.outputs[0]!);
    expect(np).toContain(' Sorting by  NonPaged Pool Consumed');
    expect(np).toContain(' Tag     Allocs         Used     Allocs         Used');
    expect(np[6]).toBe(" Leak         10     10280960          0            0\tUNKNOWN pooltag 'Leak', please update pooltag.txt");
    expect(lines(r.outputs[1]!)[6]).toMatch(/^ CM31 /);
    const filtered = lines(r.outputs[2]!).filter((l) => /^ [A-Za-z]{4} /.test(l) && !l.startsWith(' Tag'));
    expect(filtered).toHaveLength(1);
  });

  it('!poolfind lists large and small blocks with the tag', async () => {
    const r = await runCommands('no-verifier-dump-x64', ['!poolfind Gbuf', '!poolfind Gbuf 1']);
    expect(r.outputs[0]).toContain('Scanning large pool allocation table for tag 0x66756247 (Gbuf)');
    expect(r.outputs[0]!.match(/ : tag Gbuf, size {5}0x2000, Nonpaged pool/g)).toHaveLength(12);
    expect(r.outputs[1]).not.toContain('Searching NonPaged pool');
    const w7 = await runCommands('mydriver-x86', ['!poolfind VMdl 0']);
    expect(w7.outputs[0]).toContain('Scanning large pool allocation table for Tag: VMdl');
  });

  it('!pool shows special pool, large allocations, small blocks and invalid pool', async () => {
    const r = await runCommands('mydriver-x86', ['!pool 982a8fe0', '!pool 8645a010', '!pool 12345678']);
    expect(lines(r.outputs[0]!)).toEqual([
      'Pool page 982a8fe0 region is Special pool',
      '*982a8fe0 size:   20 non-paged special pool, Tag is VMdl',
      '\t\tPooltag VMdl : Mdls allocated by Driver Verifier, Binary: nt!Vf',
      '',
    ]);
    expect(r.outputs[1]).toContain('*8645a000 : large page allocation, Tag is mdrv, size is 0x1008 bytes');
    expect(r.outputs[1]).toContain('Owning component : Unknown (update pooltag.txt)');
    expect(r.outputs[2]).toContain('12345000 is not a valid large pool allocation');
    const d6 = await runCommands('special-pool-corruption-x64', ['!pool ffffc10fa3e4f000']);
    expect(d6.outputs[0]).toContain('Address ffffc10fa3e4f000 could not be read');
  });

  it('!vm prints pool usage counters', async () => {
    const r = await runCommands('myfault-x64', ['!vm']);
    expect(lines(r.outputs[0]!)).toContain('\tNonPagedPool Usage:    13398 (     53592 Kb)');
    expect(lines(r.outputs[0]!)).toContain('\tPagedPool Maximum:  33554432 ( 134217728 Kb)');
  });

  it('dS and du show the driver name behind C4 Arg2', async () => {
    const r = await runCommands('mydriver-x86', ['dS 9707712c', 'du 97077134', 'du 12345678']);
    expect(r.outputs[0]).toBe('97077134  "MyDriver.sys"\n');
    expect(r.outputs[1]).toBe('97077134  "MyDriver.sys"\n');
    expect(r.outputs[2]).toBe('12345678  "????"\n');
  });

  it('ed nt!PoolHitTag then db/dd/dc read it back on a live target; dumps refuse the write', async () => {
    const r = await runCommands('live-growth-x64', ['dd nt!PoolHitTag l1', 'ed nt!PoolHitTag 0x6b61654c', 'dd nt!PoolHitTag l1', 'dc nt!PoolHitTag l1', 'db nt!PoolHitTag l8']);
    expect(r.outputs[0]).toBe('fffff806`1d50c2f0  00000000\n');
    expect(r.outputs[1]).toBe('');
    expect(r.outputs[2]).toBe('fffff806`1d50c2f0  6b61654c\n');
    expect(r.outputs[3]).toBe('fffff806`1d50c2f0  6b61654c                             Leak\n');
    expect(r.outputs[4]).toBe('fffff806`1d50c2f0  4c 65 61 6b 00 00 00 00                          Leak....\n');
    const dump = await runCommands('myfault-x64', ['ed nt!PoolHitTag 6b61654c', 'dd nt!PoolHitTag l1']);
    expect(dump.outputs[0]).toBe('Memory write error at fffff800`016530fc\n');
    expect(dump.outputs[1]).toBe('fffff800`016530fc  ffffff0f\n');
  });

  it('g on a dump is refused like kd does', async () => {
    const r = await runCommands('myfault-x64', ['g']);
    expect(r.outputs[0]).toBe("       ^ No runnable debuggees error in 'g'\n");
  });

  it('.echo, ; separation, comments and unknown commands', async () => {
    const r = await runCommands('mydriver-x86', [
      '.echo hello world',
      '.echo "a;b"',
      '.echo one; .echo two',
      '* a comment line; .echo not run',
      '$$ comment ; .echo after comment',
      'frobnicate 1',
      '!frobnicate',
    ]);
    expect(r.outputs[0]).toBe('hello world\n');
    expect(r.outputs[1]).toBe('a;b\n');
    expect(r.outputs[2]).toBe('one\ntwo\n');
    expect(r.outputs[3]).toBe('');
    expect(r.outputs[4]).toBe('after comment\n');
    expect(r.outputs[5]).toBe("    ^ Syntax error in 'frobnicate 1'\n");
    expect(r.outputs[6]).toBe('No export frobnicate found\n');
  });

  it('q prints quit: and ends with exit code 0; ~Ns switches the processor prompt', async () => {
    const r = await runCommands('myfault-x64', ['~0s']);
    expect(r.raw).toContain('0: kd> ');
    expect(r.raw.endsWith('quit:\n')).toBe(true);
    expect(r.exitCode).toBe(0);
  });

  it('a local kernel target (kd -kl) prompts "lkd> " on every processor count and refuses g', async () => {
    const base = loadScenario('no-verifier-dump-x64');
    const scenario = { ...base, target: { ...base.target, kind: 'local' as const }, system: { ...base.system, processors: 4 } };
    const r = await runCommands(scenario, ['g', '!poolused 2 Gbuf']);
    expect(r.raw).toContain('lkd> ');
    expect(r.raw).not.toMatch(/\d+: kd> /);
    const banner = parsers.banner(r.banner + 'lkd> ');
    expect(isMultiResult(banner) ? null : banner.target).toBe('local');
    expect(r.outputs[0]).toContain("Operation not supported in current debug session 'g'");
    expect(r.outputs[1]).toContain('Gbuf');
  });
});
