// The application menu. File → Open transcript…, Save transcript… and
// Export report… send a `ui.command` event to the page, which performs them
// with the same contract requests as its own buttons (one code path in both
// shells). Open Crash Dump…, Open Recent and Help → Open Logs Folder are the
// desktop shell's own (desktopActions.ts).
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { ipcEventChannel, type ConnectionProfile, type UiCommand } from '../contract';
import { showAboutDialog } from './aboutDialog';
import type { IpcEventMessage } from './ipcHost';
import { menuLabelText, type RecentTarget } from './recentTargets';

/** The desktop-only entries; without them (tests of the page commands) the menu has just those. */
export interface DesktopMenuActions {
  openCrashDump(): void;
  openRecent(profile: ConnectionProfile): void;
  recent: readonly RecentTarget[];
  openLogsFolder(): void;
}

export interface AppMenuOptions {
  /** Running under `electron-vite dev`: adds reload and developer tools. */
  isDev: boolean;
  platform: NodeJS.Platform;
  getWindow(): BrowserWindow | null;
  desktop?: DesktopMenuActions;
}

/** Asks the page to perform a menu command; nothing happens without a window. */
export function sendUiCommand(window: BrowserWindow | null, command: UiCommand): void {
  if (!window || window.isDestroyed()) return;
  const message: IpcEventMessage = { event: 'ui.command', payload: { command } };
  window.webContents.send(ipcEventChannel, message);
}

export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, accelerator: string, name: UiCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => sendUiCommand(options.getWindow(), name),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  const desktop = options.desktop;
  const recentItems: MenuItemConstructorOptions[] =
    desktop && desktop.recent.length > 0
      ? desktop.recent.map((target) => ({ label: menuLabelText(target.label), click: () => desktop.openRecent(target.profile) }))
      : [{ label: 'No recent targets', enabled: false }];
  const desktopOpenItems: MenuItemConstructorOptions[] = desktop
    ? [{ label: 'Open &Crash Dump…', accelerator: 'CmdOrCtrl+D', click: () => desktop.openCrashDump() }]
    : [];
  template.push({
    label: '&File',
    submenu: [
      ...desktopOpenItems,
      command('&Open transcript…', 'CmdOrCtrl+O', 'open-transcript'),
      ...(desktop ? [{ label: 'Open &Recent', submenu: recentItems }] : []),
      command('&Save transcript…', 'CmdOrCtrl+S', 'save-transcript'),
      { type: 'separator' },
      command('&Export report…', 'CmdOrCtrl+E', 'export-report'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
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
    submenu: [
      ...(desktop ? [{ label: 'Open &Logs Folder', click: () => desktop.openLogsFolder() }, { type: 'separator' as const }] : []),
      { label: 'About PoolSleuth', click: () => void showAboutDialog(options.getWindow()) },
    ],
  });
  return template;
}

export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildAppMenuTemplate(options)));
}
