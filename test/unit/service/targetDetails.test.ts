// The session bar's build / architecture / bug check, from kd's banner and from
// a recorded analysis: one format, and only hex numbers from untrusted text.
import { describe, expect, it } from 'vitest';
import { BugCheckWatcher } from '../../../electron/service/bugCheckWatcher';
import { bugCheckIn, formatBugCheck, targetDetailsFrom } from '../../../electron/service/targetDetails';
import { targetSummarySchema } from '../../../electron/contract';

describe('targetDetailsFrom (kd banner)', () => {
  it('reads build, architecture and bug check from a dump banner', () => {
    const banner = 'Windows 8 Kernel Version 9600 MP (1 procs) Free x86 compatible\nBugCheck C4, {62, 9707712c, 9c1faf70, 1}\n';
    expect(targetDetailsFrom(banner)).toEqual({ osBuild: '9600', architecture: 'x86', bugCheck: '0xC4 (0x62, …)' });
  });

  it('writes AMD64 as x64, strips backticks and leading zeros, and has nulls without those lines', () => {
    expect(targetDetailsFrom('Windows 10 Kernel Version 19041 MP (4 procs) Free AMD64\nBugCheck 000000D6, {ffffc10f`a3e4f000, 2}\n')).toEqual({
      osBuild: '19041',
      architecture: 'x64',
      bugCheck: '0xD6 (0xFFFFC10FA3E4F000, …)',
    });
    expect(targetDetailsFrom('Microsoft (R) Windows Debugger Version 10.0.22621.2428 AMD64\n')).toEqual({ osBuild: null, architecture: null, bugCheck: null });
  });

  it('reads a live target\'s "*** Fatal System Error" block (code, then the arguments line), CRLF too', () => {
    const block = '*** Fatal System Error: 0x000000c4\r\n                       (0x00000062,0x9707712C,0x9C1FAF70,0x00000001)\r\n\r\nBreak instruction exception - code 80000003 (first chance)\r\n';
    expect(bugCheckIn(block)).toBe('0xC4 (0x62, …)');
    expect(bugCheckIn('*** Fatal System Error: 0x000000c4\n')).toBeNull(); // arguments not arrived yet
  });
});

describe('BugCheckWatcher (live console)', () => {
  const block = '*** Fatal System Error: 0x000000d1\n                       (0xFFFFF8A00175C010,0x0000000000000002,0x0000000000000000,0xFFFFF8800447D385)\n';

  it('finds the block however the console text is split, once', () => {
    const text = `0: kd> g\n${'x'.repeat(3000)}\n${block}\nnt!RtlpBreakWithStatusInstruction:\n`;
    for (const size of [1, 7, 64, 4096]) {
      const watcher = new BugCheckWatcher();
      const found: string[] = [];
      for (let i = 0; i < text.length; i += size) {
        const r = watcher.push(text.slice(i, i + size));
        if (r !== null) found.push(r);
      }
      expect(found, `chunks of ${size}`).toEqual(['0xD1 (0xFFFFF8A00175C010, …)']);
    }
  });

  it('reads the "BugCheck C4, {…}" line of an !analyze run in the session', () => {
    const watcher = new BugCheckWatcher();
    expect(watcher.push('kd> !analyze\nUse !analyze -v to get detailed debugging information.\n\nBugCheck C4, {62, ')).toBeNull();
    expect(watcher.push('9707712c, 9c1faf70, 1}\n\nProbably caused by : MyDriver.sys\n')).toBe('0xC4 (0x62, …)');
  });

  it('does not repeat the bug check the banner already showed, and ignores ordinary output', () => {
    const watcher = new BugCheckWatcher('0xD1 (0xFFFFF8A00175C010, …)');
    expect(watcher.push('Loading Kernel Symbols\n...........\n')).toBeNull();
    expect(watcher.push('BugCheck D1, {fffff8a00175c010, 2, 0, fffff8800447d385}\n')).toBeNull();
    expect(watcher.push(block)).toBeNull();
    expect(watcher.push('*** Fatal System Error: 0x000000c4\n (0x62,0x1,0x2,0x3)\n')).toBe('0xC4 (0x62, …)');
  });
});

describe('formatBugCheck', () => {
  it('formats a recorded analysis (minimal lowercase hex) like the banner', () => {
    expect(formatBugCheck('0xc4', ['0x62', '0x9707712c', '0x9c1faf70', '0x3'])).toBe(targetDetailsFrom('BugCheck C4, {62, 9707712c, 9c1faf70, 3}').bugCheck);
    expect(formatBugCheck('0xe2', ['0x0'])).toBe('0xE2 (0x0)');
    expect(formatBugCheck('c4', [])).toBe('0xC4');
  });

  it('drops what is not a hex number and stays within the contract limit', () => {
    expect(formatBugCheck('c4;.shell calc', ['62'])).toBeNull();
    expect(formatBugCheck('123456789', [])).toBeNull();
    expect(formatBugCheck('c4', ['62 .shell calc', '1'])).toBe('0xC4');
    expect(formatBugCheck('c4', ['1'.repeat(17)])).toBe('0xC4');
    const longest = formatBugCheck('ffffffff', ['ffffffff`ffffffff', '1']);
    expect(longest).toBe('0xFFFFFFFF (0xFFFFFFFFFFFFFFFF, …)');
    expect(targetSummarySchema.safeParse({ targetKind: 'dump', description: 'x', bugCheck: longest }).success).toBe(true);
  });
});
