// Options of the main window. The renderer is untrusted (DESIGN.md §9): it
// runs sandboxed, isolated from the preload, without Node.
import type { BrowserWindowConstructorOptions } from 'electron';

/** Matches the UI's dark theme so the window does not flash white while loading. */
export const windowBackgroundColor = '#1e1e1e';

export function createWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'PoolSleuth',
    backgroundColor: windowBackgroundColor,
    // Shown on 'ready-to-show' to avoid painting an empty frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
