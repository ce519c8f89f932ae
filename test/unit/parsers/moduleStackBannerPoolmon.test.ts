import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { many, publicFixture, single } from './fixtureText';

describe('lm parser', () => {
  it('reads "lm m s*" with unloaded modules', () => {
    const r = single(parsers.lm(publicFixture('msdocs-lm.txt')));
    expect(r.modules).toHaveLength(9);
    expect(r.modules[0]).toEqual({ start: '0xf9f73000', end: '0xf9f7fd80', name: 'sysaudio', symbolStatus: 'deferred', symbolFile: null, unloaded: false, imagePath: null, imageName: null, timestamp: null });
    expect(r.modules[4]).toMatchObject({ name: 'serenum', symbolStatus: null, symbolFile: 'e:\\mysymbols\\SereEnum.pdb\\.......' });
    expect(r.modules.filter((m) => m.unloaded).map((m) => m.name)).toEqual(['swmidi.sys', 'splitter.sys', 'Sfloppy.SYS']);
  });

  it('reads two user-mode lm commands as {results}', () => {
    const [a, b] = many(parsers.lm(publicFixture('msdocs-lm-usermode.txt')));
    expect(a!.modules.find((m) => m.name === 'ntdll')).toMatchObject({ symbolStatus: 'private pdb symbols', symbolFile: 'c:\\db20sym\\ntdll.pdb' });
    expect(b!.command).toBe('lm sm');
    expect(b!.modules.map((m) => m.name)[0]).toBe('ADVAPI32');
  });

  it('reads x64 lmv detail lines (synthetic layout)', () => {
    const r = single(parsers.lm('0: kd> lmv m myfault\nstart             end                 module name\nfffff880`04478000 fffff880`04481000   myfault    (deferred)             \n    Image path: \\??\\C:\\Windows\\system32\\drivers\\myfault.sys\n    Image name: myfault.sys\n    Timestamp:        Sat Jun 04 09:14:27 2011 (4DE9D5B3)\n'));
    expect(r.modules[0]).toMatchObject({ start: '0xfffff88004478000', end: '0xfffff88004481000', name: 'myfault', imageName: 'myfault.sys', imagePath: '\\??\\C:\\Windows\\system32\\drivers\\myfault.sys' });
  });
});

describe('stack parser', () => {
  it('reads x86 kvn with FPO/CONV annotations and source lines (session sample, first kvn)', () => {
    const rs = many(parsers.stack(publicFixture('manurautela-poolhittag-session.txt')));
    expect(rs.map((r) => r.command)).toEqual(['kvn', 'kvn', '.thread ; .cxr ; kb']);
    const f = rs[0]!.frames;
    expect(f).toHaveLength(10);
    expect(f[4]).toEqual({ frameNumber: 4, childSp: '0x8772d9d8', retAddr: '0x82bd22e6', args: ['0x86a220d0', '0x86a40000', '0x00000000'], symbol: 'Sample!DriverEntry+0x27', file: 'J:\\dev\\temp\\driver\\kerprg2\\Chapter02\\Sample\\Sample.cpp', line: 16 });
    expect(rs[2]!.frames).toHaveLength(0x2e);
    expect(rs[2]!.frames[0x2d]!.symbol).toBe('ntdll!_RtlUserThreadStart+0x1b');
  });

  it('reads x64 k with inline frames and source lines', () => {
    const r = single(parsers.stack(publicFixture('stack-x64-k-inline-source.txt')));
    expect(r.frames).toHaveLength(15);
    expect(r.frames[0]).toMatchObject({ childSp: '0xffff9088d85c73d8', retAddr: '0xfffff80627cceda9', symbol: 'SIoctl!SioctlCreateClose', file: 'D:\\develop\\blog\\ioctl\\wdm\\sys\\sioctl.c', line: 192 });
    expect(r.frames[1]).toEqual({ frameNumber: 1, childSp: null, retAddr: null, args: [], symbol: 'nt!IopfCallDriver+0x44', file: null, line: null });
    expect(r.frames[14]).toMatchObject({ symbol: 'ioctlapp!main+0x142', line: 106 });
  });

  it('reads x64 "Child-SP RetAddr : Args to Child : Call Site" with TrapFrame annotations', () => {
    const r = single(parsers.stack(publicFixture('msdocs-stack-x64-threadstack.txt')));
    expect(r.frames).toHaveLength(8);
    expect(r.frames[3]).toMatchObject({ childSp: '0xfffff803cf373fb0', symbol: 'nt!KxRetireDpcList+0x5' });
    expect(r.frames[3]!.args).toEqual(['0x0000000000000090', '0x0000000e0000006a', '0x0000000000000092', '0x0000000000000000']);
    const k = single(parsers.stack(publicFixture('msdocs-stack-x64-args.txt')));
    expect(k.frames).toHaveLength(18);
    expect(k.frames[0]).toMatchObject({ file: 'c:\\data1\\threshold\\audio\\endpointscommon\\minwavert.cpp', line: 562 });
    expect(k.frames[17]).toMatchObject({ frameNumber: 0x11, symbol: '0x12e' });
  });
});

