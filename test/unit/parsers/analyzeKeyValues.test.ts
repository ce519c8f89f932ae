// The KEY_VALUES_STRING block of !analyze -v read as {key, value} pairs (sources in test/fixtures/public/*.source.txt).
import { describe, expect, it } from 'vitest';
import { MAX_KEY_VALUES } from '../../../electron/parsers/analyzeKeyValues';
import { parsers, type AnalyzeResult } from '../../../electron/parsers/index';
import { crlf, publicFixture, reflow, single } from './fixtureText';

const doubleFree = (): string => publicFixture('analyze-19-22-win11-key-values-insightengineering.txt');
const analyze = (text: string): AnalyzeResult => single(parsers.analyze(text)) as AnalyzeResult;

describe('KEY_VALUES_STRING: BAD_POOL_HEADER 0x19/0x22 on Windows 11 22621 (DebugPrivilege/InsightEngineering)', () => {
  it('reads all 56 pairs in printed order, values as printed', () => {
    const r = analyze(doubleFree());
    expect(r.keyValues).toHaveLength(56);
    expect(r.keyValues.slice(0, 3)).toEqual([
      { key: 'Analysis.CPU.mSec', value: '1468' },
      { key: 'Analysis.Elapsed.mSec', value: '1870' },
      { key: 'Analysis.IO.Other.Mb', value: '0' },
    ]);
    const byKey = Object.fromEntries(r.keyValues.map((p) => [p.key, p.value]));
    expect(byKey['Analysis.Init.Elapsed.mSec']).toBe('2125144');
    expect(byKey['Analysis.Memory.CommitPeak.Mb']).toBe('141');
    expect(byKey['Bugcheck.Code.KiBugCheckData']).toBe('0x19');
    expect(byKey['Bugcheck.Code.LegacyAPI']).toBe('0x19');
    expect(byKey['Dump.Attributes.AsUlong']).toBe('800');
    expect(byKey['Failure.Bucket']).toBe('0x19_22_Driver!unknown_function');
    expect(byKey['Failure.Hash']).toBe('{13274a29-c6c5-4e24-cb5a-0988e703af11}');
    expect(byKey['Hypervisor.Enlightenments.ValueHex']).toBe('10fbe4');
    expect(byKey['Hypervisor.Flags.Value']).toBe('659708');
    expect(byKey['SecureKernel.HalpHvciEnabled']).toBe('0');
    expect(r.keyValues.at(-2)).toEqual({ key: 'WER.OS.Branch', value: 'ni_release_svc_prod3' });
    expect(r.keyValues.at(-1)).toEqual({ key: 'WER.OS.Version', value: '10.0.22621.1928' });
    expect(r.warnings).toEqual([]);
  });

  it('the rest of the output reads as before: header, arguments, fields, 13 frames', () => {
    const r = analyze(doubleFree());
    expect(r.command).toBe('!analyze -v');
    expect(r.bugcheck).toMatchObject({ code: '0x19', name: 'BAD_POOL_HEADER', nameSource: 'printed', args: ['0x22', '0xffffc48068d7d000', '0x4', '0x0'] });
    expect(r.fields).toMatchObject({ KEY_VALUES_STRING: '1', POOL_ADDRESS: 'ffffc48068d7d000', VIRTUAL_MACHINE: 'HyperV', FILE_IN_CAB: 'MEMORY_DoubleFree.DMP', OS_VERSION: '10.0.22621.1928' });
    expect(r.fields).not.toHaveProperty('Key');
    expect(r).toMatchObject({ imageName: 'Driver.sys', moduleName: 'Driver', failureBucketId: '0x19_22_Driver!unknown_function' });
    expect(r.stack).toHaveLength(13);
    expect(r.stack.map((f) => f.symbol).slice(0, 3)).toEqual(['nt!KeBugCheckEx', 'nt!ExRemovePoolTag+0x1657ae', 'nt!MmFreeContiguousMemory+0x93']);
    expect(r.stack[12]).toMatchObject({ childSp: '0xffff9b0b95f7f5c0', retAddr: '0x0000000000000000', symbol: 'nt!KiStartSystemThread+0x34' });
  });

  it('the same through CRLF and through blog re-flow (a blank line after every line)', () => {
    for (const text of [crlf(doubleFree()), reflow(doubleFree())]) {
      const r = analyze(text);
      expect(r.keyValues).toHaveLength(56);
      expect(r.keyValues[8]).toEqual({ key: 'Bugcheck.Code.KiBugCheckData', value: '0x19' });
    }
  });

  it('synthetic: header, Arg lines and BUGCHECK_CODE cut away: the code comes from the Bugcheck.Code.KiBugCheckData key, said so', () => {
    const cut = doubleFree()
      .split('\n')
      .filter((l) => !/^(BAD_POOL_HEADER \(19\)|Arg[1-4]:|BUGCHECK_CODE:)/.test(l))
      .join('\n');
    const r = analyze(cut);
    expect(r.bugcheck).toMatchObject({ code: '0x19', name: 'BAD_POOL_HEADER', nameSource: 'table', args: ['0x22', '0xffffc48068d7d000', '0x4', '0x0'] });
    expect(r.warnings).toContain('no "NAME (code)" bug check header: code 0x19 taken from the "Bugcheck.Code.KiBugCheckData" key');
  });

  it('synthetic: a paste that starts inside the block keeps its pairs; a Key without its Value line has value null', () => {
    const r = analyze('    Key  : Failure.Bucket\n    Value: 0x19_22_Driver!unknown_function\n\n    Key  : WER.OS.Branch\n\nBUGCHECK_CODE:  19\n');
    expect(r.keyValues).toEqual([
      { key: 'Failure.Bucket', value: '0x19_22_Driver!unknown_function' },
      { key: 'WER.OS.Branch', value: null },
    ]);
    expect(r.fields.BUGCHECK_CODE).toBe('19');
  });

  it('synthetic: prose "Key: the value of this" is not a pair (a key is one dotted name)', () => {
    expect(analyze('Key: the value of this\nValue: something\n').keyValues).toEqual([]);
  });

  it(`synthetic: a block repeated 2000 times keeps ${MAX_KEY_VALUES} pairs and says how many it dropped`, () => {
    const r = analyze(`KEY_VALUES_STRING: 1\n${'    Key  : Analysis.CPU.mSec\n    Value: 1\n\n'.repeat(2000)}`);
    expect(r.keyValues).toHaveLength(MAX_KEY_VALUES);
    expect(r.warnings).toContain(`${2000 - MAX_KEY_VALUES} further KEY_VALUES_STRING pairs not kept (at most ${MAX_KEY_VALUES})`);
  });
});

