import { describe, expect, it } from 'vitest';
import { discoverWindowsDebuggers, parseWindbgInstallLocations } from '../../../electron/debugger/localDebuggerDiscovery';

const kits = 'C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers';
const windbg = 'C:\\Program Files\\WindowsApps\\Microsoft.WinDbg_1.2410.11001.0_x64__8wekyb3d8bbwe';

function fakeFs(paths: string[]) {
  const set = new Set(paths.map((p) => p.toLowerCase()));
  return (p: string) => set.has(p.toLowerCase());
}

describe('discoverWindowsDebuggers', () => {
  const env = { 'ProgramFiles(x86)': 'C:\\Program Files (x86)', ProgramFiles: 'C:\\Program Files', PROCESSOR_ARCHITECTURE: 'AMD64', Path: 'C:\\Windows\\system32;C:\\tools\\dbg' };

  it('finds the Windows Kits debuggers, host architecture first', () => {
    const exists = fakeFs([`${kits}\\x86\\kd.exe`, `${kits}\\x64\\kd.exe`, `${kits}\\x64\\cdb.exe`, `${kits}\\arm64\\kd.exe`]);
    const found = discoverWindowsDebuggers({ env, exists });
    expect(found.map((f) => [f.path, f.debugger, f.arch, f.source])).toEqual([
      [`${kits}\\x64\\kd.exe`, 'kd', 'x64', 'windows-kits'],
      [`${kits}\\x64\\cdb.exe`, 'cdb', 'x64', 'windows-kits'],
      [`${kits}\\x86\\kd.exe`, 'kd', 'x86', 'windows-kits'],
      [`${kits}\\arm64\\kd.exe`, 'kd', 'arm64', 'windows-kits'],
    ]);
  });

  it('prefers arm64 on an ARM64 host (also from a 32-bit process)', () => {
    const exists = fakeFs([`${kits}\\x64\\kd.exe`, `${kits}\\arm64\\kd.exe`]);
    const found = discoverWindowsDebuggers({ env: { ...env, PROCESSOR_ARCHITECTURE: 'x86', PROCESSOR_ARCHITEW6432: 'ARM64' }, exists });
    expect(found[0]!.arch).toBe('arm64');
  });

  it('finds the new WinDbg and PATH entries, without duplicates', () => {
    const exists = fakeFs([`${windbg}\\amd64\\kd.exe`, `${windbg}\\amd64\\cdb.exe`, 'C:\\tools\\dbg\\kd.exe', `${kits}\\x64\\kd.exe`]);
    const found = discoverWindowsDebuggers({ env: { ...env, Path: `C:\\tools\\dbg;${kits}\\x64` }, exists, windbgInstallLocations: [windbg] });
    expect(found.map((f) => `${f.source}:${f.path}`)).toEqual([
      `windows-kits:${kits}\\x64\\kd.exe`,
      `windbg:${windbg}\\amd64\\kd.exe`,
      `windbg:${windbg}\\amd64\\cdb.exe`,
      'path:C:\\tools\\dbg\\kd.exe',
    ]);
  });

  it('returns nothing on a machine without debuggers', () => {
    expect(discoverWindowsDebuggers({ env: {}, exists: () => false })).toEqual([]);
  });

  it('parses Get-AppxPackage output', () => {
    expect(parseWindbgInstallLocations(`${windbg}\r\n\r\nWARNING: x\r\n`)).toEqual([windbg]);
  });
});
