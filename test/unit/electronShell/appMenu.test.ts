import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcEventChannel } from '../../../electron/contract';
import { dialog, FakeBrowserWindow, Menu, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));
const { buildAppMenuTemplate, installAppMenu, sendUiCommand } = await import('../../../electron/main/appMenu');

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const roles = (items: MenuItemConstructorOptions[]) => flatten(items).map((item) => item.role).filter(Boolean);

describe('application menu', () => {
  beforeEach(() => resetFakeElectron());

  it('offers reload and developer tools only in development', () => {
    const built = roles(buildAppMenuTemplate({ isDev: false, platform: 'win32', getWindow: () => null }));
    expect(built).not.toContain('reload');
    expect(built).not.toContain('forceReload');
    expect(built).not.toContain('toggleDevTools');
    expect(built).toEqual(expect.arrayContaining(['quit', 'zoomIn', 'zoomOut', 'resetZoom', 'editMenu']));

    const dev = roles(buildAppMenuTemplate({ isDev: true, platform: 'win32', getWindow: () => null }));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has File, View and Help menus; About shows a dialog', async () => {
    const template = buildAppMenuTemplate({ isDev: false, platform: 'linux', getWindow: () => null });
    expect(template.map((item) => item.label).filter(Boolean)).toEqual(['&File', '&View', '&Help']);
    const about = flatten(template).find((item) => item.label === 'About PoolSleuth');
    expect(about?.click).toBeTypeOf('function');
    (about!.click as () => void)();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(JSON.stringify(dialog.showMessageBox.mock.calls[0])).toContain('PoolSleuth 0.1.0');
  });

  it('uses the macOS app menu on darwin', () => {
    expect(buildAppMenuTemplate({ isDev: false, platform: 'darwin', getWindow: () => null })[0]).toEqual({ role: 'appMenu' });
  });

  it('installs the built menu', () => {
    installAppMenu({ isDev: false, platform: 'linux', getWindow: () => null });
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]!.value);
  });

  it('File offers Open transcript…, Save transcript… and Export report…, each sending a ui.command to the page', () => {
    const window = new FakeBrowserWindow({});
    const template = buildAppMenuTemplate({ isDev: false, platform: 'win32', getWindow: () => window as never });
    const file = template.find((item) => item.label === '&File')!;
    const items = (file.submenu as MenuItemConstructorOptions[]).filter((item) => item.label);
    expect(items.map((item) => [item.label, item.accelerator])).toEqual([
      ['&Open transcript…', 'CmdOrCtrl+O'],
      ['&Save transcript…', 'CmdOrCtrl+S'],
      ['&Export report…', 'CmdOrCtrl+E'],
      ['Quit', undefined],
    ]);
    for (const item of items.slice(0, 3)) (item.click as () => void)();
    expect(window.webContents.sent).toEqual([
      { channel: ipcEventChannel, args: [{ event: 'ui.command', payload: { command: 'open-transcript' } }] },
      { channel: ipcEventChannel, args: [{ event: 'ui.command', payload: { command: 'save-transcript' } }] },
      { channel: ipcEventChannel, args: [{ event: 'ui.command', payload: { command: 'export-report' } }] },
    ]);
  });

  it('sends nothing without a live window', () => {
    const window = new FakeBrowserWindow({});
    window.destroyed = true;
    expect(() => sendUiCommand(null, 'save-transcript')).not.toThrow();
    sendUiCommand(window as never, 'save-transcript');
    expect(window.webContents.sent).toEqual([]);
  });
});
