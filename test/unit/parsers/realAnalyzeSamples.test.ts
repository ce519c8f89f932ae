// Golden tests for real published !analyze output: 0x19, 0x13A, 0xC2, 0xC4 (0xD2, DDI rule 0x20005),
// 0xC5; truncated, re-indented and elided texts (sources in test/fixtures/public/*.source.txt).
import { describe, expect, it } from 'vitest';
import { describeC4Subcode, lookupC4Subcode, parsers } from '../../../electron/parsers/index';
import { crlf, publicFixture, reflow, single } from './fixtureText';

describe('analyze: BAD_POOL_HEADER (0x19)', () => {
  it('takes Arg3/Arg4 from the Fatal System Error line when the author cut !analyze after Arg2 (x86)', () => {
    const r = single(parsers.analyze(publicFixture('analyze-19-x86-truncated-args.txt')));
    expect(r.command).toBeNull();
    expect(r.bugcheck.code).toBe('0x19');
    expect(r.bugcheck.name).toBe('BAD_POOL_HEADER');
    expect(r.bugcheck.args).toEqual(['0x3', '0x8278d970', '0x4f4f4f4f', '0x4f4f4f4f']);
    expect(r.bugcheck.argDescriptions).toEqual(['the pool freelist is corrupt.', 'the pool entry being checked.', null, null]);
    expect(r.bugcheck.subcodeMeaning).toBeNull();
    expect(r.warnings).toContain('STACK_TEXT not found');
  });

  it('reads plain "!analyze" (Windows 11): empty argument descriptions, BUGCHECK_Pn, no STACK_TEXT', () => {
    const r = single(parsers.analyze(publicFixture('analyze-19-22-win11-no-v.txt')));
    expect(r.command).toBe('!analyze');
    expect(r.bugcheck).toMatchObject({ code: '0x19', name: 'BAD_POOL_HEADER', args: ['0x22', '0xffffbd06d46e0000', '0x1', '0x0'] });
    expect(r.bugcheck.argDescriptions).toEqual([null, null, null, null]);
    expect(r.imageName).toBe('Driver.sys');
    expect(r.moduleName).toBe('Driver');
    expect(r.failureBucketId).toBe('0x19_22_Driver!unknown_function');
    expect(r.fields.SYMBOL_NAME).toBe('Driver+1170');
    expect(r.fields.FAILURE_ID_HASH).toBe('{13274a29-c6c5-4e24-cb5a-0988e703af11}');
    expect(r.stack).toEqual([]);
  });
});

describe('analyze: KERNEL_MODE_HEAP_CORRUPTION (0x13A), Windows 11 x64', () => {
  const text = publicFixture('analyze-13a-win11-heap-corruption.txt');

  it('reads code, arguments, fields and the x64 ": args :" STACK_TEXT with source lines', () => {
    const r = single(parsers.analyze(text));
    expect(r.command).toBe('!analyze -v');
    expect(r.bugcheck).toMatchObject({ code: '0x13a', name: 'KERNEL_MODE_HEAP_CORRUPTION', args: ['0x12', '0xffffe2808c200140', '0xffffe2809abee000', '0x0'] });
    expect(r.bugcheck.argDescriptions).toEqual(['Type of corruption detected', 'Address of the heap that reported the corruption', 'Address at which the corruption was detected', null]);
    expect(r.imageName).toBe('Driver.sys');
    expect(r.moduleName).toBe('Driver');
    expect(r.failureBucketId).toBe('0x13a_12_Driver!CreateRandomFile');
    expect(r.fields.CORRUPTING_POOL_ADDRESS).toBe('ffffe2809abee000 Paged pool');
    expect(r.fields.STACK_COMMAND).toBe('.cxr; .ecxr ; kb');
    expect(r.fields.FAULTING_SOURCE_LINE_NUMBER).toBe('30');
    // the "Key  : …" / "Value: …" block is not read as fields
    expect(Object.keys(r.fields).some((k) => /^(Key|Value)$/.test(k))).toBe(false);
    expect(r.stack).toHaveLength(18);
    expect(r.stack[0]).toEqual({
      frameNumber: null,
      childSp: '0xfffffd0cb5e9ec48',
      retAddr: '0xfffff805421c88b8',
      args: ['0x000000000000013a', '0x0000000000000012', '0xffffe2808c200140', '0xffffe2809abee000'],
      symbol: 'nt!KeBugCheckEx',
      file: null,
      line: null,
    });
    expect(r.stack[8]).toMatchObject({ childSp: '0xfffffd0cb5e9ef80', symbol: 'Driver!CreateRandomFile+0x13b', file: 'C:\\Users\\User\\source\\repos\\Driver\\Driver\\Driver.c', line: 30 });
    expect(r.stack[10]).toMatchObject({ symbol: 'Driver!FxDriverEntryWorker+0xbf', file: 'minkernel\\wdf\\framework\\kmdf\\src\\dynamic\\stub\\stub.cpp', line: 360 });
    expect(r.stack[17]).toMatchObject({ retAddr: '0x0000000000000000', symbol: 'nt!KiStartSystemThread+0x34' });
    expect(r.warnings).toEqual([]);
  });

  it('reads the same through blog re-flow and CRLF', () => {
    const r = single(parsers.analyze(crlf(reflow(text))));
    expect(r.bugcheck.args).toEqual(['0x12', '0xffffe2808c200140', '0xffffe2809abee000', '0x0']);
    expect(r.failureBucketId).toBe('0x13a_12_Driver!CreateRandomFile');
    expect(r.stack).toHaveLength(18);
  });
});

