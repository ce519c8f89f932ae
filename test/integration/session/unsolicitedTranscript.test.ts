// Output no command asked for (a DbgPrint line at the prompt, a break's text while nothing
// ran) reaches the console; the saved transcript keeps it too, in order between the
// commands, as `unsolicited` entries the replay does not take for a command's answer.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRecording } from '../../../electron/debugger/replayRecording';
import { parseTranscript } from '../../../electron/debugger/transcriptFile';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { readConsole } from '../consoleReader';

let core: CoreService | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

/**
 * A kd stand-in: answers each line at its prompt, prints a DbgPrint line 300 ms after
 * `!spew` (at the idle prompt, no prompt after it, as kd does) and the break text on Ctrl+C.
 * kdsim prints only inside a command's output (its running target stops at the marker of `g`).
 */
const chattyKd = `
const out = (s) => process.stdout.write(s);
out('Microsoft (R) Windows Debugger Version 10.0.22621.1 AMD64\\nConnected to Windows 10 19041 x64 target\\nKernel Debugger connection established.\\nkd> ');
const answer = (line) => {
  if (line.startsWith('.echo ')) return out(line.slice(6) + '\\nkd> ');
  if (line === '!spew') {
    setTimeout(() => out('MyDriver: DbgPrint while idle\\n'), 300);
    return out('spewed\\nkd> ');
  }
  out('ran ' + line + '\\nkd> ');
};
// Each line a moment later (in order), so a Ctrl+C sent just before a line is handled first, as kd does.
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => setTimeout(() => answer(line), 50));
process.on('SIGINT', () => out('Break instruction exception - code 80000003 (first chance)\\nnt!DbgBreakPointWithStatus:\\nkd> '));
setInterval(() => {}, 1000);
`;

async function saved(service: CoreService) {
  const reply = await service.handlers['transcript.save']({});
  return { json: readFileSync(reply.filePath!, 'utf8'), log: readFileSync(reply.logFilePath!, 'utf8') };
}

describe('unsolicited output in the saved transcript', () => {
  it('a DbgPrint line at the idle prompt and a break with nothing running are saved in order, not as an answer', async () => {
    core = createCoreService({ transcriptDir: mkdtempSync(path.join(os.tmpdir(), 'psl-unsolicited-')) });
    const reader = readConsole(core);
    await core.handlers['session.connect']({ target: { kind: 'local', argv: [process.execPath, '-e', chattyKd] } });
    await reader.sendLine('!spew');
    await expect.poll(() => reader.text()).toContain('MyDriver: DbgPrint while idle');
    // Still printing (no prompt after it): Break stops it with nothing in flight.
    await expect.poll(async () => (await core!.handlers['session.getState']({})).activity?.kind).toBe('printing');
    await core.handlers['session.break']({});
    await expect.poll(() => reader.text()).toContain('Break instruction exception - code 80000003');
    await reader.sendLine('lm');

    const { json, log } = await saved(core);
    const entries = parseTranscript(json).entries.filter((e) => e.direction !== 'state');
    expect(entries.slice(-6)).toEqual([
      expect.objectContaining({ direction: 'input', text: '!spew' }),
      expect.objectContaining({ direction: 'output', text: 'spewed\n' }),
      expect.objectContaining({ direction: 'unsolicited', text: 'MyDriver: DbgPrint while idle\n' }),
      expect.objectContaining({ direction: 'unsolicited', text: expect.stringMatching(/^Break instruction exception - code 80000003 \(first chance\)\nnt!DbgBreakPointWithStatus:\n/) }),
      expect.objectContaining({ direction: 'input', text: 'lm' }),
      expect.objectContaining({ direction: 'output', text: 'ran lm\n' }),
    ]);
    expect(log).toContain('kd> !spew\r\nspewed\r\nMyDriver: DbgPrint while idle\r\nBreak instruction exception - code 80000003 (first chance)\r\nnt!DbgBreakPointWithStatus:\r\nkd> lm\r\nran lm\r\n');
    // The replay answers each command with its own output only.
    const recording = readRecording(json, 'saved.pstranscript');
    expect(recording.commands.map((c) => [c.command, c.output])).toEqual([
      ['!spew', 'spewed\n'],
      ['lm', 'ran lm\n'],
    ]);
    expect(recording.banner).toContain('Kernel Debugger connection established.');
  });

  it('live-growth-x64: g, a break, a command: the break text is saved between the two commands', async () => {
    core = createCoreService({ transcriptDir: mkdtempSync(path.join(os.tmpdir(), 'psl-unsolicited-')) });
    const reader = readConsole(core);
    await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'live-growth-x64' } });
    const go = core.handlers['session.sendLine']({ line: 'g' });
    await expect.poll(async () => (await core!.handlers['session.getState']({})).state).toBe('running');
    await core.handlers['session.break']({});
    await go;
    await reader.sendLine('.echo after');
    const { log } = await saved(core);
    expect(log).toMatch(/0: kd> g\r\nBreak instruction exception - code 80000003 \(first chance\)\r\n[^]*nt!DbgBreakPointWithStatus:\r\n[^]*0: kd> \.echo after\r\nafter\r\n/);
  });
});
