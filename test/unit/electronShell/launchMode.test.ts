import { describe, expect, it } from 'vitest';
import { browserModeNotice, chooseLaunchMode } from '../../../build/scripts/start/launchMode.mjs';

const desktop = { env: { DISPLAY: ':0' }, platform: 'linux', isRoot: false, electronPath: '/x/electron' };

describe('npm start: Electron or browser mode', () => {
  it('runs Electron when the binary exists and there is a screen', () => {
    expect(chooseLaunchMode(desktop)).toEqual({ mode: 'electron' });
    expect(chooseLaunchMode({ ...desktop, env: {}, platform: 'win32' })).toEqual({ mode: 'electron' });
  });

  it('tries the download when the binary is missing', () => {
    expect(chooseLaunchMode({ ...desktop, electronPath: null })).toEqual({ mode: 'download' });
  });

  it('goes straight to browser mode without opening a browser in CI or without a display', () => {
    expect(chooseLaunchMode({ ...desktop, env: { CI: 'true', DISPLAY: ':0' } })).toMatchObject({ mode: 'browser', open: false });
    const headless = chooseLaunchMode({ ...desktop, env: {} });
    expect(headless).toMatchObject({ mode: 'browser', open: false });
    expect(headless.mode === 'browser' && headless.reason).toMatch(/DISPLAY/);
    expect(chooseLaunchMode({ ...desktop, env: { WAYLAND_DISPLAY: 'wayland-0' } })).toEqual({ mode: 'electron' });
  });

  it('does not run Electron as root on Linux (it would need --no-sandbox)', () => {
    expect(chooseLaunchMode({ ...desktop, isRoot: true })).toMatchObject({ mode: 'browser', open: true });
  });

  it('explains the fallback in one line', () => {
    expect(browserModeNotice('no Electron binary (download failed: ENOTFOUND)')).toBe(
      'PoolSleuth: no Electron binary (download failed: ENOTFOUND); starting browser mode instead.',
    );
  });
});
