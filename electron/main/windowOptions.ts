// Options of the main window. The renderer is untrusted (DESIGN.md §9): it
// runs sandboxed, isolated from the preload, without Node.
import type { BrowserWindowConstructorOptions } from 'electron';

/** Matches the UI's dark theme so the window does not flash white while loading. */
export const windowBackgroundColor = '#1e1e1e';

export interface WindowPlacement {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  /** Window icon (Linux; Windows and macOS show the executable's / bundle's). */
  icon?: string;
}

export function createWindowOptions(preloadPath: string, placement: WindowPlacement = {}): BrowserWindowConstructorOptions {
  return {
    width: placement.width ?? 1400,
    height: placement.height ?? 900,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    ...(placement.icon ? { icon: placement.icon } : {}),
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
      // Middle-click (auxclick) on a link would open it as a new window outside the
      // page's own click handling, i.e. without the link confirmation (issue 17).
      disableBlinkFeatures: 'Auxclick',
      // A drop becomes a will-navigate to the file's URL, which the navigation guards
      // cancel; a dump or transcript is then opened by the shell (navigationGuards.ts).
      navigateOnDragDrop: true,
      spellcheck: false,
    },
  };
}
