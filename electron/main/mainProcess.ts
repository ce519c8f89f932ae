// App lifecycle: one instance, one main window over one core service, quit
// when the last window closes (except on macOS), core disposed before exit.
// A second launch hands its file (dump, transcript) or jump-list target to the
// running window; the window's bounds and the last debugger are remembered.
import { existsSync } from 'node:fs';
import { app, BrowserWindow, screen, session } from 'electron';
import type { ConnectionProfile } from '../contract';
import { resolveAppLocation, type AppLocation } from './appLocation';
import { installAppMenu } from './appMenu';
import { installAppProtocol, registerAppSchemePrivileges } from './appProtocol';
import { bundledResources } from './bundledResources';
import { buildContentSecurityPolicy, installContentSecurityPolicy } from './contentSecurityPolicy';
import { createDesktopActions, type DesktopActions, type DesktopPlatform } from './desktopActions';
import { createDesktopStateStore, type DesktopStateStore } from './desktopState';
import { electronDesktopPlatform } from './electronDesktopPlatform';
import { registerIpcHost, type IpcCore } from './ipcHost';
import { recentTargetIdFromArgv } from './jumpList';
import { pageUrlWithLaunchQuery, parseLaunchArguments } from './launchArguments';
import { createMainLog, teeConsoleToLog, type MainLog } from './mainLog';
import { installNavigationGuards } from './navigationGuards';
import { openableFileFromArgv, openableKindOf, type OpenableFile } from './openableFiles';
import { installPermissionPolicy } from './permissionPolicy';
import { rememberWindowBounds, restoredBounds } from './windowBounds';
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
  /** Also copy console.info/warn/error into the log file (the real app; tests leave the console alone). */
  teeConsole?: boolean;
  /** Electron's dialogs, shell and jump list (tests pass fakes that record). */
  desktopPlatform?(log: MainLog): DesktopPlatform;
}

/** A core that does not shut down within this time is abandoned so the app can still quit. */
const coreDisposeTimeoutMs = 5000;

interface WindowContext {
  location: AppLocation;
  pageUrl: string;
  state: DesktopStateStore;
  icon: string | undefined;
  onFileDropped(file: OpenableFile): void;
}

function createMainWindow({ location, pageUrl, state, icon, onFileDropped }: WindowContext): BrowserWindow {
  const placement = restoredBounds(state.read().window, screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow(createWindowOptions(location.preloadPath, { ...placement, icon }));
  installNavigationGuards(window.webContents, location.isAppUrl, onFileDropped);
  rememberWindowBounds(window, (bounds) => state.update({ window: bounds }));
  if (placement.maximized) window.maximize();
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
  // The installer's app id (build/electron-builder.yml), so the jump list and taskbar belong to the installed app.
  if (process.platform === 'win32') app.setAppUserModelId('dev.poolsleuth.app');
  const log = createMainLog(app.getPath('logs'));
  if (options.teeConsole) teeConsoleToLog(log);
  log.write('info', `PoolSleuth ${app.getVersion()} starting (Electron ${process.versions.electron ?? '?'}, ${process.platform} ${process.arch}, ${app.isPackaged ? 'packaged' : 'from a checkout'})`);
  const state = createDesktopStateStore(app.getPath('userData'));
  const resources = bundledResources(app.isPackaged, process.resourcesPath ?? '');
  log.write('info', `break helper ${resources.breakHelperScript}${existsSync(resources.breakHelperScript) ? '' : ' (missing)'}`);

  let mainWindow: BrowserWindow | null = null;
  let pageLoaded = false;
  const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

  // Files and jump-list targets wait until the core exists and the page listens for its events.
  let actions: DesktopActions | null = null;
  const pending: ((a: DesktopActions) => Promise<void>)[] = [];
  const whenPageReady = (work: (a: DesktopActions) => Promise<void>): void => {
    if (actions && pageLoaded && getWindow()) {
      void work(actions);
      return;
    }
    pending.push(work);
    // macOS keeps running without a window: a file opened then brings one back.
    if (actions && !getWindow()) openMainWindow();
  };
  const flushPending = (): void => {
    if (!actions || !pageLoaded) return;
    for (const work of pending.splice(0)) void work(actions);
  };
  const openLaunchRequest = (argv: readonly string[], workingDirectory: string): void => {
    const file = openableFileFromArgv(argv, workingDirectory);
    if (file) whenPageReady((a) => a.openFile(file));
    const recentId = recentTargetIdFromArgv(argv);
    if (recentId) whenPageReady((a) => a.openRecentById(recentId));
  };
  openLaunchRequest(options.argv, process.cwd());

  function openMainWindow(): void {
    pageLoaded = false;
    const window = createMainWindow({
      location,
      pageUrl,
      state,
      icon: process.platform === 'linux' && existsSync(resources.windowIcon) ? resources.windowIcon : undefined,
      onFileDropped: (file) => whenPageReady((a) => a.openFile(file)),
    });
    window.webContents.once('did-finish-load', () => {
      pageLoaded = true;
      flushPending();
    });
    window.on('closed', () => {
      if (mainWindow !== window) return;
      mainWindow = null;
      pageLoaded = false;
    });
    mainWindow = window;
  }

  // A second launch (double-clicked dump, jump list entry) comes to this window with its arguments.
  app.on('second-instance', (_event: unknown, argv?: string[], workingDirectory?: string) => {
    const window = getWindow();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    openLaunchRequest(argv ?? [], workingDirectory ?? process.cwd());
  });

  // macOS delivers double-clicked and dropped-on-the-Dock files as open-file, possibly before 'ready'.
  app.on('open-file', (event: { preventDefault(): void }, path: string) => {
    const kind = openableKindOf(path);
    if (!kind) return;
    event.preventDefault();
    whenPageReady((a) => a.openFile({ kind, path }));
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
      const desktop = createDesktopActions({
        handlers: core.handlers,
        state,
        log,
        platform: (options.desktopPlatform ?? electronDesktopPlatform)(log),
        getWindow,
        onRecentChanged: () => installMenu(),
      });
      const installMenu = (): void =>
        installAppMenu({
          isDev: location.devServerUrl !== undefined,
          platform: process.platform,
          getWindow,
          desktop: {
            openCrashDump: () => void desktop.openCrashDumpWithDialog(),
            openRecent: (profile: ConnectionProfile) => void desktop.openRecent(profile),
            recent: desktop.recent(),
            openLogsFolder: () => void desktop.openLogsFolder(),
          },
        });
      // The page's own connections change the recent list too: keep the menu in step.
      const refreshAfter = <F extends (params: never) => Promise<unknown>>(handler: F): F =>
        (async (params: never) => {
          const result = await handler(params);
          void desktop.refreshRecent();
          return result;
        }) as F;
      const ipcCore: IpcCore = {
        onEvent: (listener) => core.onEvent(listener),
        handlers: {
          ...core.handlers,
          'profiles.recordRecent': refreshAfter(core.handlers['profiles.recordRecent']),
          'profiles.delete': refreshAfter(core.handlers['profiles.delete']),
        },
      };
      const unregisterIpc = registerIpcHost({ core: ipcCore, getWindow, isAppUrl: location.isAppUrl });
      installMenu();
      actions = desktop;
      void desktop.refreshRecent();
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