describe('stack parser: kc (call sites only)', () => {
  it('reads "kc" frames with and without the " # Call Site" header (synthetic lines)', () => {
    const withHeader = single(parsers.stack('0: kd> kc\n # Call Site\n00 nt!KeBugCheckEx\n01 nt!MiSystemFault+0x1d4\n02 <Unloaded_myfault.sys>+0x1234\n03 Wdf01000!FxObject::operator new+0x2a [minkernel\\wdf\\fxobject.hpp @ 577]\n04 MiniCtrl+0x264ec\n05 0x0\n'));
    expect(withHeader.command).toBe('kc');
    expect(withHeader.frames).toEqual([
      { frameNumber: 0, childSp: null, retAddr: null, args: [], symbol: 'nt!KeBugCheckEx', file: null, line: null },
      { frameNumber: 1, childSp: null, retAddr: null, args: [], symbol: 'nt!MiSystemFault+0x1d4', file: null, line: null },
      { frameNumber: 2, childSp: null, retAddr: null, args: [], symbol: '<Unloaded_myfault.sys>+0x1234', file: null, line: null },
      { frameNumber: 3, childSp: null, retAddr: null, args: [], symbol: 'Wdf01000!FxObject::operator new+0x2a', file: 'minkernel\\wdf\\fxobject.hpp', line: 577 },
      { frameNumber: 4, childSp: null, retAddr: null, args: [], symbol: 'MiniCtrl+0x264ec', file: null, line: null },
      { frameNumber: 5, childSp: null, retAddr: null, args: [], symbol: '0x0', file: null, line: null },
    ]);
    expect(withHeader.warnings).toEqual([]);
    const bare = single(parsers.stack('1: kd> kc 2\n00 nt!KeBugCheckEx\n01 nt!KiBugCheckDispatch+0x69\n'));
    expect(bare.command).toBe('kc 2');
    expect(bare.frames.map((f) => [f.frameNumber, f.symbol])).toEqual([[0, 'nt!KeBugCheckEx'], [1, 'nt!KiBugCheckDispatch+0x69']]);
  });

  it('normalises raw-address call sites like addresses: lowercase, backtick removed, width kept (synthetic lines)', () => {
    const kc = single(parsers.stack('0: kd> kc\n00 0x00007FFA`28EBC9D0\n01 0x0\n'));
    expect(kc.frames.map((f) => f.symbol)).toEqual(['0x00007ffa28ebc9d0', '0x0']);
    const kb = single(parsers.stack('0:000> kb\nChildEBP RetAddr  Args to Child\n0131f894 00000000 00000000 00000000 00000000 0x77A6138A\n0131f8a0 00000000 00000000 00000000 00000000 0x77a6138a+0x10\n'));
    expect(kb.frames.map((f) => f.symbol)).toEqual(['0x77a6138a', '0x77a6138a+0x10']);
  });

  it('does not take "NN word" lines that are no call site for kc frames (synthetic lines)', () => {
    const r = single(parsers.stack('kd> kc\n00 some words here\n01 nt\n02 12345678\n10 Items processed\n'));
    expect(r.frames).toEqual([]);
    expect(r.warnings).toEqual(['no stack frames found']);
  });
});

