// Which shell runs our `exec` requests on the remote host. One probe line is
// valid in all three shells and each expands a different part of it:
//   cmd.exe     expands %OS%           → "PSPROBE|Windows_NT|$PSHOME|"  (keeps the quotes)
//   PowerShell  expands $PSHOME        → PSPROBE|%OS%|C:\Windows\…\v1.0|
//   POSIX sh    expands $PSHOME to ''  → PSPROBE|%OS%||
import type { RemoteShell } from './remoteShellQuoting';

export const shellProbeCommand = 'echo "PSPROBE|%OS%|$PSHOME|"';

export function classifyShellProbeOutput(output: string): RemoteShell {
  const line = output.split(/\r?\n/).find((l) => l.includes('PSPROBE|'));
  if (!line) {
    const shown = output.trim().slice(0, 200) || '(no output)';
    throw new Error(`Could not recognise the remote shell: the probe printed ${shown}. Supported: cmd.exe, PowerShell, POSIX sh.`);
  }
  const fields = line.slice(line.indexOf('PSPROBE|')).replace(/"\s*$/, '').split('|');
  if (fields[1] !== '%OS%') return 'cmd';
  if ((fields[2] ?? '').length > 0) return 'powershell';
  return 'posix';
}

/** POSIX hosts get `kill -INT`; Windows hosts (cmd, PowerShell) the console-control helper. */
export function isWindowsShell(shell: RemoteShell): boolean {
  return shell !== 'posix';
}
