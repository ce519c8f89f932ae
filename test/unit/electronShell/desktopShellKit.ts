// Shared set-up for the desktop-shell tests: a temporary home with a fake kd.exe
// (a script that runs kdsim, so `kd -z <dump>` really connects), a dump file, the
// real core service over a temporary settings folder, and a recording DesktopPlatform.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageBoxOptions, OpenDialogOptions } from 'electron';
import { vi } from 'vitest';
import type { DesktopPlatform } from '../../../electron/main/desktopActions';
import { repoRoot } from '../../../electron/service/nodeEntryPoints';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';

export interface DesktopHome {
  dir: string;
  settingsDir: string;
  userData: string;
  logs: string;
  kd: string;
  dump: string;
  cleanup(): void;
}

/** kd.exe stand-in: ignores `-z <dump>` and serves the seed's MyDriver dump (kdsim) on stdin/stdout. */
export function makeDesktopHome(): DesktopHome {
  const dir = mkdtempSync(join(tmpdir(), 'poolsleuth-desktop-'));
  const kd = join(dir, 'Debuggers', 'kd.exe');
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const cli = join(repoRoot, 'electron/cli/main.ts');
  mkdirSync(join(dir, 'Debuggers'));
  writeFileSync(kd, `#!/bin/sh\nexec "${process.execPath}" --import "${tsx}" "${cli}" kdsim --scenario mydriver-x86\n`);
  chmodSync(kd, 0o755);
  const dump = join(dir, 'dumps', 'MEMORY.DMP');
  mkdirSync(join(dir, 'dumps'));
  writeFileSync(dump, 'PAGEDU64 (stand-in dump)');
  const home = {
    dir,
    settingsDir: join(dir, 'settings'),
    userData: join(dir, 'userData'),
    logs: join(dir, 'logs'),
    kd,
    dump,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  mkdirSync(home.settingsDir);
  return home;
}

export function realCore(home: DesktopHome): CoreService {
  return createCoreService({ settingsDir: home.settingsDir });
}

export interface RecordingPlatform extends DesktopPlatform {
  showOpenDialog: ReturnType<typeof vi.fn<(parent: unknown, options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>>>;
  showMessageBox: ReturnType<typeof vi.fn<(parent: unknown, options: MessageBoxOptions) => Promise<unknown>>>;
  openPath: ReturnType<typeof vi.fn<(folder: string) => Promise<string>>>;
  addRecentDocument: ReturnType<typeof vi.fn<(file: string) => void>>;
  setJumpList: ReturnType<typeof vi.fn<NonNullable<DesktopPlatform['setJumpList']>>>;
}

export function recordingPlatform(): RecordingPlatform {
  return {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
    openPath: vi.fn(async () => ''),
    addRecentDocument: vi.fn(),
    setJumpList: vi.fn(),
  };
}