describe('stack parser: markdown-escaped symbols', () => {
  // Synthetic: the real manurautela session escaped the way a markdown converter does ("_" → "\\_", "*" → "\\*").
  const escape = (text: string): string => text.replace(/[_*]/g, (c) => `\\${c}`);

  it('undoes "\\_" in frame symbols: the escaped session gives the same symbols as the real one (synthetic escaping of a real fixture)', () => {
    const real = many(parsers.stack(publicFixture('manurautela-poolhittag-session.txt')));
    const escaped = many(parsers.stack(escape(publicFixture('manurautela-poolhittag-session.txt'))));
    expect(escaped.map((r) => r.frames.map((f) => f.symbol))).toEqual(real.map((r) => r.frames.map((f) => f.symbol)));
    expect(escaped[2]!.frames[0x2d]!.symbol).toBe('ntdll!_RtlUserThreadStart+0x1b');
    // file paths hold other backslashes: never unescaped (J:\dev\temp\… has no "_" here, so it is unchanged)
    expect(escaped[0]!.frames[4]!.file).toBe('J:\\dev\\temp\\driver\\kerprg2\\Chapter02\\Sample\\Sample.cpp');
  });

  it('unescapes symbols of k, kc and !analyze STACK_TEXT frames only when clearly escaped (synthetic lines)', () => {
    const k = single(parsers.stack('0:000> k\n # ChildEBP RetAddr\n00 0131f894 00000000 ntdll!\\_RtlUserThreadStart+0x1b\n01 0131f8a0 00000000 ntdll\\_RtlUserThreadStart\n02 0131f8b0 00000000 odd\\name!\\_x\n'));
    expect(k.frames.map((f) => f.symbol)).toEqual(['ntdll!_RtlUserThreadStart+0x1b', 'ntdll_RtlUserThreadStart', 'odd\\name!\\_x']);
    const kc = single(parsers.stack('0: kd> kc\n # Call Site\n00 nt!KiSystemServiceCopyEnd+0x13\n01 ntdll!\\_RtlUserThreadStart+0x1b\n'));
    expect(kc.frames.map((f) => f.symbol)).toEqual(['nt!KiSystemServiceCopyEnd+0x13', 'ntdll!_RtlUserThreadStart+0x1b']);
    const a = single(parsers.analyze('SYSTEM\\_SERVICE\\_EXCEPTION (3b)\nSTACK\\_TEXT:  \nfffff880`1b90dae0 00000000`77899bea : 00000001`4005708d 00000000`c0000004 00000000`0415c920 00000000`00010000 : nt!KiSystemServiceCopyEnd+0x13  \n00000000`0359ab88 00000001`4005708d : 00000000`c0000004 00000000`0415c920 00000000`00010000 00000000`00237578 : ntdll!Zw\\_QuerySystemInformation+0xa  \n\nFOLLOWUP\\_IP:  \n'));
    expect(a.stack.map((f) => f.symbol)).toEqual(['nt!KiSystemServiceCopyEnd+0x13', 'ntdll!Zw_QuerySystemInformation+0xa']);
    const elided = single(parsers.analyze('STACK_TEXT:\n... : nt!Ki\\_BugCheck\\*x ...\n'));
    expect(elided.stack.map((f) => f.symbol)).toEqual(['nt!Ki_BugCheck*x']);
  });
});

