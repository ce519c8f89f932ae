// Golden tests for kd text pasted into public GitHub issue threads (sources in test/fixtures/public/*.source.txt):
// each expectation is a fact read by hand from the text.
import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { crlf, publicFixture, single } from './fixtureText';

describe('analyze: issue threads', () => {
  it('reads a BAD_POOL_CALLER (0xC2/7) double free quoted with "> " (Ext3Fsd #8): args, freed tag, pool address', () => {
    const r = single(parsers.analyze(publicFixture('analyze-c2-7-quoted-freed-pool-tag.txt')));
    expect(r.command).toBe('!analyze -v');
    expect(r.bugcheck.code).toBe('0xc2');
    expect(r.bugcheck.name).toBe('BAD_POOL_CALLER');
    expect(r.bugcheck.args).toEqual(['0x7', '0x4a424b43', '0x40a0018', '0xffffa0068e4956f0']);
    expect(r.bugcheck.argDescriptions[0]).toBe('Attempt to free pool which was already freed');
    expect(r.bugcheck.argDescriptions[3]).toBe('Address of the block of pool being deallocated');
    expect(r.fields.POOL_ADDRESS).toBe('ffffa0068e4956f0'); // the trailing space after it is not part of the value
    expect(r.fields.FREED_POOL_TAG).toBe('CKBJ');
    expect(r.fields.BUGCHECK_STR).toBe('0xc2_7_CKBJ');
    expect(r.fields.PROCESS_NAME).toBe('System');
    expect(r.fields.CURRENT_IRQL).toBe('0');
    expect(r.fields.ANALYSIS_VERSION).toBe('6.3.9600.17336 (debuggers(dbg).150226-1500) amd64fre');
    expect(r.fields.LAST_CONTROL_TRANSFER).toBe('from fffff80348e62ceb to fffff80348d5f6f0');
    expect(r.warnings.join('\n')).toMatch(/block quote/);
  });

  it('the same through CRLF', () => {
    const r = single(parsers.analyze(crlf(publicFixture('analyze-c2-7-quoted-freed-pool-tag.txt'))));
    expect(r.bugcheck).toMatchObject({ code: '0xc2', name: 'BAD_POOL_CALLER', args: ['0x7', '0x4a424b43', '0x40a0018', '0xffffa0068e4956f0'] });
    expect(r.fields.FREED_POOL_TAG).toBe('CKBJ');
  });

  it('reads a 0xC1 known only from BUGCHECK_P1..P4 / BUGCHECK_STR (npcap #308): args, build, process, two frames', () => {
    const r = single(parsers.analyze(publicFixture('analyze-c1-fields-only-npcap.txt')));
    expect(r.command).toBeNull();
    expect(r.bugcheck.code).toBe('0xc1');
    // the text never names it (the header is not in the paste): the documented name of 0xC1, marked as taken from the table
    expect(r.bugcheck.name).toBe('SPECIAL_POOL_DETECTED_MEMORY_CORRUPTION');
    expect(r.bugcheck.nameSource).toBe('table');
    expect(r.warnings).toContain("bug check name not in the text: SPECIAL_POOL_DETECTED_MEMORY_CORRUPTION is the documented name of code 0xc1 (Microsoft's bug check code reference)");
    expect(r.bugcheck.args).toEqual(['0xfffff50148adeda0', '0x26a', '0x260', '0x21']);
    expect(r.fields.BUGCHECK_STR).toBe('0xC1_21');
    expect(r.fields.SPECIAL_POOL_CORRUPTION_TYPE).toBe('21');
    expect(r.fields.BUILD_VERSION_STRING).toBe('17134.1.amd64fre.rs4_release.180410-1804');
    expect(r.fields.PROCESS_NAME).toBe('MsMpEng.exe');
    expect(r.fields.CURRENT_IRQL).toBe('2');
    expect(r.fields.DEFAULT_BUCKET_ID).toBe('WIN8_DRIVER_FAULT');
    expect(r.stack.map((f) => f.symbol)).toEqual(['nt!DbgBreakPointWithStatus', 'nt!KiBugCheckDebugBreak+0x12']);
    expect(r.stack[0]).toMatchObject({ childSp: '0xfffff80402c6bcc8', retAddr: '0xfffff80400cd53b2' });
    expect(r.stack[0]!.args[0]).toBe('0xfffff50148adeda0'); // the first frame's first argument equals Arg1
    expect(r.stack[1]!.args[3]).toBe('0x00000000000000c1');
    expect(r.warnings).toContain('no "NAME (code)" bug check header: code 0xc1 taken from BUGCHECK_STR');
  });
});

