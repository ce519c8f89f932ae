// The session bar's build / architecture / bug check, from kd's banner and from
// a recorded analysis: one format, and only hex numbers from untrusted text.
import { describe, expect, it } from 'vitest';
import { formatBugCheck, targetDetailsFrom } from '../../../electron/service/targetDetails';
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
