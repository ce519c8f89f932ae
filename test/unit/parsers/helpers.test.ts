import { describe, expect, it } from 'vitest';
import {
  addressesEqual,
  commandLineAddress,
  describeC4Subcode,
  dwordToPoolTag,
  isSafeAddress,
  isSafeModuleName,
  isSafePoolTag,
  isSafePoolTagPattern,
  lookupC4Subcode,
  minimalHex,
  normalizeAddress,
  parseHexNumber,
  poolHitTagCommand,
  poolTagToDword,
  unescapeMarkdown,
} from '../../../electron/parsers/index';

describe('unescapeMarkdown (shared by analyze, stack and vm)', () => {
  it.each([
    ['SYSTEM\\_SERVICE\\_EXCEPTION (3b)', 'SYSTEM_SERVICE_EXCEPTION (3b)'],
    ['ntdll!\\_RtlUserThreadStart+0x1b', 'ntdll!_RtlUserThreadStart+0x1b'],
    ['ntdll\\_RtlUserThreadStart', 'ntdll_RtlUserThreadStart'],
    ['\\*\\*\\* Excessive NonPaged Pool Usage \\*\\*\\*', '*** Excessive NonPaged Pool Usage ***'],
    ['nt!KeBugCheckEx', 'nt!KeBugCheckEx'],
    ['c:\\src\\_drv\\x.c', 'c:\\src\\_drv\\x.c'],
    ['my\\_drv\\sys', 'my\\_drv\\sys'],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(unescapeMarkdown(text)).toBe(expected);
  });
});

describe('address helpers', () => {
  it('normalises addresses', () => {
    expect(normalizeAddress('fffffa80`05400000')).toBe('0xfffffa8005400000');
    expect(normalizeAddress('0x9A3BF6AC')).toBe('0x9a3bf6ac');
    expect(normalizeAddress('9a3bf660')).toBe('0x9a3bf660');
    expect(normalizeAddress('nope')).toBeNull();
    expect(normalizeAddress('')).toBeNull();
    expect(normalizeAddress('1'.repeat(17))).toBeNull();
  });
  it('parses hex numbers and compares addresses numerically', () => {
    expect(parseHexNumber('0004A4A0')).toBe(0x4a4a0);
    expect(minimalHex('00000062')).toBe('0x62');
    expect(minimalHex('0')).toBe('0x0');
    expect(addressesEqual('0x0000000086a84ebc', '86a84ebc')).toBe(true);
    expect(addressesEqual('0xffffffff86a84ebc', '86a84ebc')).toBe(false);
  });
});

describe('PoolHitTag byte order', () => {
  it('reverses the 4 ASCII bytes into a little-endian dword', () => {
    expect(poolTagToDword('Leak')).toBe('0x6b61654c');
    expect(poolHitTagCommand('Leak')).toBe('ed nt!PoolHitTag 0x6b61654c');
    expect(poolTagToDword('abcd')).toBe('0x64636261'); // the PoolHitTag blog session: dd nt!PoolHitTag -> 64636261
    expect(poolTagToDword('Abc')).toBe('0x20636241'); // "Abc " (MS docs: ed nt!poolhittag ' cbA')
  });
  it('round-trips and rejects bad tags', () => {
    for (const tag of ['Leak', 'VMdl', 'Vfwi', 'mdrv', 'Abc', 'a']) expect(dwordToPoolTag(poolTagToDword(tag)!)).toBe(tag);
    expect(dwordToPoolTag('3161654c')).toBe('Lea1');
    expect(poolTagToDword('')).toBeNull();
    expect(poolTagToDword('toolong')).toBeNull();
    expect(poolTagToDword('ab\u00e9')).toBeNull();
    expect(dwordToPoolTag('xyz')).toBeNull();
  });
});

describe('command-line validators', () => {
  it('accepts plain module names', () => {
    for (const n of ['MyDriver.sys', 'myfault', 'myfault.sys', 'ntkrnlmp.exe', 'VerifierExt.dll', 'dump_WMILIB', 'usb-port.sys']) expect(isSafeModuleName(n)).toBe(true);
  });
  it('rejects injection and odd names', () => {
    for (const n of ['evil.sys;.shell calc', 'evil.sys .shell calc', 'a.sys;g', '$<script.txt', '..\\x.sys', 'x.txt', '', 'a'.repeat(65), 'x.sys\n.shell', '.sys', 'my"drv.sys', 'a..sys', 'drv.sys ', ' drv.sys', 'nt!foo', 'C:\\x.sys']) {
      expect(isSafeModuleName(n), n).toBe(false);
    }
    expect(isSafeModuleName(42)).toBe(false);
  });
  it('accepts only hex addresses', () => {
    for (const a of ['0x9a3bf6ac', '9a3bf6ac', 'fffffa80`05400000', '0xfffffa8005400000']) expect(isSafeAddress(a)).toBe(true);
    for (const a of ['0x9a3bf6ac;g', 'poi(x)', '9a3bf6ac ', '', '0x', '1`2', 'fffffa80`05400000`0', '@$ip']) expect(isSafeAddress(a), a).toBe(false);
    expect(commandLineAddress('fffffa80`05400000')).toBe('0xfffffa8005400000');
    expect(commandLineAddress('x;y')).toBeNull();
  });
  it('accepts plain pool tags, rejects quotes, separators and inner spaces', () => {
    for (const t of ['Leak', 'VMdl', 'Abc ', 'Ab', 'rx..', '1394']) expect(isSafePoolTag(t), t).toBe(true);
    for (const t of ['Le"k', "Le'k", 'a;b', 'a b', ' abc', '    ', '', 'Leak1', 'a$b', 'a{b', 'Le*', 'a\\b', '`ab', 'a\u0000b']) expect(isSafePoolTag(t), t).toBe(false);
    expect(isSafePoolTagPattern('Le*')).toBe(true);
    expect(isSafePoolTagPattern('L?ak')).toBe(true);
    expect(isSafePoolTagPattern('L;*')).toBe(false);
  });
});

describe('0xC4 subcodes', () => {
  it('covers the required subcodes', () => {
    for (const c of [0x00, 0x01, 0x02, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x51, 0x52, 0x53, 0x54, 0x59, 0x60, 0x61, 0x62, 0x6f]) {
      expect(describeC4Subcode(c), c.toString(16)).toBeTypeOf('string');
    }
  });
  it('accepts hex strings, marks the leak family, and is null for unknown codes', () => {
    expect(describeC4Subcode('0x62')).toBe(describeC4Subcode(0x62));
    expect(describeC4Subcode('00000062')).toBe(describeC4Subcode(0x62));
    expect(lookupC4Subcode(0x62)!.leakAtUnload).toBe(true);
    expect(lookupC4Subcode(0x60)!.leakAtUnload).toBe(true);
    expect(lookupC4Subcode(0x51)!.leakAtUnload).toBe(false);
    expect(lookupC4Subcode(0x1001)!.meaning).toMatch(/deadlock/i);
    expect(describeC4Subcode(0x99)).toBeNull();
    expect(describeC4Subcode('zz')).toBeNull();
  });
});
