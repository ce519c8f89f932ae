// The spawn options chosen per platform. Windows cannot run here, so the choice for
// 'win32' is checked as data: no `detached` (libuv would add DETACHED_PROCESS, leaving kd
// without a console for the break helper), every stdio piped and `windowsHide` (libuv then
// adds CREATE_NO_WINDOW: a hidden console of kd's own), Break through the console-control helper.
import { execFileSync, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { localBreakMethod, localSpawnOptions } from '../../../electron/debugger/localSpawnOptions';

describe('localSpawnOptions', () => {
  it('win32: own hidden console (all stdio piped, windowsHide), not detached, no shell; Break by the helper', () => {
    const options = localSpawnOptions('win32', 'C:\\dumps', { PATH: 'C:\\Windows' });
    expect(options).toEqual({ cwd: 'C:\\dumps', env: { PATH: 'C:\\Windows' }, stdio: ['pipe', 'pipe', 'pipe'], shell: false, windowsHide: true, detached: false });
    expect(localBreakMethod('win32')).toBe('console-ctrl-helper');
  });

  it.each(['linux', 'darwin'] as const)('%s: its own process group (detached), all stdio piped; Break by SIGINT', (platform) => {
    const options = localSpawnOptions(platform, undefined, {});
    expect(options.detached).toBe(true);
    expect(options.stdio).toEqual(['pipe', 'pipe', 'pipe']);
    expect(options.shell).toBe(false);
    expect(localBreakMethod(platform)).toBe('sigint');
  });

  it('on this POSIX machine the options really make the child a process group leader', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => undefined, 30000)'], localSpawnOptions(process.platform, undefined, process.env));
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const pgid = Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(child.pid)], { encoding: 'utf8' }).trim());
      expect(pgid).toBe(child.pid);
      expect(pgid).not.toBe(Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(process.pid)], { encoding: 'utf8' }).trim()));
    } finally {
      child.kill('SIGKILL');
    }
  });
});