describe('analyze: BAD_POOL_CALLER (0xC2) re-indented by a blog', () => {
  it('reads fields indented 4 or 8 spaces and reports the author-elided STACK_TEXT', () => {
    const r = single(parsers.analyze(publicFixture('analyze-c2-b-reflowed-indent-de.txt')));
    expect(r.command).toBeNull();
    expect(r.bugcheck).toMatchObject({ code: '0xc2', name: 'BAD_POOL_CALLER', args: ['0xb', '0xfffffa8005338728', '0x5338720', '0xfffffa8005338f38'] });
    expect(r.bugcheck.argDescriptions[0]).toBe('type of pool violation the caller is guilty of.');
    expect(r.imageName).toBe('ntkrnlmp.exe');
    expect(r.moduleName).toBe('nt');
    expect(r.failureBucketId).toBe('X64_0xc2_b_nt!ExDeleteResourceLite+199');
    expect(r.fields.BUGCHECK_STR).toBe('0xc2_b');
    expect(r.fields.CURRENT_IRQL).toBe('0');
    expect(r.fields.DEFAULT_BUCKET_ID).toBe('VISTA_DRIVER_FAULT');
    expect(r.stack).toEqual([]);
    expect(r.warnings).toEqual(['STACK_TEXT was elided in the source ("[...]")']);
  });
});

describe('analyze: DRIVER_VERIFIER_DETECTED_VIOLATION (0xC4) subcodes', () => {
  it('reads an indented 0xC4 / 0xD2 (pool freed with an active ERESOURCE), cut after the arguments', () => {
    const r = single(parsers.analyze(publicFixture('analyze-c4-d2-indented-with-pool.txt')));
    expect(r.command).toBe('!analyze -v');
    expect(r.bugcheck.code).toBe('0xc4');
    expect(r.bugcheck.args).toEqual(['0xd2', '0xffffbb0b0c004070', '0xffffbb0b0c004000', '0x110']);
    expect(r.bugcheck.argDescriptions).toEqual(['Freeing pool allocation that contains active ERESOURCE.', 'ERESOURCE address.', 'Pool allocation start address.', 'Pool allocation size.']);
    expect(r.bugcheck.subcodeMeaning).toMatch(/active ERESOURCE/);
    expect(r.warnings.join('\n')).not.toMatch(/unknown 0xC4 subcode/);
  });

  it('reads the MS docs DDI compliance example (rule 0x20005) with its shortened STACK_TEXT', () => {
    const r = single(parsers.analyze(publicFixture('msdocs-analyze-c4-20005-ddi-rule.txt')));
    expect(r.command).toBe('!analyze -v');
    expect(r.bugcheck).toMatchObject({ code: '0xc4', name: 'DRIVER_VERIFIER_DETECTED_VIOLATION', args: ['0x20005', '0xfffff88000e16f50', '0x0', '0x0'] });
    expect(r.bugcheck.argDescriptions[0]).toBe("ID of the 'IrqlExApcLte1' rule that was violated.");
    expect(r.bugcheck.subcodeMeaning).toMatch(/DDI compliance rule/);
    expect(r.fields.DV_RULE_INFO).toBe('!ruleinfo 0x20005');
    expect(r.fields.BUGCHECK_STR).toBe('0xc4_IrqlExApcLte1_XDV');
    expect(r.imageName).toBe('MyDriver.sys');
    expect(r.failureBucketId).toBe('0xc4_IrqlExApcLte1_XDV_VRF_MyDriver!OnInterrupt');
    expect(r.stack).toHaveLength(12);
    expect(r.stack[0]).toEqual({ frameNumber: null, childSp: null, retAddr: null, args: [], symbol: 'nt!DbgBreakPointWithStatus', file: null, line: null });
    expect(r.stack[9]!.symbol).toBe('MyDriver!OnInterrupt+0x69');
    expect(r.stack[11]!.symbol).toBe('nt!KiChainedDispatch+0x19a');
    expect(r.warnings).toEqual(['STACK_TEXT was shortened in the source ("... : symbol ..."): frames carry symbols only']);
  });

  it('reads 0xC4 / 0xD2 from the Fatal System Error text !verifier printed (no !analyze in the session)', () => {
    const r = single(parsers.analyze(publicFixture('msdocs-misc-checks-session-x86.txt')));
    expect(r.bugcheck.code).toBe('0xc4');
    expect(r.bugcheck.args).toEqual(['0xd2', '0x9655d4a8', '0x9655d468', '0xb0']);
    expect(r.bugcheck.subcodeMeaning).toMatch(/ERESOURCE/);
  });

  it('describes the pool-related subcodes added from the bug check reference', () => {
    expect(lookupC4Subcode('0xd2')).toMatchObject({ code: 0xd2, args: ['ERESOURCE address', 'start address of the pool allocation', 'size of the pool allocation'] });
    expect(describeC4Subcode('cc')).toMatch(/lookaside/);
    expect(describeC4Subcode(0x13e)).toMatch(/block address/);
    expect(describeC4Subcode('00020002')).toMatch(/DDI compliance/);
    expect(describeC4Subcode('0x30000')).toBeNull();
  });
});

