// The desktop shell's own features through the fake `electron` module, over the real
// core service and real processes: File → Open Crash Dump…, a dump or transcript
// dropped on the window, a second launch handing over its file, File → Open Recent
// and the jump list, the remembered debugger, Help → Open Logs Folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreService } from '../../../electron/service/coreService';
import { ipcChannelFor } from '../../../electron/contract';
import { app, FakeBrowserWindow, ipcMain, Menu, resetFakeElectron } from './fakeElectron';
import { makeDesktopHome, realCore, recordingPlatform, type DesktopHome, type RecordingPlatform } from './desktopShellKit';

vi.mock('electron', () => import('./fakeElectron'));
const { startMainProcess } = await import('../../../electron/main/mainProcess');
const { desktopStateFileName } = await import('../../../electron/main/desktopState');

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
/** The menu as last installed. */
function currentMenu(): MenuItemConstructorOptions[] {
  const calls = Menu.buildFromTemplate.mock.calls;
  return flatten(calls[calls.length - 1]![0] as MenuItemConstructorOptions[]);
}
function menuItem(label: string): MenuItemConstructorOptions {
  const item = currentMenu().find((i) => i.label === label);
  if (!item) throw new Error(`no menu item '${label}' in ${currentMenu().map((i) => i.label).filter(Boolean).join(', ')}`);
  return item;
}
function recentSubmenu(): MenuItemConstructorOptions[] {
  return (menuItem('Open &Recent').submenu as MenuItemConstructorOptions[]) ?? [];
}

