// The desktop shell's pure parts: which launch arguments open what, the jump list,
// window placement on the screens there are, recent-target labels, the log's
// redaction and rotation.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { jumpListCategories, recentTargetIdFromArgv } from '../../../electron/main/jumpList';
import { createMainLog, redactSecrets } from '../../../electron/main/mainLog';
import { openableFileFromArgv, openableKindOf } from '../../../electron/main/openableFiles';
import { menuLabelText, recentTargetLabel, recentTargetsFrom } from '../../../electron/main/recentTargets';
import { restoredBounds } from '../../../electron/main/windowBounds';

vi.mock('electron', () => import('./fakeElectron'));
const { droppedFile } = await import('../../../electron/main/navigationGuards');

describe('files the app opens', () => {
  it('knows dumps and transcripts by extension, in any case', () => {
    expect(openableKindOf('C:\\dumps\\MEMORY.DMP')).toBe('dump');
    expect(openableKindOf('/x/app.mdmp')).toBe('dump');
    expect(openableKindOf('/x/session.pstranscript')).toBe('transcript');
    expect(openableKindOf('/x/report.html')).toBeNull();
  });

  it('takes the last dump/transcript argument, skips switches, resolves relative paths', () => {
    expect(openableFileFromArgv(['PoolSleuth.exe', '--demo', 'MEMORY.DMP'], '/home/dev')).toEqual({ kind: 'dump', path: '/home/dev/MEMORY.DMP' });
    expect(openableFileFromArgv(['electron', '.', '/t/a.pstranscript'], '/w')).toEqual({ kind: 'transcript', path: '/t/a.pstranscript' });
    expect(openableFileFromArgv(['electron', '.', '--demo'], '/w')).toBeNull();
    expect(openableFileFromArgv(['x', '--flag=a.dmp'], '/w')).toBeNull();
  });

  it('reads a drop as a file: URL of a dump or transcript only', () => {
    expect(droppedFile('file:///home/dev/MEMORY.DMP')).toEqual({ kind: 'dump', path: '/home/dev/MEMORY.DMP' });
    expect(droppedFile('file:///home/dev/a%20b.pstranscript')).toEqual({ kind: 'transcript', path: '/home/dev/a b.pstranscript' });
    expect(droppedFile('file:///etc/passwd')).toBeNull();
    expect(droppedFile('https://example.com/x.dmp')).toBeNull();
    expect(droppedFile('not a url')).toBeNull();
  });
});

describe('jump list', () => {
  const recent = recentTargetsFrom({
    profiles: [],
    recentDumps: [],
    recent: [{ profile: { kind: 'demo', id: 'demo-1', name: 'Demo', scenario: 'mydriver-x86' }, usedAt: '2026-12-05T08:00:00Z' }],
  });

  it('relaunches the executable with --recent-target=<id>, plus Windows recent files and a demo task', () => {
    const categories = jumpListCategories(recent, 'C:\\Program Files\\PoolSleuth\\PoolSleuth.exe');
    expect(categories.map((c) => c.type)).toEqual(['custom', 'recent', 'tasks']);
    expect(categories[0]!.items![0]).toMatchObject({ type: 'task', title: 'Demo target: mydriver-x86', args: '--recent-target=demo-1', program: 'C:\\Program Files\\PoolSleuth\\PoolSleuth.exe' });
    expect(categories[2]!.items![0]).toMatchObject({ args: '--demo' });
    expect(jumpListCategories([], 'x.exe').map((c) => c.type)).toEqual(['recent', 'tasks']); // no empty custom category
  });

  it('accepts only a well-formed profile id back', () => {
    expect(recentTargetIdFromArgv(['PoolSleuth.exe', '--recent-target=demo-1'])).toBe('demo-1');
    expect(recentTargetIdFromArgv(['PoolSleuth.exe', '--recent-target=../../x'])).toBeNull();
    expect(recentTargetIdFromArgv(['PoolSleuth.exe', '--recent-target="a b"'])).toBeNull();
  });
});

describe('recent target labels', () => {
  it('says what each target is; & is shown literally in menus', () => {
    expect(recentTargetLabel({ kind: 'local', id: 'd', name: 'MEMORY.DMP', preset: { kind: 'dump', executable: 'kd.exe', dumpPath: 'C:\\dumps\\MEMORY.DMP' } })).toBe(
      'Crash dump: MEMORY.DMP (C:\\dumps\\MEMORY.DMP)',
    );
    expect(
      recentTargetLabel({ kind: 'ssh', id: 's', name: 'Lab', host: 'lab01', port: 22, user: 'dev', auth: { method: 'agent' }, remote: { kind: 'local-kernel', executable: 'kd.exe' } }),
    ).toBe('SSH dev@lab01: Lab');
    expect(menuLabelText('R&D lab')).toBe('R&&D lab');
  });
});

describe('window placement', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  it('keeps bounds that are on a screen, drops the position of bounds that are not, shrinks oversize ones', () => {
    expect(restoredBounds({ x: 100, y: 80, width: 1200, height: 800, maximized: false }, screen)).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: false });
    // The monitor it was on (to the right) is gone.
    expect(restoredBounds({ x: 2500, y: 100, width: 1200, height: 800, maximized: true }, screen)).toEqual({ width: 1200, height: 800, maximized: true });
    expect(restoredBounds({ x: 0, y: 0, width: 4000, height: 3000, maximized: false }, screen)).toMatchObject({ width: 1920, height: 1040 });
    expect(restoredBounds(undefined, screen)).toEqual({ maximized: false });
  });
});

describe('main process log', () => {
  it('redacts passwords, passphrases, KDNET keys and tokens', () => {
    const line = redactSecrets('kd -k net:port=50000,key=1.2.3.4 password=hunter2 passphrase: "open sesame" token=abc123 user=dev');
    expect(line).not.toMatch(/1\.2\.3\.4|hunter2|open sesame|abc123/);
    expect(line).toContain('user=dev');
    expect(line).toContain('key=[redacted]');
  });

  it('rotates at 1 MB and keeps three old files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poolsleuth-log-'));
    try {
      const log = createMainLog(dir);
      const big = 'x'.repeat(300 * 1024);
      for (let i = 0; i < 20; i++) log.write('info', `${i} ${big}`);
      expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
      expect(readFileSync(join(dir, 'main.log'), 'utf8')).toMatch(/ INFO {2}19 x/);
      writeFileSync(join(dir, 'main.log'), '');
      log.write('error', 'password=secret');
      expect(readFileSync(join(dir, 'main.log'), 'utf8')).toMatch(/ERROR password=\[redacted\]\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
