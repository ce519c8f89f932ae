// desktopActions' view of Electron: dialogs parented to the main window, the OS
// file browser, the recent-documents list and (Windows, packaged) the jump list.
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { DesktopPlatform } from './desktopActions';
import { jumpListCategories } from './jumpList';
import type { MainLog } from './mainLog';

export function electronDesktopPlatform(log: MainLog): DesktopPlatform {
  const parented = <O, R>(show: { (parent: BrowserWindow, options: O): Promise<R>; (options: O): Promise<R> }) =>
    (parent: BrowserWindow | null, options: O): Promise<R> => (parent ? show(parent, options) : show(options));
  return {
    showOpenDialog: parented(dialog.showOpenDialog.bind(dialog)),
    showMessageBox: parented(dialog.showMessageBox.bind(dialog)),
    openPath: (folder) => shell.openPath(folder),
    addRecentDocument: (file) => app.addRecentDocument(file),
    // Jump list tasks relaunch the executable; from a checkout that would be a bare Electron.
    setJumpList:
      process.platform === 'win32' && app.isPackaged
        ? (recent) => {
            const result = app.setJumpList(jumpListCategories(recent, process.execPath));
            if (result !== 'ok') log.write('warn', `jump list not updated: ${result}`);
          }
        : undefined,
  };
}
