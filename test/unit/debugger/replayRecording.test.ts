// Reading a recording for the replay: our saved transcript or a text log, UTF-8 or
// UTF-16LE, with the prompt the session can frame; and the replay answering by kd's
// spelling rules, never with invented text.
import { describe, expect, it } from 'vitest';
import { DebuggerSession } from '../../../electron/debugger/debuggerSession';
import { readRecording, recordingFromTextLog, recordingText } from '../../../electron/debugger/replayRecording';
import { ReplayTransport } from '../../../electron/debugger/replayTransport';
import { serializeTranscript, TranscriptFormatError } from '../../../electron/debugger/transcriptFile';

const log = [
  'Microsoft (R) Windows Debugger Version 6.3.9600.16384 AMD64',
  'Loading Dump File [C:\\Windows\\MEMORY.DMP]',
  'Kernel Summary Dump File: Only kernel address space is available',
  '0: kd> !verifier 3 MyDriver.sys',
  'Verify Level 3 ... enabled options are:',
  '0: kd> lmvm MyDriver',
  'start             end                 module name',
  '0: kd> .logclose',
].join('\r\n');

describe('replay recordings', () => {
  it('a .logopen log: banner before the first prompt, each command with its output, the log\'s own prompt', () => {
    const r = readRecording(log, 'kd.log');
    expect(r.format).toBe('text-log');
    expect(r.kind).toBe('dump');
    expect(r.prompt).toBe('0: kd> ');
    expect(r.banner).toContain('Loading Dump File');
    expect(r.commands.map((c) => c.command)).toEqual(['!verifier 3 MyDriver.sys', 'lmvm MyDriver', '.logclose']);
    expect(r.commands[0]!.output).toBe('Verify Level 3 ... enabled options are:');
  });

  it('a prompt the session could not frame (": kd>", its processor number lost in copying) is answered as "kd> "', () => {
    expect(recordingFromTextLog(': kd> lm\nstart end module name\n', 'pasted').prompt).toBe('kd> ');
    expect(recordingFromTextLog(': kd> lm\nstart end module name\n', 'pasted').banner).toBeNull();
  });

  it('our saved transcript is told apart by its header; a damaged one keeps its line-numbered error', () => {
    const saved = serializeTranscript({
      header: { format: 'poolsleuth-transcript', version: 1, createdAt: '2026-11-21T00:00:00.000Z', target: { description: 'lab01 dump', kind: null }, prompt: 'kd> ' },
      entries: [
        { time: '2026-11-21T00:00:01.000Z', direction: 'input', text: 'lm' },
        { time: '2026-11-21T00:00:02.000Z', direction: 'output', text: 'start end module name\n' },
      ],
    });
    expect(readRecording(saved, 'a.pstranscript')).toMatchObject({ format: 'poolsleuth-transcript', description: 'lab01 dump', commands: [{ command: 'lm' }] });
    expect(() => readRecording(saved.slice(0, -10), 'cut.pstranscript')).toThrow(/cut\.pstranscript is truncated/);
    expect(() => readRecording('notes without any prompt\n', 'notes.txt')).toThrow(TranscriptFormatError);
  });

  it('UTF-16LE (with or without its BOM) and UTF-8 with a BOM read as the same text', () => {
    const le = Buffer.from(log, 'utf16le');
    expect(recordingText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(log);
    expect(recordingText(le)).toBe(log);
    expect(recordingText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(log, 'utf8')]))).toBe(log);
  });

  it('the replay answers kd-equivalent spellings, gives nothing for an unrecorded command, and says which it holds', async () => {
    const replay = new ReplayTransport(readRecording(log, 'kd.log'));
    expect(replay.hasAnswer('!VERIFIER 0x3 mydriver.sys')).toBe(true);
    expect(replay.hasAnswer('lmv m mydriver')).toBe(true);
    expect(replay.hasAnswer('!analyze -v')).toBe(false);
    const session = new DebuggerSession(replay);
    const banner = await session.start();
    expect(banner).toContain('Loading Dump File');
    expect((await session.execute('lmv m MyDriver')).output).toContain('module name');
    expect((await session.execute('!analyze -v')).output).toBe('');
    await session.close();
  });
});
