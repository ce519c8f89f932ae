import { describe, expect, it } from 'vitest';
import { commandKey } from '../../../electron/parsers/commandKey';
import { RecordedAnswers } from '../../../electron/debugger/recordedAnswers';
import { readRecording, recordingFromTranscript } from '../../../electron/debugger/replayRecording';
import { parseBanner } from '../../../electron/parsers';
import type { TranscriptEntry } from '../../../electron/debugger/transcriptEntry';
import { serializeTranscript, type Transcript } from '../../../electron/debugger/transcriptFile';
import { poolAddressOf } from '../../../electron/investigation/playbooks/corruption/faultingAddress';
import { collectAllocationEntries } from '../../../electron/investigation/playbooks/leakAtUnload/allocationStacksStep';
import { quotedString } from '../../../electron/investigation/playbooks/leakAtUnload/driverStep';
import { verifierGap } from '../../../electron/investigation/playbooks/leakAtUnload/verifierPoolStep';
import { diffPoolUsed } from '../../../electron/investigation/playbooks/poolGrowth/poolUsedDiff';
import { aggregateHitStacks } from '../../../electron/investigation/playbooks/poolGrowth/poolHitTagStep';
import { playbookForBugcheck } from '../../../electron/investigation/playbooks/shared/bugcheckCodes';
import { symbolPathOf } from '../../../electron/investigation/playbooks/shared/preflightStep';
import type { PoolUsedResult, Verifier3Result } from '../../../electron/parsers';
import type { VerifierLogBlock } from '../../../electron/parsers';

const bugcheck = (code: string, ...args: string[]) => ({ code, name: null, args, meaning: null });

describe('playbook choice from the bug check', () => {
  it('C4 with 0x60/0x61/0x62 is a leak at unload; other C4 and C1/CC/D6/C2/19 are corruption', () => {
    for (const sub of ['0x60', '0x61', '0x62']) expect(playbookForBugcheck(bugcheck('0xc4', sub, '0x0', '0x0', '0x0'))).toBe('leak-at-unload');
    expect(playbookForBugcheck(bugcheck('0xc4', '0x13', '0x0', '0x0', '0x0'))).toBe('corruption');
    for (const code of ['0xc1', '0xcc', '0xd6', '0xc2', '0x19']) expect(playbookForBugcheck(bugcheck(code, '0x1', '0x2', '0x3', '0x4'))).toBe('corruption');
    expect(playbookForBugcheck(bugcheck('0xe2', '0x0', '0x0', '0x0', '0x0'))).toBe('pool-growth');
    expect(playbookForBugcheck(null)).toBe('pool-growth');
  });

  it('takes the pool address from the right argument', () => {
    expect(poolAddressOf(bugcheck('0xd6', '0xffffc10fa3e4f000', '0x1', '0xfffff80134561284', '0x0'))).toEqual({ address: '0xffffc10fa3e4f000', argument: 1 });
    expect(poolAddressOf(bugcheck('0x19', '0x20', '0xffff1000', '0xffff1100', '0x0'))).toEqual({ address: '0xffff1000', argument: 2 });
    expect(poolAddressOf(bugcheck('0xc2', '0x7', '0x1097', '0x0', '0xffff2000'))).toEqual({ address: '0xffff2000', argument: 4 });
    expect(poolAddressOf(bugcheck('0xc4', '0x10', '0xffff3000', '0x0', '0x0'))).toEqual({ address: '0xffff3000', argument: 2 });
    expect(poolAddressOf(bugcheck('0xe2', '0x0', '0x0', '0x0', '0x0'))).toBeNull();
  });
});

