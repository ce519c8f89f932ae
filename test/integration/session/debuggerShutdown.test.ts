// Stdin and shutdown: the debugger's stdin is never closed while it lives (kd/cdb at
// EOF were reported to spin), Disconnect sends `q`, waits, then ends the whole process
// tree. kdsim's eof-spin fault prints "kdsim eof-spin: …" the moment it sees EOF.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DebuggerSession } from '../../../electron/debugger/debuggerSession';
import type { TransportExit } from '../../../electron/debugger/debuggerTransport';
import { LocalProcessTransport } from '../../../electron/debugger/localProcessTransport';
import { ownCliLauncher } from '../../../electron/service/nodeEntryPoints';
import { descendantPids } from '../sshHarness/processTree';

const kdsim = (...args: string[]) => [...ownCliLauncher().argvPrefix, 'kdsim', '--scenario', 'mydriver-x86', ...args];

/** Running (a zombie waiting for a reaper that is not ours to run counts as ended). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

let session: DebuggerSession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

function open(argv: string[], quitGraceMs = 3000) {
  const transport = new LocalProcessTransport({ argv, description: 'kdsim', quitGraceMs });
  let consoleText = '';
  const exits: TransportExit[] = [];
  session = new DebuggerSession(transport, { console: (t) => (consoleText += t), ended: (e) => exits.push(e) }, { hangTimeoutMs: 0 });
  return { transport, session, exits, console: () => consoleText };
}

describe('stdin and shutdown', () => {
  it('control: kdsim with eof-spin does spin when its stdin reaches EOF', async () => {
    const [command, ...args] = kdsim('--fault', 'eof-spin');
    const child = spawn(command!, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    const spun = new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        if (out.split('\n').length > 500) resolve();
      }),
    );
    child.stdin.end('.echo hi\n');
    await spun;
    child.kill('SIGKILL');
    expect(out).toContain('kdsim eof-spin: stdin reached end of file; printing without end');
  });

  it('Disconnect quits with q (exit code 0) and never feeds EOF', async () => {
    const s = open(kdsim('--fault', 'eof-spin'));
    await s.session.start();
    expect((await s.session.execute('.echo one')).output).toBe('one\n');
    await s.session.close();
    expect(s.exits).toHaveLength(1);
    expect(s.exits[0]).toMatchObject({ expected: true, reason: 'kdsim exited with code 0' });
    expect(s.console()).not.toContain('eof-spin');
    expect(s.session.state.state).toBe('disconnected');
  });

  it('a debugger deaf to q is ended with its process tree after the grace period, still without EOF', async () => {
    // A shell that leaves a child behind (like a wrapper), then becomes kdsim; kdsim hangs after 3 lines.
    const script = `sleep 300 & exec "$0" "$@"`;
    const s = open(['/bin/sh', '-c', script, ...kdsim('--fault', 'eof-spin', '--fault', 'hang=3')], 500);
    await s.session.start();
    expect((await s.session.execute('.echo one')).output).toBe('one\n');
    const pid = s.transport.pid!;
    const children = descendantPids(pid);
    expect(children.length).toBeGreaterThan(0);
    await s.session.close();
    expect(s.exits[0]?.reason).toMatch(/kdsim was killed by SIGKILL/);
    expect(s.console()).not.toContain('eof-spin');
    expect(alive(pid)).toBe(false);
    for (const child of children) await expect.poll(() => alive(child)).toBe(false);
  });
});
