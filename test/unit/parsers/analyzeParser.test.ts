import { describe, expect, it } from 'vitest';
import { parsers, describeC4Subcode } from '../../../electron/parsers/index';
import { crlf, publicFixture, seedFixture, single } from './fixtureText';

describe('analyze parser', () => {
  it('reads the seed 000 !analyze -v (Windows 8.1 x86, C4/0x62)', () => {
    const r = single(parsers.analyze(seedFixture('seed000-analyze.txt')));
    expect(r.command).toBe('!analyze -v');
    expect(r.bugcheck.code).toBe('0xc4');
    expect(r.bugcheck.name).toBe('DRIVER_VERIFIER_DETECTED_VIOLATION');
    expect(r.bugcheck.args).toEqual(['0x62', '0x9707712c', '0x9c1faf70', '0x3']);
    expect(r.bugcheck.subcodeMeaning).toBe(describeC4Subcode(0x62));
    expect(r.bugcheck.subcodeMeaning).toMatch(/unloading without first freeing its pool allocations/);
    // kd continues Arg4's text on two TAB-indented lines
    expect(r.bugcheck.argDescriptions[3]).toBe(
      "total # of (paged+nonpaged) allocations that weren't freed. Type !verifier 3 drivername.sys for info on the allocations that were leaked that caused the bugcheck.",
    );
    expect(r.warnings).toContain('STACK_TEXT not found');
  });

  it('reads the seed article (prose around it, a second "NAME (C4)" line in the prose) the same way, also with CRLF', () => {
    for (const text of [seedFixture('seed000-article.txt'), crlf(seedFixture('seed000-article.txt')), seedFixture('seed001-article-zh.txt'), seedFixture('seed002-article-ja.txt')]) {
      const r = single(parsers.analyze(text));
      expect(r.bugcheck.code).toBe('0xc4');
      expect(r.bugcheck.args).toEqual(['0x62', '0x9707712c', '0x9c1faf70', '0x3']);
    }
  });

  it('reads the modern layout (BUGCHECK_CODE, BUGCHECK_P1..P4, IMAGE_NAME, MODULE_NAME) in a full session', () => {
    const r = single(parsers.analyze(publicFixture('manurautela-poolhittag-session.txt')));
    expect(r.bugcheck.code).toBe('0xc4');
    expect(r.bugcheck.args).toEqual(['0x62', '0x86a84ebc', '0x86a2d4f8', '0x1']);
    expect(r.imageName).toBe('Sample.sys');
    expect(r.moduleName).toBe('Sample');
    expect(r.fields.BUGCHECK_P2).toBe('ffffffff86a84ebc');
    expect(r.fields.FAULTING_MODULE).toBe('a05c0000 Sample');
  });

  it('falls back to BUGCHECK_CODE / BUGCHECK_Pn when the Arg lines are missing', () => {
    const r = single(parsers.analyze('BUGCHECK_CODE:  c4\n\nBUGCHECK_P1: 62\n\nBUGCHECK_P2: ffffffff86a84ebc\n\nBUGCHECK_P3: ffffffff86a2d4f8\n\nBUGCHECK_P4: 1\n\nFAILURE_BUCKET_ID:  0xc4_62_LEAKED_POOL_IMAGE_Sample.sys\n'));
    expect(r.bugcheck.code).toBe('0xc4');
    expect(r.bugcheck.args).toEqual(['0x62', '0xffffffff86a84ebc', '0xffffffff86a2d4f8', '0x1']);
    expect(r.failureBucketId).toBe('0xc4_62_LEAKED_POOL_IMAGE_Sample.sys');
    // no header: the name is the documented one for 0xC4, marked as such
    expect(r.bugcheck.name).toBe('DRIVER_VERIFIER_DETECTED_VIOLATION');
    expect(r.bugcheck.nameSource).toBe('table');
    expect(r.warnings).toContain("bug check name not in the text: DRIVER_VERIFIER_DETECTED_VIOLATION is the documented name of code 0xc4 (Microsoft's bug check code reference)");
  });

  it('reads the e-mail re-flowed OSR sample, joining STACK_TEXT symbols pushed onto the next line', () => {
    const r = single(parsers.analyze(publicFixture('osr-analyze-c4-62-reflowed.txt')));
    expect(r.bugcheck.args).toEqual(['0x62', '0x8a7ddc68', '0x8a7ddc10', '0x9']);
    expect(r.imageName).toBe('scid.sys');
    expect(r.moduleName).toBe('scid');
    expect(r.failureBucketId).toBeNull();
    expect(r.fields.DEFAULT_BUCKET_ID).toBe('DRIVER_FAULT');
    expect(r.stack.map((f) => f.symbol)).toEqual([
      'nt!KeBugCheckEx+0x1b',
      'nt!MiVerifyingDriverUnloading+0xf5',
      'nt!MmUnloadSystemImage+0x176',
      'nt!IopDeleteDriver+0x39',
      'nt!ObpRemoveObjectRoutine+0xde',
      'nt!ObfDereferenceObject+0x67',
      'nt!IopUnloadDriver+0x280',
    ]);
    expect(r.stack[1]).toMatchObject({ childSp: '0xba7fdafc', retAddr: '0x8095c836', args: ['0x892c1118', '0x80a78be4', '0x89338700'] });
  });

  it('reads x64 STACK_TEXT with ": args :" columns (synthetic layout, see docs)', () => {
    const text = [
      'DRIVER_VERIFIER_DETECTED_VIOLATION (c4)',
      'Arg1: 0000000000000062, A driver has forgotten to free its pool allocations prior to unloading.',
      'Arg2: fffffa8003c5bd00, name of the driver having the issue.',
      'Arg3: fffffa80031b5830, verifier internal structure with driver information.',
      'Arg4: 000000000000000a, total # of (paged+nonpaged) allocations that weren\'t freed.',
      'STACK_TEXT:  ',
      'fffff880`0a9f3778 fffff800`01927e4c : 00000000`000000c4 00000000`00000062 fffffa80`03c5bd00 fffffa80`031b5830 : nt!KeBugCheckEx',
      '',
      'STACK_COMMAND:  kb',
    ].join('\n');
    const r = single(parsers.analyze(text));
    expect(r.bugcheck.args).toEqual(['0x62', '0xfffffa8003c5bd00', '0xfffffa80031b5830', '0xa']);
    expect(r.stack).toHaveLength(1);
    expect(r.stack[0]).toMatchObject({ childSp: '0xfffff8800a9f3778', retAddr: '0xfffff80001927e4c', symbol: 'nt!KeBugCheckEx' });
    expect(r.stack[0]!.args).toHaveLength(4);
    expect(r.fields.STACK_COMMAND).toBe('kb');
  });

  it('warns and returns nulls for unrelated text', () => {
    const r = single(parsers.analyze('hello world'));
    expect(r.bugcheck.code).toBeNull();
    expect(r.bugcheck.args).toEqual([null, null, null, null]);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  // kd's text for a code missing from its bug check table (an old debugger, a new code),
  // in the Windows 7 field list: no "NAME (code)", no BUGCHECK_CODE.
  const unknownD1 = [
    'Unknown bugcheck code (d1)',
    'Unknown bugcheck description',
    'Arguments:',
    'Arg1: fffff8a00175c010',
    'Arg2: 0000000000000002',
    'Arg3: 0000000000000000',
    'Arg4: fffff8800447d385',
    '',
    'Debugging Details:',
    '------------------',
    '',
    'IMAGE_NAME:  myfault.sys',
    '',
    'MODULE_NAME: myfault',
    '',
  ].join('\n');

  it('reads the code from "Unknown bugcheck code (d1)" (no name printed: the documented one, marked)', () => {
    const r = single(parsers.analyze(unknownD1));
    expect(r.bugcheck.code).toBe('0xd1');
    expect(r.bugcheck.name).toBe('DRIVER_IRQL_NOT_LESS_OR_EQUAL');
    expect(r.bugcheck.nameSource).toBe('table');
    expect(r.bugcheck.args).toEqual(['0xfffff8a00175c010', '0x2', '0x0', '0xfffff8800447d385']);
    expect(r.imageName).toBe('myfault.sys');
    // kdsim printed the code twice before its table knew D1; that form reads the same.
    expect(single(parsers.analyze(unknownD1.replace('(d1)', '(d1) (d1)'))).bugcheck.code).toBe('0xd1');
  });

  it('reads the code and arguments from a "BugCheck D1, {…}" line (the short analysis)', () => {
    const text = 'Use !analyze -v to get detailed debugging information.\n\nBugCheck D1, {fffff8a00175c010, 2, 0, fffff8800447d385}\n\nProbably caused by : myfault.sys ( myfault+385 )\n';
    const r = single(parsers.analyze(text));
    expect(r.bugcheck.code).toBe('0xd1');
    expect(r.bugcheck.args).toEqual(['0xfffff8a00175c010', '0x2', '0x0', '0xfffff8800447d385']);
    expect(r.probablyCausedBy).toBe('myfault.sys');
  });

  it('falls back to BUGCHECK_STR (0xD1, 0xc4_62) but not to an exception code', () => {
    const withoutHeader = unknownD1.replace(/^Unknown.*\n/gm, '') + 'BUGCHECK_STR:  0xD1\n';
    expect(single(parsers.analyze(withoutHeader)).bugcheck.code).toBe('0xd1');
    expect(single(parsers.analyze('BUGCHECK_STR:  0xc4_62\n')).bugcheck.code).toBe('0xc4');
    expect(single(parsers.analyze('BUGCHECK_STR:  80000003\n\nPROCESS_NAME:  System\n')).bugcheck.code).toBeNull();
  });

  it('reads the name and code of the D1 header as kd prints it', () => {
    const text = unknownD1
      .replace('Unknown bugcheck code (d1)\nUnknown bugcheck description', 'DRIVER_IRQL_NOT_LESS_OR_EQUAL (d1)\nAn attempt was made to access a pageable (or completely invalid) address at an')
      .replace('Arg1: fffff8a00175c010', 'Arg1: fffff8a00175c010, memory referenced');
    const r = single(parsers.analyze(text));
    expect(r.bugcheck).toMatchObject({ code: '0xd1', name: 'DRIVER_IRQL_NOT_LESS_OR_EQUAL' });
    expect(r.bugcheck.argDescriptions[0]).toBe('memory referenced');
  });
});
