// Nothing lost from the saved transcript: a command whose output passes a small memory cap
// (spilled to disk) is in the transcript and the log written by transcript.save whole, every
// line, also after the session closed (which deletes its spill files). kdsim over real pipes;
// the reference is the same kdsim command's output from a session without a cap.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairCommandsWithOutputs, parseTranscript, serializeTranscript, transcriptToLogText } from '../../../electron/debugger/transcriptFile';
import { writeTranscriptExport } from '../../../electron/debugger/transcriptExportFiles';
import { createCoreService } from '../../../electron/service/coreService';
import { sourceCliLauncher } from '../../../electron/service/nodeEntryPoints';
import { kdsimSession } from './kdsimProcess';

const kdsimArgs = ['--generate', 'allocations=300,log=8192'];
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
let dir = '';
let expected = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'poolsleuth-spilled-transcript-'));
  const reference = kdsimSession(kdsimArgs);
  try {
    await reference.start();
    expected = (await reference.execute('!verifier 0x80', { timeoutMs: 600_000 })).output;
  } finally {
    await reference.close();
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a spilled output in the saved transcript', () => {
  it('transcript.save writes every line of it to the transcript and the log, after the session closed', { timeout: 300_000 }, async () => {
    const capChars = 256 * 1024;
    expect(expected.length).toBeGreaterThan(8 * capChars);
    const temp = path.join(dir, 'temp');
    const settings = path.join(dir, 'settings');
    mkdirSync(temp);
    const core = createCoreService({ settingsDir: settings, tempParentDir: temp, outputMemoryCapChars: capChars });
    try {
      await core.handlers['session.connect']({ target: { kind: 'local', argv: [...sourceCliLauncher().argvPrefix, 'kdsim', ...kdsimArgs] } });
      const session = core.session!;
      const result = await session.execute('!verifier 0x80', { timeoutMs: 600_000 });
      expect(result.spilled).toBeDefined();
      expect(result.output.length).toBeLessThan(capChars);
      // In memory the transcript holds only the head.
      const inMemory = core.transcript.filter((e) => e.direction === 'output').at(-1)!.text;
      expect(inMemory.length).toBeLessThan(expected.length);

      const spillFolder = session.temporaryFolder!;
      await core.handlers['session.disconnect']({});
      expect(existsSync(spillFolder)).toBe(false);

      const saved = await core.handlers['transcript.save']({});
      expect(saved.complete).toBe(true);
      expect(path.dirname(saved.filePath!)).toBe(path.join(settings, 'transcripts'));
      const onDisk = readFileSync(saved.filePath!, 'utf8');
      expect(saved.content === onDisk).toBe(true);
      const items = pairCommandsWithOutputs(parseTranscript(onDisk).entries);
      const verifier = items.find((i) => i.command === '!verifier 0x80')!;
      const whole = verifier.outputs[0]!;
      expect(whole.length).toBe(expected.length);
      expect(whole.split('\n').length).toBe(expected.split('\n').length);
      expect(sha(whole)).toBe(sha(expected));

      const log = readFileSync(saved.logFilePath!, 'utf8');
      expect(saved.logText === log).toBe(true);
      const inLog = `kd> !verifier 0x80\r\n${expected.replace(/\n$/, '').replace(/\n/g, '\r\n')}\r\n`;
      expect(log.includes(inLog)).toBe(true);
    } finally {
      await core.dispose();
    }
    // The transcript's own links to whole outputs go with the core.
    expect(readdirSync(temp).filter((n) => n.startsWith('poolsleuth-transcript-'))).toEqual([]);
  });

  it("a crashed run's transcript folder (dead pid in its name) is removed when the next core starts", async () => {
    const parent = path.join(dir, 'stale-transcripts');
    mkdirSync(parent);
    const deadPid = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    const stale = path.join(parent, `poolsleuth-transcript-${deadPid}-Qw3rty`);
    const live = path.join(parent, `poolsleuth-transcript-${process.pid}-Asdfgh`);
    for (const folder of [stale, live]) {
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'output-1.txt'), 'left behind');
    }
    const core = createCoreService({ settingsDir: path.join(dir, 'settings-2'), tempParentDir: parent });
    try {
      expect(existsSync(stale)).toBe(false);
      // Our own pid is never stale.
      expect(existsSync(live)).toBe(true);
    } finally {
      await core.dispose();
    }
  });

  it('without a spilled output the streamed files are byte for byte what serializeTranscript and transcriptToLogText give', async () => {
    const header = { format: 'poolsleuth-transcript' as const, version: 1 as const, createdAt: '2026-12-05T10:00:00.000Z', target: { description: 'kdsim', kind: null }, prompt: '0: kd> ' };
    const entries = [
      { time: '2026-12-05T10:00:00.000Z', direction: 'state' as const, text: 'connecting' },
      { time: '2026-12-05T10:00:01.000Z', direction: 'output' as const, text: 'banner\r\nline two\n' },
      { time: '2026-12-05T10:00:02.000Z', direction: 'input' as const, text: '.sympath https://user:secret@symbols.example/x' },
      { time: '2026-12-05T10:00:02.000Z', direction: 'input' as const, text: 'lm' },
      { time: '2026-12-05T10:00:03.000Z', direction: 'output' as const, text: 'Symbol search path is: https://user:secret@symbols.example/x\n' },
      { time: '2026-12-05T10:00:03.000Z', direction: 'output' as const, text: '\n' },
      { time: '2026-12-05T10:00:04.000Z', direction: 'output' as const, text: 'start end module\ncr\r\n\n' },
      { time: '2026-12-05T10:00:05.000Z', direction: 'state' as const, text: 'ready' },
    ];
    const written = await writeTranscriptExport(path.join(dir, 'plain'), 'plain', { header, entries }, () => null);
    const content = serializeTranscript({ header, entries });
    expect(readFileSync(written.transcriptFile, 'utf8')).toBe(content);
    expect(readFileSync(written.logFile, 'utf8')).toBe(transcriptToLogText(parseTranscript(content), 'plain.log'));
    expect(content).not.toContain('secret');
  });
});
