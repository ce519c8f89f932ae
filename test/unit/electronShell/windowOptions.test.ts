import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../../../electron/main/windowOptions';

describe('main window options', () => {
  const options = createWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences!;

  it('isolates and sandboxes the renderer, without Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('denies middle-click (auxclick) navigation', () => {
    expect(prefs.disableBlinkFeatures?.split(',').map((f) => f.trim())).toContain('Auxclick');
  });

  it('uses the given preload and sets a background colour and minimum size', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
  });
});
