// DbgPrint lines from a running target, from kdsim itself (`--fault dbgprint-on-run`) over
// real pipes: kd prints them after `g` with no new command typed and no prompt, the prompt
// comes only after the break. The session still has `g` in flight (its marker is read only
// after the break), so they are the output of `g`, before the break text, on the console and
// in the saved transcript. unsolicitedTranscript.test.ts covers text at an idle prompt.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../electron/debugger/transcriptFile';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { readConsole } from '../consoleReader';

let core: CoreService | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

const dbgPrint = (n: number) => `MyDriver: IRP_MJ_DEVICE_CONTROL 0x222003 (DbgPrint ${n} of 3)`;

describe('DbgPrint lines while the target runs (kdsim dbgprint-on-run)', () => {
  it('are shown as they come, before the break, and saved as the output of g, in order', async () => {
    core = createCoreService({ transcriptDir: mkdtempSync(path.join(os.tmpdir(), 'psl-dbgprint-')) });
    const reader = readConsole(core);
    const target = { kind: 'demo', scenario: 'live-growth-x64', flags: ['--fault', 'dbgprint-on-run=3'] };
    await core.handlers['session.connect']({ target: target as { kind: 'demo'; scenario: string } });
    // Stopped at the prompt: the driver runs no code, so nothing is printed.
    await reader.sendLine('.echo before');
    expect(reader.text()).not.toContain('MyDriver:');

    const go = core.handlers['session.sendLine']({ line: 'g' });
    await expect.poll(() => reader.text()).toContain(dbgPrint(3));
    // All three printed while running: no prompt yet, no break text, still running.
    const whileRunning = reader.text().slice(reader.text().lastIndexOf('kd> g\r\n'));
    expect(whileRunning).toBe(`kd> g\r\n${dbgPrint(1)}\r\n${dbgPrint(2)}\r\n${dbgPrint(3)}\r\n`);
    expect((await core.handlers['session.getState']({})).state).toBe('running');

    await core.handlers['session.break']({});
    await go;
    await reader.sendLine('.echo after');
    expect(reader.text().slice(reader.text().lastIndexOf('kd> g\r\n'))).toMatch(
      /^kd> g\r\nMyDriver: [^\r\n]*\(DbgPrint 1 of 3\)\r\nMyDriver: [^\r\n]*\(DbgPrint 2 of 3\)\r\nMyDriver: [^\r\n]*\(DbgPrint 3 of 3\)\r\nBreak instruction exception - code 80000003 \(first chance\)\r\n[^]*nt!DbgBreakPointWithStatus:\r\n[^]*0: kd> \.echo after\r\nafter\r\n0: kd> $/,
    );

    const reply = await core.handlers['transcript.save']({});
    const entries = parseTranscript(readFileSync(reply.filePath!, 'utf8')).entries.filter((e) => e.direction !== 'state');
    expect(entries.slice(-4)).toEqual([
      expect.objectContaining({ direction: 'input', text: 'g' }),
      expect.objectContaining({
        direction: 'output',
        text: expect.stringMatching(
          /^MyDriver: [^\n]*\(DbgPrint 1 of 3\)\nMyDriver: [^\n]*\(DbgPrint 2 of 3\)\nMyDriver: [^\n]*\(DbgPrint 3 of 3\)\nBreak instruction exception - code 80000003 \(first chance\)\n[^]*nt!DbgBreakPointWithStatus:\n/,
        ),
      }),
      expect.objectContaining({ direction: 'input', text: '.echo after' }),
      expect.objectContaining({ direction: 'output', text: 'after\n' }),
    ]);
    expect(entries.filter((e) => e.direction === 'unsolicited')).toEqual([]);
    expect(readFileSync(reply.logFilePath!, 'utf8')).toMatch(
      /0: kd> g\r\nMyDriver: [^\r\n]*\(DbgPrint 1 of 3\)\r\nMyDriver: [^\r\n]*\(DbgPrint 2 of 3\)\r\nMyDriver: [^\r\n]*\(DbgPrint 3 of 3\)\r\nBreak instruction exception/,
    );
  });
});