describe('KEY_VALUES_STRING in the other real fixtures', () => {
  it('a value holding a colon (manurautela PoolHitTag session, Windows 10 kd): kept whole', () => {
    const parsed = parsers.analyze(publicFixture('manurautela-poolhittag-session.txt'));
    const r = (('results' in parsed ? parsed.results : [parsed]) as AnalyzeResult[]).find((x) => x.keyValues.length > 0)!;
    expect(r.keyValues).toEqual([
      { key: 'Analysis.CPU.Sec', value: '3' },
      { key: 'Analysis.DebugAnalysisProvider.CPP', value: 'Create: 8007007e on RED-DRAGON' },
      { key: 'Analysis.DebugData', value: 'CreateObject' },
      { key: 'Analysis.DebugModel', value: 'CreateObject' },
      { key: 'Analysis.Elapsed.Sec', value: '3' },
      { key: 'Analysis.Memory.CommitPeak.Mb', value: '85' },
      { key: 'Analysis.System', value: 'CreateObject' },
    ]);
  });

  it('one pair (systeminformer #1525, 0x50) and 56 pairs (0x13A heap corruption, Windows 11)', () => {
    expect(analyze(publicFixture('analyze-50-win10-tab-continued-args.txt')).keyValues).toEqual([{ key: 'AV.Type', value: 'Read' }]);
    const heap = analyze(publicFixture('analyze-13a-win11-heap-corruption.txt'));
    expect(heap.keyValues).toHaveLength(56);
    expect(heap.keyValues[0]).toEqual({ key: 'Analysis.CPU.mSec', value: '3155' });
  });
});

describe('Followup (the last line of every analysis, and of the short summary)', () => {
  it.each([
    ['analyze-19-22-win11-key-values-insightengineering.txt', 'MachineOwner'], // "Followup:     MachineOwner"
    ['analyze-c5-x86-fragments.txt', 'Pool_corruption'],
    ['analyze-3b-win7-x64-markdown-escaped.txt', 'MachineOwner'],
  ])('%s -> %s', (file, followup) => {
    expect(analyze(publicFixture(file)).followup).toBe(followup);
  });

  it('from the short summary above "kd> !analyze -v" (SimpleSvmHook #2), like "Probably caused by"', () => {
    const r = analyze(publicFixture('analyze-139-summary-then-v-tab-continued.txt'));
    expect(r).toMatchObject({ followup: 'memory_corruption', probablyCausedBy: 'memory_corruption' });
  });

  it('synthetic: none printed gives null; the first one printed wins', () => {
    expect(analyze('BUGCHECK_CODE:  19\n').followup).toBeNull();
    expect(analyze('Followup: first_owner\n---------\nFollowup: second_owner\n').followup).toBe('first_owner');
  });
});