describe('leak-at-unload helpers', () => {
  it('reads the driver name from dS / du', () => {
    expect(quotedString('9a3c0018  "MyDriver.sys"\n')).toBe('MyDriver.sys');
    expect(quotedString('ffffc10f`a3e4f000  "\\SystemRoot\\x.sys"')).toBe('\\SystemRoot\\x.sys');
    expect(quotedString('Memory access error at 9707712c')).toBeNull();
  });

  it('reads the symbol path', () => {
    expect(symbolPathOf('Symbol search path is: srv*\nExpanded Symbol search path is: cache*;SRV*https://msdl.microsoft.com/download/symbols')).toBe('srv*');
    expect(symbolPathOf('Symbol search path is: <empty>')).toBe('');
    expect(symbolPathOf('Syntax error')).toBeNull();
  });

  it('says Pool Tracking was not enabled when the verifier has no flags or lacks 0x8', () => {
    const base: Verifier3Result = { command: null, flags: null, enabledOptions: [], stats: {}, drivers: [], warnings: [] };
    expect(verifierGap(base, 'x.sys')).toMatch(/Pool Tracking was not enabled/);
    expect(verifierGap({ ...base, flags: 0x1 }, 'x.sys')).toMatch(/Pool Tracking was not enabled/);
    expect(verifierGap({ ...base, flags: 0x8 }, 'x.sys')).toMatch(/not in Driver Verifier's list/);
  });

  it('keeps the newest allocate entry per address from the log (kd prints newest first), across chunk boundaries', async () => {
    const entry = (addr: string, first: string, op: string) =>
      ['======================================================================', `Pool block ${addr}, Size 00000020, Thread 9c158bc0`, `81b250cd nt!${op}+0x3d`, `${first} MyDriver!F+0x4c`].join('\n');
    const log = [
      'There are up to 0x10000 entries in the log.',
      'Parsing 0x00010000 log entries.',
      entry('982a8fe0', '9a3bf6ac', 'IovAllocateMdl'),
      entry('8645a000', '9a3bf6c1', 'VerifierExFreePoolWithTag'),
      entry('8645a000', '9a3bf687', 'VerifierExAllocatePoolWithTag'),
      entry('982a8fe0', '9a3bf000', 'IovAllocateMdl'),
      'Parsed entry 00010000/00010000...',
      'Finished parsing all pool tracking information.',
    ].join('\n');
    const padded = 'x'.repeat(0) + log;
    const found = new Map<string, VerifierLogBlock>();
    const stream = await collectAllocationEntries(padded, new Set(['0x982a8fe0', '0x8645a000', '0x11110000']), found);
    expect(stream.logCapacity).toBe(0x10000);
    expect(found.get('0x982a8fe0')!.frames[1]!.address).toBe('0x9a3bf6ac');
    expect(found.get('0x8645a000')!.frames[1]!.address).toBe('0x9a3bf687');
    expect(found.has('0x11110000')).toBe(false);
  });
});

describe('pool growth helpers', () => {
  const snap = (leak: number, paged: number): PoolUsedResult => ({
    command: null,
    sortedBy: null,
    totals: null,
    warnings: [],
    rows: [
      { tag: 'Leak', nonPagedAllocs: leak / 4096, nonPagedBytes: leak, pagedAllocs: 0, pagedBytes: 0, owner: null, description: null },
      { tag: 'CM31', nonPagedAllocs: 0, nonPagedBytes: 0, pagedAllocs: 10, pagedBytes: paged, owner: 'nt!cm', description: null },
      { tag: 'File', nonPagedAllocs: 5, nonPagedBytes: 500, pagedAllocs: 0, pagedBytes: 0, owner: null, description: null },
    ],
  });

  it('diffs two snapshots into growth per minute, biggest first, shrinking tags left out', () => {
    const growth = diffPoolUsed(snap(4096 * 10, 1000), snap(4096 * 40, 3000), 30_000);
    expect(growth.map((g) => g.tag)).toEqual(['Leak', 'CM31']);
    expect(growth[0]).toMatchObject({ nonPagedBytesDelta: 4096 * 30, allocsDelta: 30, bytesPerMinute: 4096 * 60, allocsPerMinute: 60 });
    expect(diffPoolUsed(snap(4096 * 40, 3000), snap(4096 * 10, 1000), 1000)).toEqual([]);
  });

  it('aggregates PoolHitTag stacks by call path and names the first non-kernel caller', () => {
    const frame = (symbol: string) => ({ frameNumber: null, childSp: null, retAddr: null, args: [], symbol, file: null, line: null });
    const a = [frame('nt!ExAllocateHeapPool+0x1a5b'), frame('nt!ExAllocatePoolWithTag+0x64'), frame('leakydrv!LeakyAllocateRecord+0x29')];
    const b = [frame('nt!ExFreeHeapPool+0x1'), frame('nt!ExFreePoolWithTag+0x2'), frame('leakydrv!LeakyFree+0x9')];
    const out = aggregateHitStacks([a, b, a]);
    expect(out.map((s) => [s.hits, s.operation, s.caller])).toEqual([
      [2, 'allocate', 'leakydrv!LeakyAllocateRecord+0x29'],
      [1, 'free', 'leakydrv!LeakyFree+0x9'],
    ]);
  });
});

describe('offline runner', () => {
  it('treats kd-equivalent command spellings as the same command', () => {
    expect(commandKey('!verifier 80 FFFFFA80`05400000')).toBe(commandKey('!verifier 0x80 0xfffffa8005400000'));
    expect(commandKey('ln 9a3bf6ac ')).toBe(commandKey('ln 0x9A3BF6AC'));
    expect(commandKey('!verifier 3 Mydriver.sys')).toBe(commandKey('!verifier 3 MyDriver.sys'));
    expect(commandKey('lmvm MyDriver')).toBe(commandKey('lmv m mydriver'));
    expect(commandKey('dS 9707712c')).not.toBe(commandKey('ds 9707712c'));
    expect(commandKey('!poolused 2')).not.toBe(commandKey('!poolused 4'));
  });

  it('answers recorded commands in order, then repeats the last answer', async () => {
    const answers = new RecordedAnswers([
      { command: '!poolused 2', output: 'one' },
      { command: '!poolused 2', output: 'two' },
    ]);
    expect(answers.has('!poolused 0x2')).toBe(true);
    expect(answers.has('!vm')).toBe(false);
    expect(answers.take('!poolused 2')).toBe('one');
    expect(answers.take('!poolused 2')).toBe('two');
    expect(answers.take('!poolused 2')).toBe('two');
    expect(answers.take('!vm')).toBeNull();
  });

  it('pairs a saved transcript’s inputs and outputs in order, also for pipelined batches', () => {
    const entries = recorded([
      ['state', 'ready'],
      ['input', 'ln 1'],
      ['input', 'ln 2'],
      ['output', 'out 1'],
      ['output', 'out 2'],
    ]);
    expect(savedOf(entries).commands).toEqual([
      { command: 'ln 1', output: 'out 1' },
      { command: 'ln 2', output: 'out 2' },
    ]);
    expect(savedOf(entries).banner).toBeNull();
  });

  it('keeps the recorded banner apart, and a reconnect’s banner never answers an unanswered command', () => {
    const entries = recorded([
      ['state', 'connecting'],
      ['output', 'Microsoft (R) Windows Debugger\nBugCheck C4, {62, 9707712c, 9c1faf70, 1}\n'],
      ['input', '!analyze -v'],
      ['output', 'analysis'],
      ['input', '!verifier 0x80'],
      ['state', 'disconnected: the connection dropped'],
      ['state', 'connecting'],
      ['output', 'Microsoft (R) Windows Debugger (again)\n'],
      ['input', 'lm'],
      ['output', 'modules'],
    ]);
    expect(savedOf(entries).commands).toEqual([
      { command: '!analyze -v', output: 'analysis' },
      { command: 'lm', output: 'modules' },
    ]);
    expect(savedOf(entries).banner).toBe('Microsoft (R) Windows Debugger\nBugCheck C4, {62, 9707712c, 9c1faf70, 1}\n');
  });
  it('takes the target kind from the recorded banner when the header does not name one', () => {
    const header = { format: 'poolsleuth-transcript' as const, version: 1 as const, createdAt: '2026-11-21T00:00:00.000Z', prompt: 'kd> ' };
    const entries = recorded([
      ['state', 'connecting'],
      ['output', 'Using NET for debugging\nOpened WinSock 2.0\nWaiting to reconnect...\nConnected to target 169.254.221.237 on port 50000 on local IP 169.254.239.46.\n'],
      ['input', '!poolused 2'],
      ['output', 'pool'],
    ]);
    const open = (kind: 'dump' | null) => readRecording(serializeTranscript({ header: { ...header, target: { description: 'lab', kind } }, entries }), 'lab.pstranscript');
    expect(open(null).kind).toBe('live');
    expect(parseBanner(open(null).banner!).target).toBe('live');
    expect(open('dump').kind).toBe('dump');
  });
});

/** A saved transcript of these entries, read as the replay reads it. */
function savedOf(entries: TranscriptEntry[]) {
  const transcript: Transcript = {
    header: { format: 'poolsleuth-transcript', version: 1, createdAt: '2026-11-21T00:00:00.000Z', target: { description: 'test', kind: null }, prompt: 'kd> ' },
    entries,
  };
  return recordingFromTranscript(transcript);
}

function recorded(rows: [TranscriptEntry['direction'], string][]): TranscriptEntry[] {
  return rows.map(([direction, text], i) => ({ time: new Date(Date.UTC(2026, 10, 21, 0, 0, i)).toISOString(), direction, text }));
}
