// What the desktop shell does on the user's behalf: open a crash dump or a
// transcript (menu, file association, second launch, drag-and-drop), reconnect a
// recent target, keep File → Open Recent and the jump list current, open the logs
// folder. Failures are shown in a message box and logged; nothing here throws.
import type { BrowserWindow, MessageBoxOptions, OpenDialogOptions } from 'electron';
import type { ConnectionProfile } from '../contract';
import type { RequestHandlers } from '../service/apiDispatcher';
import { requestCore } from './coreRequest';
import { fileNameOf, openCrashDump } from './crashDumpOpener';
import type { DesktopStateStore } from './desktopState';
import type { MainLog } from './mainLog';
import type { OpenableFile } from './openableFiles';
import { connectRecentTarget, recentTargetsFrom, type RecentTarget } from './recentTargets';
import { openTranscriptText, readTranscriptText } from './transcriptFileOpener';

export const crashDumpFilters: OpenDialogOptions['filters'] = [
  { name: 'Crash dumps', extensions: ['dmp', 'mdmp', 'hdmp'] },
  { name: 'All files', extensions: ['*'] },
];
const debuggerFilters: OpenDialogOptions['filters'] = [
  { name: 'kd.exe / cdb.exe', extensions: ['exe'] },
  { name: 'All files', extensions: ['*'] },
];

/** The Electron calls this needs, injectable for tests. */
export interface DesktopPlatform {
  showOpenDialog(parent: BrowserWindow | null, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessageBox(parent: BrowserWindow | null, options: MessageBoxOptions): Promise<unknown>;
  openPath(folder: string): Promise<string>;
  addRecentDocument(file: string): void;
  /** Windows only; absent elsewhere. */
  setJumpList?(recent: readonly RecentTarget[]): void;
  readTextFile?(file: string): Promise<string>;
}

export interface DesktopActionsOptions {
  handlers: RequestHandlers;
  state: DesktopStateStore;
  log: MainLog;
  platform: DesktopPlatform;
  getWindow(): BrowserWindow | null;
  /** The recent list changed: rebuild the menu. */
  onRecentChanged(recent: readonly RecentTarget[]): void;
}

export interface DesktopActions {
  openFile(file: OpenableFile): Promise<void>;
  openCrashDumpWithDialog(): Promise<void>;
  openRecent(profile: ConnectionProfile): Promise<void>;
  openRecentById(id: string): Promise<void>;
  refreshRecent(): Promise<void>;
  recent(): readonly RecentTarget[];
  openLogsFolder(): Promise<void>;
}

export function createDesktopActions(options: DesktopActionsOptions): DesktopActions {
  const { handlers, state, log, platform, getWindow } = options;
  let recent: RecentTarget[] = [];

  const pickOne = async (dialogOptions: OpenDialogOptions): Promise<string | null> => {
    const picked = await platform.showOpenDialog(getWindow(), { ...dialogOptions, properties: ['openFile'] });
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  };

  const report = async (what: string, err: unknown): Promise<void> => {
    const detail = err instanceof Error ? err.message : String(err);
    log.write('error', `${what}: ${detail}`);
    await platform.showMessageBox(getWindow(), { type: 'error', title: 'PoolSleuth', message: what, detail, buttons: ['OK'] }).catch(() => undefined);
  };

  const refreshRecent = async (): Promise<void> => {
    try {
      recent = recentTargetsFrom(await requestCore(handlers, 'profiles.list', {}));
    } catch (err) {
      log.write('warn', `recent targets unavailable: ${err instanceof Error ? err.message : String(err)}`);
      recent = [];
    }
    platform.setJumpList?.(recent);
    options.onRecentChanged(recent);
  };

  const openDump = async (dumpPath: string): Promise<void> => {
    log.write('info', `opening crash dump ${dumpPath}`);
    const outcome = await openCrashDump({
      handlers,
      state,
      pickDebugger: () => pickOne({ title: 'Where is kd.exe or cdb.exe? (Debugging Tools for Windows)', filters: debuggerFilters }),
    }, dumpPath);
    if (!outcome.opened) {
      if (outcome.reason !== null) await report(`Could not open ${fileNameOf(dumpPath)}`, new Error(outcome.reason));
      return;
    }
    platform.addRecentDocument(dumpPath);
  };

  const openTranscript = async (file: string): Promise<void> => {
    log.write('info', `opening transcript ${file}`);
    const text = await (platform.readTextFile ?? readTranscriptText)(file);
    await openTranscriptText(handlers, file, text);
    platform.addRecentDocument(file);
  };

  const guarded =
    <A extends unknown[]>(what: (...args: A) => string, action: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await action(...args);
      } catch (err) {
        await report(what(...args), err);
      } finally {
        await refreshRecent();
      }
    };

  const openRecent = guarded(
    (profile: ConnectionProfile) => `Could not connect to ${profile.name}`,
    (profile: ConnectionProfile) => connectRecentTarget(handlers, profile),
  );

  return {
    openFile: guarded(
      (file: OpenableFile) => `Could not open ${fileNameOf(file.path)}`,
      (file: OpenableFile) => (file.kind === 'dump' ? openDump(file.path) : openTranscript(file.path)),
    ),
    openCrashDumpWithDialog: guarded(
      () => 'Could not open the crash dump',
      async () => {
        const file = await pickOne({ title: 'Open crash dump', filters: crashDumpFilters });
        if (file) await openDump(file);
      },
    ),
    openRecent,
    openRecentById: async (id) => {
      if (recent.length === 0) await refreshRecent();
      const target = recent.find((t) => t.profile.id === id);
      if (target) await openRecent(target.profile);
      else log.write('warn', `recent target ${id} is no longer in the list`);
    },
    refreshRecent,
    recent: () => recent,
    openLogsFolder: async () => {
      const failure = await platform.openPath(log.dir);
      if (failure) await report('Could not open the logs folder', new Error(`${log.dir}: ${failure}`));
    },
  };
}
