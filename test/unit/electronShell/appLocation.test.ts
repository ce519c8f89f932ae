import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fakeElectron'));
const { resolveAppLocation } = await import('../../../electron/main/appLocation');

const base = { mainDir: '/app/out/main', isPackaged: false, rendererUrlFromEnv: undefined };

describe('app location', () => {
  it('loads the built page on app:// and the preload next to the main bundle', () => {
    const location = resolveAppLocation(base);
    expect(location.pageUrl).toBe('app://poolsleuth/index.html');
    expect(location.rendererDir).toBe('/app/out/renderer');
    expect(location.preloadPath).toBe('/app/out/preload/index.cjs');
    expect(location.devServerUrl).toBeUndefined();
  });

  it("recognises only the app's own page as the app", () => {
    const { isAppUrl } = resolveAppLocation(base);
    expect(isAppUrl('app://poolsleuth/index.html')).toBe(true);
    expect(isAppUrl('app://poolsleuth/index.html?target=demo#/report')).toBe(true);
    expect(isAppUrl('app://poolsleuth/assets/other.html')).toBe(false);
    expect(isAppUrl('app://elsewhere/index.html')).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('uses a loopback dev server only when unpackaged', () => {
    const dev = resolveAppLocation({ ...base, rendererUrlFromEnv: 'http://localhost:5173' });
    expect(dev.pageUrl).toBe('http://localhost:5173/');
    expect(dev.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false);

    const packaged = resolveAppLocation({ ...base, isPackaged: true, rendererUrlFromEnv: 'http://localhost:5173' });
    expect(packaged.pageUrl).toBe('app://poolsleuth/index.html');
  });

  it('ignores a dev server URL that is not loopback', () => {
    const location = resolveAppLocation({ ...base, rendererUrlFromEnv: 'https://attacker.example/' });
    expect(location.devServerUrl).toBeUndefined();
    expect(location.isAppUrl('https://attacker.example/')).toBe(false);
  });
});