describe('analyze: argument descriptions that kd continues on TAB-indented lines', () => {
  it('reads 0x50 (systeminformer #1525) with Arg2 and Arg3 descriptions whole', () => {
    const r = single(parsers.analyze(publicFixture('analyze-50-win10-tab-continued-args.txt')));
    expect(r.command).toBe('!analyze -v');
    expect(r.bugcheck).toMatchObject({ code: '0x50', name: 'PAGE_FAULT_IN_NONPAGED_AREA', args: ['0xffffac0144310781', '0x0', '0xfffff80674b0a620', '0x2'] });
    expect(r.bugcheck.argDescriptions[0]).toBe('memory referenced.');
    expect(r.bugcheck.argDescriptions[1]).toMatch(/^X64: bit 0 set if the fault was due to a not-present PTE\. bit 1 is set if the fault was due to a write, clear if a read\. /);
    expect(r.bugcheck.argDescriptions[1]).toMatch(/- ARM64: bit 1 is set if the fault was due to a write, clear if a read\. bit 3 is set if the fault was due to attempted execute of a no-execute PTE\.$/);
    expect(r.bugcheck.argDescriptions[2]).toBe('If non-zero, the instruction address which referenced the bad memory address.');
    expect(r.bugcheck.argDescriptions[3]).toBe('(reserved)');
    expect(r.fields.KEY_VALUES_STRING).toBe('1');
  });

  it('synthetic: lines re-indented by 4 spaces but the TAB lines left as they were: no continuation is taken and no Arg line is swallowed', () => {
    const indented = publicFixture('analyze-50-win10-tab-continued-args.txt')
      .split('\n')
      .map((l) => (l.startsWith('\t') ? l : `    ${l}`))
      .join('\n');
    const r = single(parsers.analyze(indented));
    expect(r.bugcheck.args).toEqual(['0xffffac0144310781', '0x0', '0xfffff80674b0a620', '0x2']);
    expect(r.bugcheck.argDescriptions[0]).toBe('memory referenced.');
    expect(r.bugcheck.argDescriptions[3]).toBe('(reserved)');
  });
});

describe('analyze: the short summary before "kd> !analyze -v" (SimpleSvmHook #2)', () => {
  it('reads 0x139/4 with its TAB-continued description, and "Probably caused by" from the summary above the prompt', () => {
    const r = single(parsers.analyze(publicFixture('analyze-139-summary-then-v-tab-continued.txt')));
    expect(r.command).toBe('!analyze -v');
    expect(r.bugcheck).toMatchObject({ code: '0x139', name: 'KERNEL_SECURITY_CHECK_FAILURE', args: ['0x4', '0xfffff8028227c4f0', '0xfffff8028227c448', '0x0'] });
    expect(r.bugcheck.argDescriptions[0]).toBe("The thread's stack pointer was outside the legal stack extents for the thread.");
    expect(r.bugcheck.argDescriptions[1]).toBe('Address of the trap frame for the exception that caused the bugcheck');
    expect(r.bugcheck.argDescriptions[3]).toBe('Reserved');
    expect(r.probablyCausedBy).toBe('memory_corruption');
  });

  it('the summary alone (no prompt) gives the same code, arguments and culprit', () => {
    const summaryOnly = publicFixture('analyze-139-summary-then-v-tab-continued.txt').split('0: kd>')[0]!;
    const r = single(parsers.analyze(summaryOnly));
    expect(r.bugcheck.code).toBe('0x139');
    expect(r.bugcheck.args).toEqual(['0x4', '0xfffff8028227c4f0', '0xfffff8028227c448', '0x0']);
    expect(r.probablyCausedBy).toBe('memory_corruption');
  });
});

