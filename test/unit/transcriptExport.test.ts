// transcriptToLogText on a pipelined batch: the session records every input of a batch,
// then the outputs in the same order; the .logopen-style export must put each output
// under its own command, so the parsers' transcript kind reads it back correctly.
import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../electron/debugger/transcriptEntry';
import { parseTranscript as parseTranscriptFile, serializeTranscript, transcriptToLogText, type TranscriptHeader } from '../../electron/debugger/transcriptFile';
import { parseTranscript as parseSessionLog } from '../../electron/parsers';
import type { LnResult } from '../../electron/parsers/resultTypes';

const header: TranscriptHeader = {
  format: 'poolsleuth-transcript',
  version: 1,
  createdAt: '2026-01-05T10:00:00.000Z',
  target: { description: 'kd.exe on lab01 (MEMORY.DMP)', kind: 'dump' },
};
const at = (s: number) => `2026-01-05T10:00:${String(s).padStart(2, '0')}.000Z`;

// The three `ln` answers of seed 000 (test/fixtures/parsers/seed000-ln.txt), as kd printed them.
const lnOut = {
  '0x9a3bf6ac': 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(50)+0x15\n(9a3bf660)   MyDriver!DeviceControlDispatch+0x4c   |  (9a3bf6d0)   MyDriver!DeviceControlDispatch\n',
  '0x9a3bf687': 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(38)+0x12\n(9a3bf660)   MyDriver!DeviceControlDispatch+0x27   |  (9a3bf6d0)   MyDriver!DeviceControlDispatch\n',
  '0x9a3bf6ed': 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c(72)+0xa\n(9a3bf6d0)   MyDriver!GetNecessaryObjects+0x1d   |  (9a3bf71c)   MyDriver!GetNecessaryObjects\n',
};
const addresses = Object.keys(lnOut) as (keyof typeof lnOut)[];

/** What DebuggerSession records for one executeBatch of the three `ln` commands. */
function batchedEntries(): TranscriptEntry[] {
  return [
    { time: at(1), direction: 'state', text: 'ready' },
    { time: at(2), direction: 'input', text: '!verifier 3 MyDriver.sys' },
    { time: at(3), direction: 'state', text: 'busy' },
    { time: at(4), direction: 'output', text: 'Verify Level 3 ... enabled options are:\n  Special pool\n' },
    { time: at(5), direction: 'state', text: 'ready' },
    ...addresses.map((a, i): TranscriptEntry => ({ time: at(6 + i), direction: 'input', text: `ln ${a}` })),
    { time: at(9), direction: 'state', text: 'busy' },
    ...addresses.map((a, i): TranscriptEntry => ({ time: at(10 + i), direction: 'output', text: lnOut[a] })),
    { time: at(13), direction: 'state', text: 'ready' },
    { time: at(14), direction: 'input', text: 'lm m MyDriver' },
    { time: at(15), direction: 'output', text: 'start    end        module name\n' },
  ];
}

function exportLog(entries: TranscriptEntry[]): string {
  return transcriptToLogText(parseTranscriptFile(serializeTranscript({ header, entries })), 'lab01.log');
}

describe('transcriptToLogText with a batched group of commands', () => {
  it('writes each command followed by its own output, like a .logopen log', () => {
    const lines = exportLog(batchedEntries()).split('\r\n');
    expect(lines.slice(0, 4)).toEqual(["Opened log file 'lab01.log'", 'kd> !verifier 3 MyDriver.sys', 'Verify Level 3 ... enabled options are:', '  Special pool']);
    for (const a of addresses) {
      const at = lines.indexOf(`kd> ln ${a}`);
      expect(at).toBeGreaterThan(0);
      expect(lines.slice(at + 1, at + 3)).toEqual(lnOut[a].replace(/\n$/, '').split('\n'));
    }
    // In order, with nothing between a command and its output.
    expect(lines.slice(4, 13)).toEqual(addresses.flatMap((a) => [`kd> ln ${a}`, ...lnOut[a].replace(/\n$/, '').split('\n')]));
    expect(lines.slice(13)).toEqual(['kd> lm m MyDriver', 'start    end        module name', 'kd> .logclose', 'Closing open log file lab01.log', '']);
  });

  it('round-trips through the parsers\' transcript kind with the right output per command', () => {
    const parsed = parseSessionLog(exportLog(batchedEntries()));
    const lns = parsed.commands.filter((c) => c.kind === 'ln');
    expect(lns.map((c) => c.command)).toEqual(addresses.map((a) => `ln ${a}`));
    const results = lns.map((c) => c.result as LnResult);
    expect(results.map((r) => [r.address, r.symbol, r.file, r.line])).toEqual([
      ['0x9a3bf6ac', 'MyDriver!DeviceControlDispatch+0x4c', 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c', 50],
      ['0x9a3bf687', 'MyDriver!DeviceControlDispatch+0x27', 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c', 38],
      ['0x9a3bf6ed', 'MyDriver!GetNecessaryObjects+0x1d', 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c', 72],
    ]);
    expect(lns.map((c) => c.outputLineCount)).toEqual([2, 2, 2]);
    expect(parsed.commands.find((c) => c.command === '!verifier 3 MyDriver.sys')?.outputLineCount).toBe(2);
  });

  it('keeps a command whose output is empty in its place, and leaves out commands cut off by a lost debugger', () => {
    const entries: TranscriptEntry[] = [
      { time: at(1), direction: 'input', text: 'ln 0x9a3bf6ac' },
      { time: at(2), direction: 'input', text: '.reload /f' },
      { time: at(3), direction: 'input', text: 'ln 0x9a3bf687' },
      { time: at(4), direction: 'output', text: lnOut['0x9a3bf6ac'] },
      { time: at(5), direction: 'output', text: '' },
      { time: at(6), direction: 'output', text: lnOut['0x9a3bf687'] },
      { time: at(7), direction: 'input', text: 'ln 0x9a3bf6ed' },
      { time: at(8), direction: 'input', text: '!vm' },
      { time: at(9), direction: 'state', text: 'failed: kd.exe exited with code 1' },
      { time: at(10), direction: 'state', text: 'connecting' },
      { time: at(11), direction: 'input', text: 'lm m MyDriver' },
      { time: at(12), direction: 'output', text: 'start    end        module name\n' },
    ];
    const lines = exportLog(entries).split('\r\n');
    expect(lines.slice(1, 12)).toEqual([
      'kd> ln 0x9a3bf6ac',
      ...lnOut['0x9a3bf6ac'].replace(/\n$/, '').split('\n'),
      'kd> .reload /f',
      'kd> ln 0x9a3bf687',
      ...lnOut['0x9a3bf687'].replace(/\n$/, '').split('\n'),
      'kd> ln 0x9a3bf6ed',
      'kd> !vm',
      'kd> lm m MyDriver',
      'start    end        module name',
    ]);
    const parsed = parseSessionLog(lines.join('\n'));
    expect(parsed.commands.find((c) => c.command === 'ln 0x9a3bf687')?.result).toMatchObject({ address: '0x9a3bf687', line: 38 });
    expect(parsed.commands.find((c) => c.command === 'ln 0x9a3bf6ed')?.outputLineCount).toBe(0);
  });

  it('leaves no ln of the batch without its output or with another command\'s output', () => {
    const parsed = parseSessionLog(exportLog(batchedEntries()));
    for (const c of parsed.commands.filter((x) => x.kind === 'ln')) {
      const r = c.result as LnResult;
      expect(r.address).toBe(c.command.replace(/^ln /, ''));
      expect(r.before.address).not.toBeNull();
    }
  });
});