describe('desktop shell', () => {
  let home: DesktopHome;
  let core: CoreService;
  let platform: RecordingPlatform;

  beforeEach(() => {
    resetFakeElectron();
    home = makeDesktopHome();
    app.paths = { logs: home.logs, userData: home.userData };
    platform = recordingPlatform();
  });

  afterEach(async () => {
    await core?.dispose();
    home.cleanup();
  });

  async function start(argv: string[] = ['poolsleuth']) {
    startMainProcess({
      createCore: () => (core = realCore(home)),
      mainDir: '/app/out/main',
      argv,
      env: {},
      desktopPlatform: () => platform,
    });
    await flush();
    const window = FakeBrowserWindow.instances[0]!;
    return {
      window,
      pageLoaded: () => window.webContents.emit('did-finish-load'),
    };
  }

  const state = () => core.handlers['session.getState']({});
  const rememberDebugger = (path: string) => {
    mkdirSync(home.userData, { recursive: true });
    writeFileSync(join(home.userData, desktopStateFileName), JSON.stringify({ debuggerPath: path }));
  };

  async function waitUntilReadyOn(dump: string) {
    await vi.waitFor(async () => expect((await state()).state).toBe('ready'), { timeout: 60_000, interval: 100 });
    const recent = await core.handlers['profiles.list']({});
    expect(recent.recent[0]?.profile).toMatchObject({ kind: 'local', preset: { kind: 'dump', executable: home.kd, dumpPath: dump } });
  }

  it('File → Open Crash Dump… runs kd -z <dump> with the remembered debugger and lists it under Open Recent', async () => {
    rememberDebugger(home.kd);
    const { pageLoaded } = await start();
    pageLoaded();
    expect(recentSubmenu().map((i) => i.label)).toEqual(['No recent targets']);

    platform.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [home.dump] });
    (menuItem('Open &Crash Dump…').click as () => void)();
    await waitUntilReadyOn(home.dump);

    expect(platform.showOpenDialog).toHaveBeenCalledTimes(1); // the dump only: the debugger was remembered
    expect(platform.showOpenDialog.mock.calls[0]![1].filters).toEqual(expect.arrayContaining([expect.objectContaining({ extensions: ['dmp', 'mdmp', 'hdmp'] })]));
    expect((await state()).target).not.toBeNull();
    expect(platform.addRecentDocument).toHaveBeenCalledWith(home.dump);
    await vi.waitFor(() => expect(recentSubmenu().map((i) => i.label)).toEqual([`Crash dump: MEMORY.DMP (${home.dump})`]));
    expect(platform.setJumpList).toHaveBeenLastCalledWith([expect.objectContaining({ profile: expect.objectContaining({ kind: 'local' }) })]);
    expect(platform.showMessageBox).not.toHaveBeenCalled();
  }, 90_000);

  it('a dump dropped on the window asks once for kd.exe (none installed here), remembers it, and connects', async () => {
    const { window, pageLoaded } = await start();
    pageLoaded();
    platform.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [home.kd] });
    const drop = { url: pathToFileURL(home.dump).href, preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', drop);
    expect(drop.preventDefault).toHaveBeenCalledTimes(1); // the window never navigates to the file
    await waitUntilReadyOn(home.dump);
    expect(platform.showOpenDialog.mock.calls[0]![1].title).toMatch(/kd\.exe or cdb\.exe/);
    expect(JSON.parse(readFileSync(join(home.userData, desktopStateFileName), 'utf8'))).toMatchObject({ debuggerPath: home.kd });

    // Anything else dropped is refused and not opened.
    const other = { url: pathToFileURL(join(home.dir, 'notes.txt')).href, preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', other);
    expect(other.preventDefault).toHaveBeenCalledTimes(1);
    expect(platform.showOpenDialog).toHaveBeenCalledTimes(1);
  }, 90_000);

  it('a second launch hands its dump (a path relative to where it started) to the running window', async () => {
    rememberDebugger(home.kd);
    const { window, pageLoaded } = await start();
    pageLoaded();
    app.emit('second-instance', {}, ['PoolSleuth.exe', relative(home.dir, home.dump)], home.dir);
    expect(window.focus).toHaveBeenCalledTimes(1);
    await waitUntilReadyOn(home.dump);
  }, 90_000);

  it('a dump named at launch is opened once the page has loaded, not before', async () => {
    rememberDebugger(home.kd);
    const { pageLoaded } = await start(['PoolSleuth.exe', home.dump]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await state()).state).toBe('idle');
    pageLoaded();
    await waitUntilReadyOn(home.dump);
  }, 90_000);

  it('a missing dump is reported with the core’s reason and nothing connects', async () => {
    rememberDebugger(home.kd);
    const { pageLoaded } = await start();
    pageLoaded();
    app.emit('second-instance', {}, ['PoolSleuth.exe', join(home.dir, 'gone.dmp')], home.dir);
    await vi.waitFor(() => expect(platform.showMessageBox).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    const box = platform.showMessageBox.mock.calls[0]![1];
    expect(box).toMatchObject({ type: 'error', message: 'Could not open gone.dmp' });
    expect(box.detail).toMatch(/gone\.dmp/);
    expect((await state()).state).toBe('idle');
    const log = readFileSync(join(home.logs, 'main.log'), 'utf8');
    expect(log).toMatch(/ERROR Could not open gone\.dmp/);
  }, 60_000);

  it('File → Open Recent and a jump-list launch reconnect a recent target', async () => {
    const { window, pageLoaded } = await start();
    pageLoaded();
    // The page connected to the demo target and recorded it over IPC, as WorkflowPanel does.
    const fromPage = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const recorded = await ipcMain.handlers.get(ipcChannelFor('profiles.recordRecent'))!(fromPage, {
      profile: { kind: 'demo', id: 'demo-mydriver', name: 'Demo', scenario: 'mydriver-x86' },
    });
    expect(recorded).toEqual({ ok: true, result: { ok: true } });
    await vi.waitFor(() => expect(recentSubmenu().map((i) => i.label)).toEqual(['Demo target: mydriver-x86']), { timeout: 10_000 });

    (recentSubmenu()[0]!.click as () => void)();
    await vi.waitFor(async () => expect((await state()).state).toBe('ready'), { timeout: 60_000, interval: 100 });
    await core.handlers['session.disconnect']({});

    app.emit('second-instance', {}, ['PoolSleuth.exe', '--recent-target=demo-mydriver'], home.dir);
    await vi.waitFor(async () => expect((await state()).state).toBe('ready'), { timeout: 60_000, interval: 100 });
    expect((await state()).target?.description).toMatch(/mydriver/i);
  }, 120_000);

  it('Help → Open Logs Folder opens the folder of a log that holds no secrets', async () => {
    rememberDebugger(home.kd);
    const { pageLoaded } = await start();
    pageLoaded();
    // A path that looks like it carries a KDNET key ends up in the log only redacted.
    app.emit('second-instance', {}, ['PoolSleuth.exe', join(home.dir, 'key=TOPSECRET.dmp')], home.dir);
    await vi.waitFor(() => expect(platform.showMessageBox).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    (menuItem('Open &Logs Folder').click as () => void)();
    await vi.waitFor(() => expect(platform.openPath).toHaveBeenCalledWith(home.logs));
    const log = readFileSync(join(home.logs, 'main.log'), 'utf8');
    expect(log).toMatch(/INFO {2}PoolSleuth 0\.1\.0 starting/);
    expect(log).toMatch(/key=\[redacted\]/);
    expect(log).not.toContain('TOPSECRET');
  });
  it('a transcript dropped on the window opens as an offline session', async () => {
    // A real transcript: a short demo session saved by the core itself.
    const recorder = realCore(home);
    await recorder.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
    await recorder.handlers['session.sendLine']({ line: 'lm' });
    const saved = await recorder.handlers['transcript.save']({});
    await recorder.dispose();
    const file = join(home.dir, saved.fileName);
    writeFileSync(file, saved.content);

    const { window, pageLoaded } = await start();
    pageLoaded();
    const drop = { url: pathToFileURL(file).href, preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', drop);
    expect(drop.preventDefault).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect((await state()).target?.offline).toBe(true), { timeout: 30_000, interval: 100 });
    expect(platform.addRecentDocument).toHaveBeenCalledWith(file);
    expect((await state()).target?.description).toContain(saved.fileName);
  }, 90_000);

  it('restores the window where it was, maximized if it was, and remembers where it is closed', async () => {
    rememberDebugger(home.kd);
    const file = join(home.userData, desktopStateFileName);
    writeFileSync(file, JSON.stringify({ debuggerPath: home.kd, window: { x: 100, y: 80, width: 1200, height: 800, maximized: true } }));
    const { window } = await start();
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1200, height: 800 });
    expect(window.maximize).toHaveBeenCalledTimes(1);

    window.normalBounds = { x: 300, y: 200, width: 1000, height: 700 };
    window.maximized = false;
    window.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ debuggerPath: home.kd, window: { x: 300, y: 200, width: 1000, height: 700, maximized: false } });
  });
  it('a file opened while no window is open (macOS) brings the window back and opens there', async () => {
    rememberDebugger(home.kd);
    const { window, pageLoaded } = await start();
    pageLoaded();
    window.destroyed = true;
    window.emit('closed');
    const openFile = { preventDefault: vi.fn() };
    app.emit('open-file', openFile, home.dump);
    expect(openFile.preventDefault).toHaveBeenCalledTimes(1);
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect((await state()).state).toBe('idle'); // not before the new page has loaded
    FakeBrowserWindow.instances[1]!.webContents.emit('did-finish-load');
    await waitUntilReadyOn(home.dump);
  }, 90_000);
});
