// A program that is not kd or cdb is refused at Connect (and by `investigate --debugger`),
// with its own first lines; a debugger that fails to start says what to check, not our
// start-up `.echo`. Real processes over real pipes, through the core service.
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../electron/contract';
import { createCoreService } from '../../../electron/service/coreService';
import { ownCliLauncher } from '../../../electron/service/nodeEntryPoints';
import { runCli } from '../cliProcess';

/** Connects a local program through the core; the error says 'connected' when it connected. */
async function connectLocal(argv: string[]): Promise<{ error: Error; states: SessionState[]; sessionAfter: unknown }> {
  const core = createCoreService();
  const states: SessionState[] = [];
  const off = core.onEvent((name, payload) => {
    if (name === 'session.state') states.push(payload as SessionState);
  });
  try {
    const error = await core.handlers['session.connect']({ target: { kind: 'local', argv } }).then(
      () => new Error('connected'),
      (err: Error) => err,
    );
    return { error, states, sessionAfter: core.session };
  } finally {
    off();
    await core.dispose();
  }
}

describe('know the peer', { timeout: 120_000 }, () => {
  it('/bin/cat is refused: the session ends failed with the reason, and is never shown "ready"', async () => {
    const { error, states, sessionAfter } = await connectLocal(['/bin/cat']);
    expect(error.message).toMatch(/^This program did not answer like kd or cdb: \/bin\/cat\. It only echoed back what it was sent/);
    expect(sessionAfter).toBeNull();
    expect(states.at(-1)).toMatchObject({ state: 'failed', reason: error.message });
    expect(states.map((s) => s.state)).not.toContain('ready');
  });

  it('kdsim as a local debugger is shown "ready" once its banner identified it', async () => {
    const { argvPrefix } = ownCliLauncher();
    const { error, states } = await connectLocal([...argvPrefix, 'kdsim', '--scenario', 'mydriver-x86']);
    expect(error.message).toBe('connected');
    expect(states.at(-1)?.state).toBe('ready');
    expect(states.filter((s) => s.state === 'ready').length).toBeGreaterThan(0);
  });

  it('a program that prints something else is refused with its first lines', async () => {
    const { error } = await connectLocal(['/bin/sh', '-c', 'echo "hello from a shell script"; echo second line; cat']);
    expect(error.message).toContain('This program did not answer like kd or cdb: /bin/sh -c');
    expect(error.message).toContain('It printed: “hello from a shell script ⏎ second line”');
  });

  it('a program that fails to start names its telling error line and what to check, not .echo', async () => {
    const script = "console.error(\"Error [ERR_MODULE_NOT_FOUND]: Cannot find module 'unterminated arg'\"); console.error('    at resolve (node:internal)'); console.error('}'); console.error('Node.js v20'); process.exit(1)";
    const { error } = await connectLocal([process.execPath, '-e', script]);
    expect(error.message).toMatch(/^The debugger did not start \(.*node.* -e .*\): node exited with code 1: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module 'unterminated arg'\. Check the debugger path/);
    const reason = error.message.slice(error.message.indexOf('): '));
    expect(reason).not.toMatch(/\.echo|Node\.js v20|\bat resolve/);
  });

  it('a Disconnect the user asked for ends "disconnected" without an exit code as its reason', async () => {
    const core = createCoreService();
    const states: SessionState[] = [];
    const off = core.onEvent((name, payload) => {
      if (name === 'session.state') states.push(payload as SessionState);
    });
    try {
      await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
      await core.handlers['session.disconnect']({});
      expect(states.at(-1)).toMatchObject({ state: 'disconnected', reason: null });
      expect(states.some((s) => /exited with code/.test(s.reason ?? ''))).toBe(false);
    } finally {
      off();
      await core.dispose();
    }
  });

  it('investigate --debugger /bin/cat exits 1 with the message; false says what to check', async () => {
    const cat = await runCli(['investigate', '--debugger', '/bin/cat']);
    expect(cat.code).toBe(1);
    expect(cat.stderr).toContain('This program did not answer like kd or cdb: /bin/cat.');
    expect(cat.stdout).toBe('');
    const fails = await runCli(['investigate', '--debugger', 'false']);
    expect(fails.code).toBe(1);
    expect(fails.stderr).toContain('The debugger did not start (false): false exited with code 1. Check the command line');
    expect(fails.stderr).not.toContain('.echo');
  });

  it('investigate --json carries the conclusion at the top level', async () => {
    const run = await runCli(['investigate', '--demo', 'special-pool-corruption-x64', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { conclusion: { verdict: string; suspects: unknown[]; next: unknown; summary: string } };
    expect(Object.keys(report.conclusion).sort()).toEqual(['next', 'summary', 'suspects', 'verdict']);
    expect(report.conclusion.verdict).toBe('found');
    expect(report.conclusion.suspects).toEqual([
      { driver: 'overrun.sys', tag: 'Ovrn', function: 'overrun!OvrnFillBuffer+0x44', file: 'c:\\src\\overrun\\fill.c', line: 19, allocations: null, bytes: 64, growthBytesPerMinute: null },
    ]);
    expect(run.stderr).toMatch(/Conclusion \(found\): overrun\.sys wrote past the end/);
  });
});
