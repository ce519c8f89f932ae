// Spill files are bounded and their failures are never silent: past the session's disk
// limit, or when the disk refuses a write (EFBIG under a file-size limit, as ENOSPC on a
// full disk), the command's output is cut, the result is marked truncated with the
// reason, the console says so at once, and the session stays usable. Spill folders of a
// crashed run (dead pid in the name) are removed at the next start. kdsim over real pipes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kdsimSession } from './kdsimProcess';

const kdsimArgs = ['--generate', 'allocations=300,log=16384'];
let dir = '';
let expected = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'poolsleuth-spill-limits-'));
  const reference = kdsimSession(kdsimArgs);
  try {
    await reference.start();
    expected = (await reference.execute('!verifier 0x80', { timeoutMs: 600_000 })).output;
  } finally {
    await reference.close();
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spill limits', () => {
  it('past the disk limit the output is cut, marked truncated, the user warned; what was kept is the start; the session goes on', { timeout: 300_000 }, async () => {
    const parent = path.join(dir, 'budget');
    mkdirSync(parent);
    const limit = 1024 * 1024;
    expect(expected.length).toBeGreaterThan(3 * limit);
    const consoleText: string[] = [];
    const session = kdsimSession(kdsimArgs, { console: (t) => consoleText.push(t) }, { outputMemoryCapChars: 64 * 1024, tempParentDir: parent, spillDiskLimitBytes: limit });
    try {
      await session.start();
      const result = await session.execute('!verifier 0x80', { timeoutMs: 600_000 });
      expect(result.truncated).toMatch(/disk limit of 1 MB/);
      expect(result.output).toMatch(/\[PoolSleuth\] Output truncated after \d+ characters \(\d+ more not kept\)/);
      expect(consoleText.join('')).toContain("Warning: the output of '!verifier 0x80' is cut here: the session's spill files reached their disk limit of 1 MB");
      const kept = await result.spilled!.text();
      expect(kept.length).toBe(result.spilled!.length);
      expect(kept.length).toBeGreaterThan(limit / 2);
      expect(expected.startsWith(kept)).toBe(true);
      expect(statSync(result.spilled!.spillPath!).size).toBeLessThanOrEqual(limit);
      expect(session.spillDiskUsedBytes).toBeLessThanOrEqual(limit);
      // The console still showed all of it (only the kept copy is cut).
      expect(consoleText.join('')).toContain(expected.slice(-2000).replace(/\n/g, '\r\n'));
      expect((await session.execute('.echo after')).output).toBe('after\n');
      expect(session.state.state).toBe('ready');
    } finally {
      await session.close();
    }
    expect(readdirSync(parent)).toEqual([]);
  });

  it('a write the disk refuses (EFBIG under ulimit -f) cuts the output with the reason; the session stays usable', { timeout: 300_000 }, async () => {
    const parent = path.join(dir, 'fsize');
    mkdirSync(parent);
    const script = path.join(import.meta.dirname, 'fixtures', 'spillUnderFileSizeLimit.ts');
    // 1024 blocks of 1 KB: the spill file may grow to 1 MB.
    const child = spawn('bash', ['-c', 'ulimit -f 1024; exec "$0" --import tsx "$1" "$2"', process.execPath, script, parent], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code, err).toBe(0);
    const report = JSON.parse(out.trim().split('\n').at(-1)!) as { truncated: string | null; spilledChars: number; outputTail: string; notes: string[]; after: string; state: string };
    expect(report.truncated).toBe('writing the spill file failed (EFBIG)');
    expect(report.outputTail).toContain('Output truncated after');
    expect(report.notes.join('')).toContain("Warning: the output of '!verifier 0x80' is cut here: writing the spill file failed (EFBIG)");
    expect(report.spilledChars).toBeGreaterThan(0);
    expect(report.spilledChars).toBeLessThanOrEqual(1024 * 1024);
    expect(report.after).toBe('still-usable\n');
    expect(report.state).toBe('ready');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('removes spill folders of dead processes at start, keeps those of live ones', { timeout: 120_000 }, async () => {
    const parent = path.join(dir, 'stale');
    mkdirSync(parent);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    const stale = path.join(parent, `poolsleuth-session-${deadPid}-AbC123`);
    const live = path.join(parent, `poolsleuth-session-${process.ppid}-XyZ789`);
    const unrelated = path.join(parent, `poolsleuth-session-notapid-aaaaaa`);
    for (const folder of [stale, live, unrelated]) {
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'command-output-1.txt'), 'left behind');
    }
    const session = kdsimSession(['--scenario', 'mydriver-x86'], {}, { tempParentDir: parent });
    try {
      await session.start();
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(live)).toBe(true);
      expect(existsSync(unrelated)).toBe(true);
    } finally {
      await session.close();
    }
  });
});
