import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DebuggerSession } from '../../../electron/debugger/debuggerSession';
import { ReplayTransport } from '../../../electron/debugger/replayTransport';
import { recordingFromTranscript } from '../../../electron/debugger/replayRecording';
import type { TranscriptEntry } from '../../../electron/debugger/transcriptEntry';
import {
  loadTranscript,
  pairCommandsWithOutputs,
  parseTranscript,
  redactSecrets,
  saveTranscript,
  serializeTranscript,
  transcriptToLogText,
  type TranscriptHeader,
} from '../../../electron/debugger/transcriptFile';

const header: TranscriptHeader = {
  format: 'poolsleuth-transcript',
  version: 1,
  createdAt: '2026-01-05T10:00:00.000Z',
  target: { description: 'kd.exe on lab01 (MEMORY.DMP)', kind: 'dump' },
};
const at = (s: number) => `2026-01-05T10:00:${String(s).padStart(2, '0')}.000Z`;
const entries: TranscriptEntry[] = [
  { time: at(1), direction: 'state', text: 'ready' },
  { time: at(2), direction: 'input', text: '!verifier 3 MyDriver.sys' },
  { time: at(3), direction: 'output', text: 'Verify Level 3 ... enabled options are:\n  Special pool\n' },
  { time: at(4), direction: 'input', text: 'lm m MyDriver' },
  { time: at(5), direction: 'output', text: 'start    end        module name\n' },
  { time: at(6), direction: 'input', text: 'lm m MyDriver' },
  { time: at(7), direction: 'output', text: 'second answer\n' },
];
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'psl-transcript-'));

describe('transcript file', () => {
  it('saves and loads (JSON lines, header first)', async () => {
    const file = path.join(tmp(), 'session.pstranscript');
    await saveTranscript(file, { header, entries });
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text.split('\n')[0]!)).toMatchObject({ format: 'poolsleuth-transcript', version: 1 });
    const loaded = await loadTranscript(file);
    expect(loaded.entries).toEqual(entries);
    expect(loaded.header.prompt).toBe('kd> ');
  });

  it('reports a truncated file with the line where it was cut', () => {
    const text = serializeTranscript({ header, entries });
    expect(() => parseTranscript(text.slice(0, text.length - 20), 'cut.pstranscript')).toThrow(/cut\.pstranscript is truncated: line 8/);
  });

  it('reports a corrupt or foreign file clearly', async () => {
    expect(() => parseTranscript('')).toThrow(/empty/);
    expect(() => parseTranscript('{"format":"other"}\n')).toThrow(/not a PoolSleuth transcript/);
    const bad = serializeTranscript({ header, entries }).replace('"direction":"input"', '"direction":"sideways"');
    expect(() => parseTranscript(bad)).toThrow(/corrupt at line 3: direction/);
    const dir = tmp();
    writeFileSync(path.join(dir, 'x.pstranscript'), 'garbage\n{}\n');
    await expect(loadTranscript(path.join(dir, 'x.pstranscript'))).rejects.toThrow(/corrupt at line 1/);
    await expect(loadTranscript(path.join(dir, 'missing'))).rejects.toThrow(/Cannot read the transcript/);
  });

  it('redacts known secrets and URL credentials, and never writes them', async () => {
    expect(redactSecrets('.sympath srv*C:\\s*https://bob:hunter2@symbols.corp/sym', [])).toBe('.sympath srv*C:\\s*https://bob:********@symbols.corp/sym');
    const file = path.join(tmp(), 's.pstranscript');
    await saveTranscript(file, { header, entries: [...entries, { time: at(8), direction: 'output', text: 'oops S3cr3t-PW typed into kd' }] }, ['S3cr3t-PW']);
    expect(readFileSync(file, 'utf8')).not.toContain('S3cr3t-PW');
  });

  it('exports a .logopen-style text log', () => {
    const log = transcriptToLogText(parseTranscript(serializeTranscript({ header, entries })), 'lab01.log');
    expect(log.split('\r\n').slice(0, 5)).toEqual(["Opened log file 'lab01.log'", 'kd> !verifier 3 MyDriver.sys', 'Verify Level 3 ... enabled options are:', '  Special pool', 'kd> lm m MyDriver']);
    expect(log).not.toContain('ready');
    expect(log.endsWith('Closing open log file lab01.log\r\n')).toBe(true);
  });
});

