// The real `poolsleuth kdsim` CLI as a child process over pipes, as the session core
// and the benchmarks use it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const REPO = join(__dirname, '../../..');
const children: ChildProcessWithoutNullStreams[] = [];

function startKdsim(args: string[]): { child: ChildProcessWithoutNullStreams; text: () => string; waitFor: (s: string) => Promise<void>; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'kdsim', ...args], {
    cwd: REPO,
    stdio: 'pipe',
  });
  children.push(child);
  let out = '';
  let err = '';
  const waiters: { needle: string; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    out += d;
    for (const w of [...waiters]) {
      if (out.includes(w.needle)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  child.stderr.on('data', (d: string) => (err += d));
  return {
    child,
    text: () => out,
    stderr: () => err,
    waitFor: (needle) =>
      out.includes(needle) ? Promise.resolve() : new Promise((resolve) => waiters.push({ needle, resolve })),
  };
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

describe('poolsleuth kdsim over pipes', () => {
  it('answers !verifier 3 MyDriver.sys then the .echo marker with prompts and no echo of the command', async () => {
    const kd = startKdsim(['--scenario', 'mydriver-x86']);
    await kd.waitFor('kd> ');
    kd.child.stdin.write('!verifier 3 MyDriver.sys\n.echo M1\n');
    await kd.waitFor('kd> M1\nkd> ');
    const out = kd.text();
    expect(out).toContain('      0x982a8fe0  0x00000020  VMdl  0x9a3bf6ac  MyDriver!DeviceControlDispatch\n');
    expect(out).toContain('      0x8645a000  0x00001008  mdrv  0x9a3bf687  MyDriver!DeviceControlDispatch\n');
    expect(out).toContain('      0x9a836fd0  0x00000030  Vfwi  0x9a3bf6ed  MyDriver!GetNecessaryObjects\n');
    expect(out).not.toContain('!verifier 3 MyDriver.sys');
    expect(out.endsWith('kd> M1\nkd> ')).toBe(true);
    kd.child.stdin.write('q\n');
    const [code] = await once(kd.child, 'exit');
    expect(code).toBe(0);
  });

  it('breaks into a running live target on SIGINT and returns to the prompt', async () => {
    const kd = startKdsim(['--scenario', 'live-growth-x64']);
    await kd.waitFor('kd> ');
    // g prints nothing and shows no prompt; the .echo before it tells us the line was read,
    // and the command queued behind it must wait for the break-in.
    kd.child.stdin.write('.echo GOING;g\n.echo AFTER\n');
    await kd.waitFor('GOING\n');
    const before = kd.text();
    expect(before.endsWith('GOING\n')).toBe(true);
    kd.child.kill('SIGINT');
    await kd.waitFor('AFTER\n');
    const after = kd.text().slice(before.length);
    expect(after).toContain('Break instruction exception - code 80000003 (first chance)');
    expect(after).toMatch(/nt!DbgBreakPointWithStatus:\n[0-9a-f`]+ cc {14}int {5}3\n\d+: kd> AFTER\n/);
    kd.child.stdin.end('q\n');
    const [code] = await once(kd.child, 'exit');
    expect(code).toBe(0);
  });

  it('--fault exit-mid-output stops in the middle of a command output and exits non-zero', async () => {
    const kd = startKdsim(['--scenario', 'mydriver-x86', '--fault', 'exit-mid-output=100']);
    await kd.waitFor('kd> ');
    const bannerLength = kd.text().length;
    kd.child.stdin.write('!verifier 3 MyDriver.sys\n.echo M1\n');
    const [code] = await once(kd.child, 'exit');
    expect(code).toBe(1);
    const output = kd.text().slice(bannerLength);
    expect(Buffer.byteLength(output)).toBe(100);
    expect(output).toContain('Verify Flags Level');
    expect(output).not.toContain('M1');
  });

  it('rejects an unknown scenario name listing the valid ones (exit 2)', async () => {
    const kd = startKdsim(['--scenario', 'no-such-scenario']);
    const [code] = await once(kd.child, 'exit');
    expect(code).toBe(2);
    expect(kd.stderr()).toContain("unknown scenario 'no-such-scenario'");
    expect(kd.stderr()).toContain('mydriver-x86');
  });
});
