// Break-in over SSH (the real sshd, kdsim as the remote debugger): after each break the
// next command answers, 20 of 20; a remote debugger that stops answering is ended on the host.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DebuggerSession } from '../../../electron/debugger/debuggerSession';
import { connection, removeTempDirs } from '../ssh/sshTestKit';
import { startSshTestServer, type SshTestServer } from '../sshHarness/sshTestServer';

let server: SshTestServer;
beforeAll(async () => {
  server = await startSshTestServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
  removeTempDirs();
});

describe('break-in and faults over SSH', () => {
  it('after a break the next command answers, 20 of 20', async () => {
    const conn = connection(server, { scenario: 'live-growth-x64' });
    const session = new DebuggerSession(conn.transport, {}, { startupTimeoutMs: 60_000, breakTimeoutMs: 30_000 });
    try {
      await session.start();
      let answered = 0;
      for (let i = 0; i < 20; i++) {
        const go = session.execute('g');
        await expect.poll(() => session.state.state).toBe('running');
        await session.interrupt();
        expect((await go).output).toMatch(/Break instruction exception/);
        if ((await session.execute(`.echo round-${i}`)).output === `round-${i}\n`) answered++;
      }
      expect(answered).toBe(20);
    } finally {
      await session.close();
    }
  }, 180_000);

  it('a remote debugger that closes its output but keeps running ends in a failed session, and is ended on the host', async () => {
    // sshd (no pty) may give the command one socket for stdin and stdout: closing stdout then
    // sends no EOF while stdin is open, so over SSH this can look like silence; the hang limit ends it.
    const conn = connection(server, { extraArgs: ['--fault', 'close-output=3'] });
    const session = new DebuggerSession(conn.transport, {}, { startupTimeoutMs: 60_000, hangTimeoutMs: 600, breakTimeoutMs: 600 });
    try {
      await session.start();
      expect((await session.execute('.echo one')).output).toBe('one\n');
      await expect(session.execute('lm')).rejects.toThrow(/printed nothing for 0\.6 s/);
      await expect.poll(() => session.state.state).toBe('failed');
      // Whichever the server reports first: the silence, or the channel's EOF once the break woke it.
      expect(session.state.reason).toMatch(/not responding: 'lm' printed nothing for 0\.6 s\. It did not answer a break|closed its output but kept running; it was ended/);
      // Ended by the transport (its output closed, or no answer to a break), or it obeyed the q the failed session sent:
      // under load the session's hang limit can end it before the transport notices the closed output.
      await vi.waitFor(
        () => {
          const log = conn.transportLog.join('\n'); // whole, as the message: vitest shows only its first line
          expect(log, log).toMatch(/ended the remote debugger \(pid \d+\): exit 0|the remote debugger quit on q/);
        },
        { timeout: 60_000, interval: 200 },
      );
    } finally {
      await session.close();
    }
  }, 90_000);

  it('Disconnect over SSH quits with q; a debugger deaf to it is ended on the host', async () => {
    const conn = connection(server, { extraArgs: ['--fault', 'hang=3', '--fault', 'eof-spin'], transport: { quitGraceMs: 500 } });
    const session = new DebuggerSession(conn.transport, { console: (t) => conn.console.push(t) }, { startupTimeoutMs: 60_000, hangTimeoutMs: 0 });
    await session.start();
    expect((await session.execute('.echo one')).output).toBe('one\n');
    await session.close();
    expect(session.state.state).toBe('disconnected');
    // The whole log in the message: vitest cuts the compared string to its first line.
    const log = conn.transportLog.join('\n');
    expect(log, log).toMatch(/ended the remote debugger \(pid \d+\): exit 0/);
    expect(conn.console.join('')).not.toContain('eof-spin');
  }, 90_000);
});
