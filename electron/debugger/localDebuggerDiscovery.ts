// Finds kd.exe / cdb.exe on a Windows machine. Pure: the environment, a file
// test and (optionally) the new WinDbg's install folders are passed in, so the
// search is testable on any OS.
import path from 'node:path';

export type DebuggerArch = 'x64' | 'x86' | 'arm64';
export type DebuggerSource = 'windows-kits' | 'windbg' | 'path';

export interface FoundDebugger {
  path: string;
  debugger: 'kd' | 'cdb';
  arch: DebuggerArch | null;
  source: DebuggerSource;
}

export interface DiscoveryInput {
  env: Record<string, string | undefined>;
  exists(filePath: string): boolean;
  /** InstallLocation of the Microsoft.WinDbg package(s): see `windbgInstallLocationQuery`. */
  windbgInstallLocations?: readonly string[];
}

const win = path.win32;
const kitsArchDirs: Array<[string, DebuggerArch]> = [
  ['x64', 'x64'],
  ['x86', 'x86'],
  ['arm64', 'arm64'],
];
// The WinDbg (MSIX) package keeps one debugger set per architecture.
const windbgArchDirs: Array<[string, DebuggerArch]> = [
  ['amd64', 'x64'],
  ['x86', 'x86'],
  ['arm64', 'arm64'],
];

function envValue(env: DiscoveryInput['env'], name: string): string | undefined {
  // Windows environment names are case-insensitive.
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? env[key] : undefined;
}

function hostArch(env: DiscoveryInput['env']): DebuggerArch {
  const arch = (envValue(env, 'PROCESSOR_ARCHITEW6432') ?? envValue(env, 'PROCESSOR_ARCHITECTURE') ?? '').toUpperCase();
  if (arch === 'ARM64') return 'arm64';
  if (arch === 'X86') return 'x86';
  return 'x64';
}

export function discoverWindowsDebuggers(input: DiscoveryInput): FoundDebugger[] {
  const { env, exists } = input;
  const found: FoundDebugger[] = [];
  const seen = new Set<string>();
  const add = (candidate: FoundDebugger) => {
    const key = candidate.path.toLowerCase();
    if (seen.has(key) || !exists(candidate.path)) return;
    seen.add(key);
    found.push(candidate);
  };

  const programFolders = [envValue(env, 'ProgramFiles(x86)'), envValue(env, 'ProgramFiles'), envValue(env, 'ProgramW6432')].filter(
    (p): p is string => !!p,
  );
  for (const root of programFolders) {
    for (const kit of ['10', '8.1']) {
      for (const [dir, arch] of kitsArchDirs) {
        for (const name of ['kd', 'cdb'] as const) {
          add({ path: win.join(root, 'Windows Kits', kit, 'Debuggers', dir, `${name}.exe`), debugger: name, arch, source: 'windows-kits' });
        }
      }
    }
  }
  for (const location of input.windbgInstallLocations ?? []) {
    for (const [dir, arch] of windbgArchDirs) {
      for (const name of ['kd', 'cdb'] as const) {
        add({ path: win.join(location, dir, `${name}.exe`), debugger: name, arch, source: 'windbg' });
      }
    }
  }
  // What `where kd.exe` would find.
  for (const dir of (envValue(env, 'PATH') ?? '').split(';').filter(Boolean)) {
    for (const name of ['kd', 'cdb'] as const) {
      add({ path: win.join(dir.replace(/^"|"$/g, ''), `${name}.exe`), debugger: name, arch: null, source: 'path' });
    }
  }

  // The host's architecture first; otherwise discovery order (kd before cdb in each folder).
  const preferred = hostArch(env);
  const rank = (d: FoundDebugger) => (d.arch === preferred || d.arch === null ? 0 : 1);
  return found
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map(({ d }) => d);
}

/** argv that prints the WinDbg package's install folder(s), one per line. */
export const windbgInstallLocationQuery = [
  'powershell.exe',
  '-NoProfile',
  '-NonInteractive',
  '-Command',
  'Get-AppxPackage -Name Microsoft.WinDbg | ForEach-Object { $_.InstallLocation }',
];

export function parseWindbgInstallLocations(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^[A-Za-z]:\\/.test(l));
}
