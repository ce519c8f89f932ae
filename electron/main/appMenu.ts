// The application menu. Only commands the app can actually perform are
// listed: transcript open/save and report export appear here once the
// contract has methods for them (today they are not in requestSchemas).
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { showAboutDialog } from './aboutDialog';

export interface AppMenuOptions {
  /** Running under `electron-vite dev`: adds reload and developer tools. */
  isDev: boolean;
  platform: NodeJS.Platform;
  getWindow(): BrowserWindow | null;
}

export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({
    label: '&File',
    submenu: [isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' }],
  });
  // Without these roles copy/paste shortcuts do not work on macOS.
  template.push({ role: 'editMenu' });
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  template.push({
    label: '&View',
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });
  template.push({
    label: '&Help',
    submenu: [{ label: 'About PoolSleuth', click: () => void showAboutDialog(options.getWindow()) }],
  });
  return template;
}

export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildAppMenuTemplate(options)));
}