describe('ReplayTransport', () => {
  it('answers the session from the recording, in order, offline', async () => {
    const transcript = parseTranscript(serializeTranscript({ header, entries }));
    const recorded: TranscriptEntry[] = [];
    const session = new DebuggerSession(new ReplayTransport(recordingFromTranscript(transcript)), { transcript: (e) => recorded.push(e) });
    await session.start();
    expect((await session.execute('!verifier 3 MyDriver.sys')).output).toBe('Verify Level 3 ... enabled options are:\n  Special pool\n');
    expect((await session.execute('lm m MyDriver')).output).toBe('start    end        module name\n');
    expect((await session.execute('lm m MyDriver')).output).toBe('second answer\n');
    expect((await session.execute('lm m MyDriver')).output).toBe('second answer\n');
    // Not recorded: answered with nothing, never with made-up kd text.
    expect((await session.execute('!poolused 2')).output).toBe('');
    const batch = await session.executeBatch(['lm m MyDriver', '!verifier 3 MyDriver.sys']);
    expect(batch.map((r) => r.output.split('\n')[0])).toEqual(['second answer', 'Verify Level 3 ... enabled options are:']);
    await session.close();
    expect(session.state.state).toBe('disconnected');
  });

  it('replays a recording of a batched session: each command gets its own output', async () => {
    // Record a real batch (three ln lookups written at once), then replay it.
    const live: TranscriptEntry[] = [];
    const source = new DebuggerSession(new ReplayTransport(recordingFromTranscript(parseTranscript(serializeTranscript({
      header,
      entries: [
        { time: at(1), direction: 'input', text: 'ln 0x9a3bf6ac' },
        { time: at(2), direction: 'output', text: 'handleioctl.c(50)+0x15\n' },
        { time: at(3), direction: 'input', text: 'ln 0x9a3bf687' },
        { time: at(4), direction: 'output', text: 'handleioctl.c(38)+0x12\n' },
        { time: at(5), direction: 'input', text: 'ln 0x9a3bf6ed' },
        { time: at(6), direction: 'output', text: 'handleioctl.c(72)+0xa\n' },
      ],
    })))), { transcript: (e) => live.push(e) });
    await source.start();
    await source.executeBatch(['ln 0x9a3bf6ac', 'ln 0x9a3bf687', 'ln 0x9a3bf6ed']);
    await source.close();
    // The start-up banner first, then the batch: all three inputs before the outputs.
    expect(live.filter((e) => e.direction !== 'state').map((e) => e.direction)).toEqual(['output', 'input', 'input', 'input', 'output', 'output', 'output']);

    const replay = new DebuggerSession(new ReplayTransport(recordingFromTranscript(parseTranscript(serializeTranscript({ header, entries: live })))));
    await replay.start();
    expect((await replay.execute('ln 0x9a3bf687')).output).toBe('handleioctl.c(38)+0x12\n');
    expect((await replay.execute('ln 0x9a3bf6ed')).output).toBe('handleioctl.c(72)+0xa\n');
    expect((await replay.execute('ln 0x9a3bf6ac')).output).toBe('handleioctl.c(50)+0x15\n');
    await replay.close();
  });

  it('records the banner at start-up and replays it before the first prompt', async () => {
    const dumpBanner = 'Loading Dump File [C:\\Windows\\MEMORY.DMP]\nWindows 8 Kernel Version 9600 MP (1 procs) Free x86 compatible\nBugCheck C4, {62, 9707712c, 9c1faf70, 3}\n';
    const recording: TranscriptEntry[] = [
      { time: at(1), direction: 'state', text: 'connecting' },
      { time: at(1), direction: 'state', text: 'loading' },
      { time: at(2), direction: 'output', text: dumpBanner },
      { time: at(3), direction: 'state', text: 'ready' },
      { time: at(4), direction: 'input', text: 'lm m MyDriver' },
      { time: at(5), direction: 'output', text: 'start    end        module name\n' },
    ];
    const rerecorded: TranscriptEntry[] = [];
    const replay = new DebuggerSession(new ReplayTransport(recordingFromTranscript(parseTranscript(serializeTranscript({ header, entries: recording })))), { transcript: (e) => rerecorded.push(e) });
    const banner = await replay.start();
    expect(banner.split('\n').slice(1, 4)).toEqual(dumpBanner.split('\n').slice(0, 3));
    // Recorded as output no command asked for, and not an answer to any command.
    expect(rerecorded.find((e) => e.direction === 'output')?.text).toBe(banner);
    expect((await replay.execute('lm m MyDriver')).output).toBe('start    end        module name\n');
    await replay.close();
  });
});

