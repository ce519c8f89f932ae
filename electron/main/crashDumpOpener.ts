// File → Open Crash Dump…, a dropped or double-clicked .dmp: the local debugger
// preset `kd -z <dump>` with the debugger used last time (remembered), else the one
// found on this machine (Windows Kits, WinDbg, PATH), else the one the user picks.
// Every step is a core request (local.discover, local.buildArgv, session.connect,
// profiles.recordRecent), validated like the page's own.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { FoundDebugger, LocalPreset } from '../contract';
import type { RequestHandlers } from '../service/apiDispatcher';
import { requestCore } from './coreRequest';
import type { DesktopStateStore } from './desktopState';

export interface CrashDumpOpenerDeps {
  handlers: RequestHandlers;
  state: DesktopStateStore;
  /** Asks the user for kd.exe / cdb.exe; null when cancelled. */
  pickDebugger(): Promise<string | null>;
  fileExists?(file: string): boolean;
}

/** `reason: null` means the user cancelled (nothing to report). */
export type CrashDumpOutcome = { opened: true; argv: string[] } | { opened: false; reason: string | null };

/** kd for a kernel dump when there is one; x64 before arm64 before x86 (the order local.discover uses within a kind). */
function preferredDebugger(found: readonly FoundDebugger[]): string | null {
  return (found.find((d) => d.debugger === 'kd') ?? found.find((d) => d.debugger === 'cdb'))?.path ?? null;
}

async function chooseDebugger(deps: CrashDumpOpenerDeps): Promise<string | null> {
  const exists = deps.fileExists ?? existsSync;
  const remembered = deps.state.read().debuggerPath;
  if (remembered && exists(remembered)) return remembered;
  const { debuggers } = await requestCore(deps.handlers, 'local.discover', {});
  return preferredDebugger(debuggers) ?? (await deps.pickDebugger());
}

/** The last path segment, for Windows and POSIX paths alike (the dump may name a C:\\ path on any OS). */
export function fileNameOf(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** A stable recent-list id per dump file, so opening it again moves it up instead of adding a copy. */
export function recentDumpProfileId(dumpPath: string): string {
  return `dump-${createHash('sha256').update(dumpPath.toLowerCase()).digest('hex').slice(0, 24)}`;
}

export async function openCrashDump(deps: CrashDumpOpenerDeps, dumpPath: string): Promise<CrashDumpOutcome> {
  const executable = await chooseDebugger(deps);
  if (!executable) return { opened: false, reason: null };
  const preset: LocalPreset = { kind: 'dump', executable, dumpPath };
  const built = await requestCore(deps.handlers, 'local.buildArgv', { preset, checkFiles: true });
  if (!built.valid) {
    // A remembered debugger that no longer works is forgotten, so the next try looks again.
    if (built.field === 'executable' && deps.state.read().debuggerPath === executable) deps.state.update({ debuggerPath: undefined });
    return { opened: false, reason: built.message };
  }
  deps.state.update({ debuggerPath: executable });
  await requestCore(deps.handlers, 'session.connect', { target: { kind: 'local', argv: built.argv } });
  const name = fileNameOf(dumpPath).slice(0, 120) || 'Crash dump';
  await requestCore(deps.handlers, 'profiles.recordRecent', { profile: { kind: 'local', id: recentDumpProfileId(dumpPath), name, preset } });
  return { opened: true, argv: built.argv };
}
