// App lifecycle: one instance, one main window over one core service, quit
// when the last window closes (except on macOS), core disposed before exit.
import { app, BrowserWindow, session } from 'electron';
import { resolveAppLocation, type AppLocation } from './appLocation';
import { installAppMenu } from './appMenu';
import { installAppProtocol, registerAppSchemePrivileges } from './appProtocol';
import { buildContentSecurityPolicy, installContentSecurityPolicy } from './contentSecurityPolicy';
import { registerIpcHost, type IpcCore } from './ipcHost';
import { pageUrlWithLaunchQuery, parseLaunchArguments } from './launchArguments';
import { installNavigationGuards } from './navigationGuards';
import { installPermissionPolicy } from './permissionPolicy';
import { createWindowOptions } from './windowOptions';

export interface MainProcessCore extends IpcCore {
  dispose(): Promise<void>;
}

export interface MainProcessOptions {
  createCore(): MainProcessCore;
  /** Directory of the built main bundle (out/main). */
  mainDir: string;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
}

/** A core that does not shut down within this time is abandoned so the app can still quit. */
const coreDisposeTimeoutMs = 5000;

function createMainWindow(location: AppLocation, pageUrl: string): BrowserWindow {
  const window = new BrowserWindow(createWindowOptions(location.preloadPath));
  installNavigationGuards(window.webContents, location.isAppUrl);
  window.once('ready-to-show', () => window.show());
  window.loadURL(pageUrl).catch((err: unknown) => {
    console.error(`PoolSleuth: could not load ${pageUrl}: ${err instanceof Error ? err.message : String(err)}`);
  });
  return window;
}

async function disposeWithTimeout(core: MainProcessCore): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.warn('PoolSleuth: core service did not stop in time; quitting anyway');
      resolve();
    }, coreDisposeTimeoutMs);
  });
  try {
    await Promise.race([core.dispose(), timeout]);
  } catch (err) {
    console.error(`PoolSleuth: core shutdown failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    clearTimeout(timer);
  }
}

export function startMainProcess(options: MainProcessOptions): void {
  // A second launch focuses the running window instead of starting a second core.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const location = resolveAppLocation({
    mainDir: options.mainDir,
    isPackaged: app.isPackaged,
    rendererUrlFromEnv: options.env.ELECTRON_RENDERER_URL,
  });
  registerAppSchemePrivileges();
  const pageUrl = pageUrlWithLaunchQuery(location.pageUrl, parseLaunchArguments(options.argv));
  let mainWindow: BrowserWindow | null = null;
  const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
  const openMainWindow = (): void => {
    const window = createMainWindow(location, pageUrl);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      const policy = buildContentSecurityPolicy({ devServerUrl: location.devServerUrl });
      // app:// responses carry the policy themselves; the header hook covers the dev server.
      if (!location.devServerUrl) installAppProtocol(location.rendererDir, policy);
      installContentSecurityPolicy(session.defaultSession, policy);
      installPermissionPolicy(session.defaultSession);
      const core = options.createCore();
      const unregisterIpc = registerIpcHost({ core, getWindow, isAppUrl: location.isAppUrl });
      installAppMenu({ isDev: location.devServerUrl !== undefined, platform: process.platform, getWindow });
      openMainWindow();

      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });

      // Stop the debugger session (kill kd, close SSH) before the process exits.
      let coreStopped = false;
      app.on('will-quit', (event) => {
        if (coreStopped) return;
        event.preventDefault();
        unregisterIpc();
        void disposeWithTimeout(core).then(() => {
          coreStopped = true;
          app.quit();
        });
      });
    })
    .catch((err: unknown) => {
      console.error(`PoolSleuth: start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      app.exit(1);
    });
}