describe('pairCommandsWithOutputs', () => {
  it('keeps a banner after a reconnect as its own item, not as the previous command\'s output', () => {
    const items = pairCommandsWithOutputs([
      { time: at(1), direction: 'state', text: 'connecting' },
      { time: at(2), direction: 'output', text: 'first banner\n' },
      { time: at(3), direction: 'input', text: 'lm' },
      { time: at(4), direction: 'state', text: 'failed: link lost' },
      { time: at(5), direction: 'state', text: 'connecting' },
      { time: at(6), direction: 'output', text: 'second banner\n' },
      { time: at(7), direction: 'input', text: 'lm' },
      { time: at(8), direction: 'output', text: 'modules\n' },
    ]);
    expect(items).toEqual([
      { command: null, outputs: ['first banner\n'] },
      { command: 'lm', outputs: [] },
      { command: null, outputs: ['second banner\n'] },
      { command: 'lm', outputs: ['modules\n'] },
    ]);
  });
});

describe('unsolicited output (printed while no command ran)', () => {
  it('is an item of its own in order; later answers still go to their commands', () => {
    const items = pairCommandsWithOutputs([
      { time: at(1), direction: 'state', text: 'connecting' },
      { time: at(2), direction: 'output', text: 'banner\n' },
      { time: at(3), direction: 'unsolicited', text: 'DbgPrint before any command\n' },
      { time: at(4), direction: 'input', text: 'lm' },
      { time: at(5), direction: 'output', text: 'modules\n' },
      { time: at(6), direction: 'unsolicited', text: 'Break instruction exception - code 80000003 (first chance)\n' },
      { time: at(7), direction: 'input', text: 'k' },
      { time: at(8), direction: 'output', text: 'stack\n' },
    ]);
    expect(items).toEqual([
      { command: null, outputs: ['banner\n'] },
      { command: null, outputs: ['DbgPrint before any command\n'], unsolicited: true },
      { command: 'lm', outputs: ['modules\n'] },
      { command: null, outputs: ['Break instruction exception - code 80000003 (first chance)\n'], unsolicited: true },
      { command: 'k', outputs: ['stack\n'] },
    ]);
  });

  it('is in the log between the commands, and the replay answers neither with it nor takes it for the banner', () => {
    const transcript = parseTranscript(
      serializeTranscript({
        header,
        entries: [
          { time: at(1), direction: 'unsolicited', text: 'MyDriver: DbgPrint\n' },
          { time: at(2), direction: 'input', text: 'lm' },
          { time: at(3), direction: 'output', text: 'modules\n' },
        ],
      }),
    );
    expect(transcript.entries[0]).toEqual({ time: at(1), direction: 'unsolicited', text: 'MyDriver: DbgPrint\n' });
    expect(transcriptToLogText(transcript)).toBe("Opened log file 'transcript.log'\r\nMyDriver: DbgPrint\r\nkd> lm\r\nmodules\r\nkd> .logclose\r\nClosing open log file transcript.log\r\n");
    const recording = recordingFromTranscript(transcript);
    expect(recording.banner).toBeNull();
    expect(recording.commands).toEqual([{ command: 'lm', output: 'modules\n' }]);
  });

  it('a transcript saved before unsolicited entries existed (version 1, input/output/state only) still loads, replays and writes the same bytes', async () => {
    const file = path.join(import.meta.dirname, 'fixtures', 'version1-before-unsolicited.pstranscript');
    const text = readFileSync(file, 'utf8');
    const transcript = await loadTranscript(file);
    expect(transcript.header).toMatchObject({ version: 1, prompt: '1: kd> ', target: { kind: 'dump' } });
    expect(new Set(transcript.entries.map((e) => e.direction))).toEqual(new Set(['state', 'input', 'output']));
    expect(serializeTranscript(transcript)).toBe(text);
    const recording = recordingFromTranscript(transcript);
    expect(recording.banner).toMatch(/^Microsoft \(R\) Windows Debugger[^]*Loading Dump File/);
    expect(recording.commands.map((c) => c.command)).toEqual(['lm m myfault', '!poolused 2 Leak']);
    expect(recording.commands[0]!.output).toMatch(/^start +end +module name\nfffff880`04479000 fffff880`04481000 +myfault /);
    expect(transcriptToLogText(transcript)).toContain('1: kd> lm m myfault\r\nstart ');
  });
});