describe('vertarget: docs issue thread (windows-driver-docs #1197)', () => {
  it('reads the prompt, the kernel version line (build 17763, 4 processors, free, x64) and the build lab', () => {
    const r = parsers.banner(publicFixture('vertarget-win10-1809-x64-docs-issue.txt'));
    expect(r.prompt).toBe('0: kd>');
    expect(r.kernelVersion).toBe('Windows 10 Kernel Version 17763 MP (4 procs) Free x64');
    expect(r.buildLab).toBe('17763.1.amd64fre.rs5_release.180914-1434');
  });
});

describe('verifier: one inline code span around a whole paste (microsoft/MIDI #366)', () => {
  it('reads the command after the opening backtick glued to the prompt, the flags level and the [X] options', () => {
    const r = single(parsers.verifier3(publicFixture('verifier-win11-flags-inline-backtick-head.txt')));
    expect(r.command).toBe('!verifier');
    expect(r.flags).toBe(0x1209bb);
    expect(r.enabledOptions).toEqual([
      'Automatic Checks',
      'Special pool',
      'Force IRQL checking',
      'Pool tracking',
      'I/O verification',
      'Deadlock detection',
      'DMA checking',
      'Security checks',
      'Miscellaneous checks',
      'DDI compliance checking',
    ]);
    expect(r.enabledOptions).not.toContain('IRP logging'); // "[ ]": off
    expect(r.drivers).toEqual([]);
    expect(r.warnings).toContain("pasted text: stripped a code span's backtick from line 1");
  });

  it('reads the last counter line although the closing backtick is glued to it', () => {
    const r = single(parsers.verifier3(publicFixture('verifier-win11-counters-inline-backtick-tail.txt')));
    expect(r.stats).toMatchObject({
      poolAllocationsAttempted: 0x32,
      poolAllocationsSucceeded: 0x32,
      poolAllocationsSucceededSpecialPool: 0x32,
      poolAllocationsWithNoTag: 0,
      poolAllocationsFailed: 0,
      currentPagedPoolAllocations: 0,
      currentPagedPoolBytes: 0,
      peakPagedPoolAllocations: 2,
      peakPagedPoolBytes: 0x92,
      currentNonpagedPoolAllocations: 0,
      currentNonpagedPoolBytes: 0,
      peakNonpagedPoolAllocations: 0x10,
      peakNonpagedPoolBytes: 0x44918,
    });
    expect(r.warnings).toContain("pasted text: stripped a code span's backtick from line 15");
  });
});

describe('pool: a page whose HTML collapsed kd column padding (wtabcd.cn translation)', () => {
  it('reads all 17 blocks of the x64 nonpaged page, the marked Free "Irp" block and its old "Pooltag" owner line', () => {
    const r = single(parsers.pool(publicFixture('pool-win7-x64-collapsed-spaces-zh-page.txt')));
    expect(r.command).toBe('!pool fffffa8003f42000');
    expect(r.address).toBe('0xfffffa8003f42000');
    expect(r.region).toBe('Nonpaged pool');
    expect(r.blocks).toHaveLength(17);
    expect(r.blocks[0]).toEqual({ address: '0xfffffa8003f42000', size: 0x410, previousSize: 0, state: 'free', tag: 'Irp', marked: true, owner: 'Io, IRP packets' });
    expect(r.blocks.filter((b) => b.marked)).toHaveLength(1);
    expect(r.blocks.filter((b) => b.state === 'free').map((b) => b.address)).toEqual(['0xfffffa8003f42000', '0xfffffa8003f42880']);
    expect(r.blocks[7]).toMatchObject({ address: '0xfffffa8003f42880', size: 0x20, previousSize: 0xd0, tag: 'Free' });
    expect(r.blocks[15]).toMatchObject({ address: '0xfffffa8003f42d10', size: 0x230, tag: 'ALPC' });
    expect(r.blocks[16]).toMatchObject({ address: '0xfffffa8003f42f40', size: 0xc0, previousSize: 0x230, state: 'allocated', tag: 'EtwR' });
    // each block starts where the previous one ends (addresses and sizes read right)
    for (let k = 1; k < r.blocks.length; k++) {
      expect(BigInt(r.blocks[k]!.address!)).toBe(BigInt(r.blocks[k - 1]!.address!) + BigInt(r.blocks[k - 1]!.size!));
      expect(r.blocks[k]!.previousSize).toBe(r.blocks[k - 1]!.size);
    }
  });
});
