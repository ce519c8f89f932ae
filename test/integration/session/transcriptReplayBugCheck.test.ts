// A replayed (offline) transcript shows the same session-bar details as the
// session it recorded: the bug check from kd's recorded banner, or — for a
// transcript without a banner — from its recorded `!analyze -v` output.
// Through dispatchRequest and the real replay path (transcript.open ->
// ReplayTransport -> DebuggerSession), exactly as the shells call it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestMethod, SessionState } from '../../../electron/contract';
import type { TranscriptEntry } from '../../../electron/debugger/transcriptEntry';
import { serializeTranscript } from '../../../electron/debugger/transcriptFile';
import { dispatchRequest } from '../../../electron/service/apiDispatcher';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';

const seed000Analyze = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/parsers/seed000-analyze.txt'), 'utf8');
let core: CoreService;

beforeEach(() => {
  core = createCoreService();
});

afterEach(async () => {
  await core.dispose();
});

// Results are checked field by field; a loose type keeps the assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function call(method: RequestMethod, params: unknown): Promise<any> {
  const outcome = await dispatchRequest(core.handlers, method, params);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result;
}

let uploads = 0;
async function openTranscript(name: string, content: string): Promise<SessionState> {
  await call('transcript.open', { uploadId: `upload-${String(++uploads).padStart(4, '0')}`, name, index: 0, chunk: content, last: true });
  return call('session.getState', {});
}

const at = (s: number) => `2026-01-05T10:00:${String(s).padStart(2, '0')}.000Z`;

/** A transcript as a PoolSleuth without banner recording wrote it: commands and outputs only. */
function bannerlessTranscript(description: string, commands: [string, string][]): string {
  const entries: TranscriptEntry[] = [{ time: at(0), direction: 'state', text: 'ready' }];
  commands.forEach(([command, output], i) => {
    entries.push({ time: at(2 * i + 1), direction: 'input', text: command }, { time: at(2 * i + 2), direction: 'output', text: output });
  });
  return serializeTranscript({
    header: { format: 'poolsleuth-transcript', version: 1, createdAt: at(0), target: { description, kind: 'dump' }, prompt: 'kd> ' },
    entries,
  });
}

describe('replayed transcript: bug check chip', () => {
  for (const [scenario, expected] of [
    // seed 000: a live kd broken in after bug check 0xC4/0x62 on Windows 8.1 x86
    ['mydriver-x86', { osBuild: '9600', architecture: 'x86', bugCheck: '0xC4 (0x62, …)' }],
    // a Windows 11 crash dump with the same bug check
    ['win10-leak-x64', { architecture: 'x64', bugCheck: '0xC4 (0x62, …)' }],
  ] as const) {
    it(`${scenario}: the replay shows the recorded session's bug check, build and architecture`, async () => {
      await call('session.connect', { target: { kind: 'demo', scenario } });
      await call('session.sendLine', { line: 'lm' });
      const live: SessionState = await call('session.getState', {});
      expect(live.target).toMatchObject(expected);
      await call('session.disconnect', {});
      const saved = await call('transcript.save', {});

      const replay = await openTranscript(saved.fileName, saved.content);
      expect(replay.target).toMatchObject({ offline: true, targetKind: live.target!.targetKind });
      expect(replay.target!.bugCheck).toBe(live.target!.bugCheck);
      expect(replay.target!.osBuild).toBe(live.target!.osBuild);
      expect(replay.target!.architecture).toBe(live.target!.architecture);
    });
  }

  it('reads the bug check from the recorded !analyze -v when the transcript has no banner (seed 000)', async () => {
    // The seed's analysis as recorded output: without its "kd> !analyze -v" line.
    const output = seed000Analyze.slice(seed000Analyze.indexOf('\n') + 1);
    const content = bannerlessTranscript('kd -k net:port=50000 (Windows 8.1 x86)', [
      ['!verifier 3 MyDriver.sys', 'Verify Flags Level 0x000209bb\n'],
      ['!analyze -v', output],
    ]);
    const replay = await openTranscript('seed000.pstranscript', content);
    expect(replay.target).toMatchObject({ offline: true, targetKind: 'dump', bugCheck: '0xC4 (0x62, …)' });
  });

  it('reads the analysis summary line ("BugCheck D6, {…}") when the arguments are not listed', async () => {
    const content = bannerlessTranscript('MEMORY.DMP', [['!analyze', 'Bugcheck Analysis\nBugCheck D6, {ffffc10fa3e4f000, 2, fffff8012a46a3c5, 0}\n']]);
    expect((await openTranscript('summary.pstranscript', content)).target!.bugCheck).toBe('0xD6 (0xFFFFC10FA3E4F000, …)');
  });

  it('shows no bug check for a transcript without a banner or an analysis', async () => {
    const content = bannerlessTranscript('kd.exe -z MEMORY.DMP — Windows 8 Kernel Version 9600 MP (1 procs) Free x86 compatible', [
      ['!verifier 3 MyDriver.sys', 'Verify Flags Level 0x000209bb\n'],
      ['lm', 'start    end        module name\n'],
    ]);
    const replay = await openTranscript('plain.pstranscript', content);
    expect(replay.target).toMatchObject({ offline: true, bugCheck: null, osBuild: '9600', architecture: 'x86' });
  });

  it('keeps only hex values from a hostile analysis', async () => {
    const content = bannerlessTranscript('MEMORY.DMP', [
      ['!analyze -v', `BUGCHECK_CODE:  c4\nBUGCHECK_P1: 62;.shell -ci "x" calc\nArg2: ${'9'.repeat(17)}\nBugCheck C4, {62 .shell calc}\n`],
    ]);
    const replay = await openTranscript('hostile.pstranscript', content);
    expect(replay.target!.bugCheck).toBe('0xC4');
  });
});