describe('analyze: DRIVER_CORRUPTED_EXPOOL (0xC5) excerpt', () => {
  it('reads the header, arguments and the excerpted field list without STACK_TEXT', () => {
    const r = single(parsers.analyze(publicFixture('analyze-c5-x86-fragments.txt')));
    expect(r.bugcheck).toMatchObject({ code: '0xc5', name: 'DRIVER_CORRUPTED_EXPOOL', args: ['0x4', '0x2', '0x0', '0x8273588a'] });
    expect(r.bugcheck.argDescriptions[2]).toBe('value 0 = read operation, 1 = write operation');
    expect(r.imageName).toBe('Pool_Corruption');
    expect(r.moduleName).toBe('Pool_Corruption');
    expect(r.failureBucketId).toBe('0xC5_2_nt!ExDeferredFreePool+21b');
    expect(r.fields.SYMBOL_NAME).toBe('nt!ExDeferredFreePool+21b');
    expect(r.warnings).toEqual(['STACK_TEXT not found']);
  });
});

describe('analyze: text escaped for markdown by a blog converter', () => {
  it('reads SYSTEM\\_SERVICE\\_EXCEPTION (3b): name, fields and STACK_TEXT through the backslash escapes', () => {
    const r = single(parsers.analyze(publicFixture('analyze-3b-win7-x64-markdown-escaped.txt')));
    expect(r.command).toBe('!analyze -v');
    expect(r.bugcheck).toMatchObject({ code: '0x3b', name: 'SYSTEM_SERVICE_EXCEPTION', args: ['0xc0000005', '0xfffff80001dc87b8', '0xfffff8801b90cc20', '0x0'] });
    expect(r.imageName).toBe('ntkrnlmp.exe');
    expect(r.moduleName).toBe('nt');
    expect(r.failureBucketId).toBe('X64_0x3B_nt!ObpCaptureHandleInformation+68');
    expect(r.fields.DEFAULT_BUCKET_ID).toBe('VISTA_DRIVER_FAULT');
    expect(r.fields.STACK_COMMAND).toBe('.cxr 0xfffff8801b90cc20 ; kb');
    expect(r.stack).toHaveLength(12);
    expect(r.stack[0]).toMatchObject({ childSp: '0xfffff8801b90d5f8', retAddr: '0xfffff80001e53b8d', symbol: 'nt!ObpCaptureHandleInformation+0x68' });
    expect(r.stack[0]!.args).toEqual(['0x00000000000004cc', '0xfffffa800c6d61f0', '0x0000000000000001', '0x0000000000000238']);
    expect(r.stack[11]).toMatchObject({ childSp: '0x000000000359b130', symbol: 'MiniCtrl+0x264ec' });
    expect(r.warnings).toEqual([]);
  });

  it('does not unescape values that hold other backslashes, paths (synthetic)', () => {
    const r = single(parsers.analyze('KERNEL_MODE_HEAP_CORRUPTION (13a)\nArg1: 0000000000000012, x\nFAULTING\\_SOURCE\\_FILE:  c:\\src\\_drv\\x.c\nIMAGE\\_NAME:  my\\_drv.sys\n'));
    expect(r.fields.FAULTING_SOURCE_FILE).toBe('c:\\src\\_drv\\x.c');
    expect(r.imageName).toBe('my_drv.sys');
  });
});