describe('banner parser', () => {
  it('recognises a live KDNET target', () => {
    const r = parsers.banner(publicFixture('msdocs-kdnet-banner.txt'));
    expect(r).toMatchObject({ debuggerVersion: '10.0.17074.1002', debuggerArchitecture: 'AMD64', target: 'live', kernelVersion: 'Windows 10 Kernel Version 16299 MP (4 procs) Free x64', kernelBase: '0xfffff8009540d000', connectedTo: 'Windows 10 16299 x64 target' });
  });

  it('recognises kernel and user dumps', () => {
    const k = parsers.banner(publicFixture('banner-kernel-dump.txt'));
    expect(k).toMatchObject({ target: 'dump', dumpFile: 'C:\\Windows\\MEMORY.DMP', kernelVersion: 'Windows 10 Kernel Version 19041 MP (3 procs) Free x64', debuggerVersion: null });
    expect(k.warnings).toContain('debugger version line not found');
    const u = parsers.banner(publicFixture('banner-user-dump.txt'));
    expect(u).toMatchObject({ target: 'dump', prompt: '0:000>', debuggerVersion: '10.0.10586.567' });
  });

  it('recognises local and remote sessions (synthetic lines)', () => {
    expect(parsers.banner('Microsoft (R) Windows Debugger Version 10.0.22621.1 AMD64\nWindows 10 Kernel Version 19041 MP (8 procs) Free x64\nlkd> ').target).toBe('local');
    expect(parsers.banner("Microsoft (R) Windows Debugger Version 10.0.22621.1 AMD64\nConnected to server with 'tcp:Port=5005,Server=LAB1'\n0: kd> ").target).toBe('remote');
    expect(parsers.banner('').target).toBeNull();
  });
});

describe('poolmon parser', () => {
  it('reads the MS docs screen: header figures, rows, deltas, mapped driver', () => {
    const r = single(parsers.poolmon(publicFixture('msdocs-poolmon.txt')));
    expect(r).toMatchObject({ memoryKb: 260620, availKb: 65152, pageFaults: 85, inRamKernelKb: 2116, inRamPagedKb: 19560, commitKb: 237688, limitKb: 640916, peakKb: 260632, poolNonPagedKb: 8500, poolPagedKb: 33024, title: 'System pool information' });
    expect(r.rows).toHaveLength(13);
    expect(r.rows[1]).toEqual({ tag: 'NtFB', type: 'Paged', allocs: 3996, frees: 3986, diff: 10, bytes: 252088, perAlloc: 25208, mappedDriver: '[ntfs.sys  -  BitmpSup.c]', allocsDelta: 0, freesDelta: 0, bytesDelta: 0 });
  });

  it('reads two screens as {results} with non-zero deltas', () => {
    const [a, b] = many(parsers.poolmon(publicFixture('msdocs-poolmon-drsd-two-screens.txt')));
    expect(a!.rows[0]).toMatchObject({ tag: 'Drsd', allocs: 560, frees: 539, diff: 21, bytes: 17472, perAlloc: 832, allocsDelta: 177, freesDelta: 171, bytesDelta: 4992, mappedDriver: null });
    expect(b!.rows[0]).toMatchObject({ diff: 27, bytes: 22464 });
    expect(b!.commitKb).toBe(30152);
    expect(a!.warnings).toEqual([]);
    expect(b!.warnings).toEqual([]);
  });

  it('warns about "..." / "[...]" elision in the screen where it appears, like the other kinds (synthetic screens)', () => {
    const screen = (extra: string): string =>
      ` Memory:  260620K Avail:   65152K  PageFlts:    85   InRam Krnl: 2116K P:19560K\n Tag  Type     Allocs            Frees            Diff   Bytes      Per Alloc\n NtFA Nonp       9112 (   0)      9112 (   0)     0       0 (     0)      0\n${extra}`;
    const [a, b] = many(parsers.poolmon(screen(' ...\n') + screen(' [...]\n NtFB Paged      3996 (   0)      3986 (   0)    10  252088 (     0)  25208\n')));
    expect(a!.rows.map((r) => r.tag)).toEqual(['NtFA']);
    expect(a!.warnings).toEqual(['the tag list was elided ("...", "[...]" or "[snip]") in the source']);
    expect(b!.rows.map((r) => r.tag)).toEqual(['NtFA', 'NtFB']);
    expect(b!.warnings).toEqual(['the tag list was elided ("...", "[...]" or "[snip]") in the source']);
    expect(single(parsers.poolmon(screen(''))).warnings).toEqual([]);
  });
});
