import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannelFor, requestMethods } from '../../../electron/contract';
import type { MainProcessCore } from '../../../electron/main/mainProcess';
import { app, FakeBrowserWindow, ipcMain, Menu, protocol, resetFakeElectron, session } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));
const { startMainProcess } = await import('../../../electron/main/mainProcess');

function fakeCore(): MainProcessCore & { dispose: ReturnType<typeof vi.fn> } {
  return {
    handlers: Object.fromEntries(requestMethods.map((m) => [m, vi.fn()])) as unknown as MainProcessCore['handlers'],
    onEvent: vi.fn(() => () => undefined),
    dispose: vi.fn(async () => undefined),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('main process lifecycle', () => {
  let core: ReturnType<typeof fakeCore>;

  beforeEach(() => {
    resetFakeElectron();
    core = fakeCore();
  });

  function start(argv: string[] = ['electron', '/app']) {
    startMainProcess({ createCore: () => core, mainDir: '/app/out/main', argv, env: {} });
  }

  it('opens one secure window on the built page once ready, with CSP, IPC and menu installed', async () => {
    start(['electron', '/app', '--demo']);
    expect(FakeBrowserWindow.instances).toHaveLength(0); // nothing before 'ready'
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1); // and the scheme before it
    expect(protocol.handlers.size).toBe(0);
    await flush();

    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const [window] = FakeBrowserWindow.instances;
    const prefs = window!.options.webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/out/preload/index.cjs' });
    expect(window!.loadedUrls).toEqual(['app://poolsleuth/index.html?target=demo']);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.handlers.has('app')).toBe(true);
    expect(window!.webContents.listeners.has('will-navigate')).toBe(true);
    expect(window!.webContents.windowOpenHandler).toBeDefined();

    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalled(); // again whenever the recent list is read
    expect([...ipcMain.handlers.keys()].sort()).toEqual(requestMethods.map(ipcChannelFor).sort());
  });

  it('quits at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    start();
    await flush();
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    start();
    await flush();
    app.emit('second-instance');
    expect(FakeBrowserWindow.instances[0]!.focus).toHaveBeenCalledTimes(1);
  });

  it.skipIf(process.platform === 'darwin')('quits when the last window closes (not macOS)', async () => {
    start();
    await flush();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('stops the core before the process exits', async () => {
    start();
    await flush();
    const event = { preventDefault: vi.fn() };
    app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(core.dispose).toHaveBeenCalledTimes(1);
    expect(ipcMain.handlers.size).toBe(0);
    await flush();
    expect(app.quit).toHaveBeenCalledTimes(1);

    // The second will-quit (from that app.quit) proceeds.
    const again = { preventDefault: vi.fn() };
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(core.dispose).toHaveBeenCalledTimes(1);
  });
});
