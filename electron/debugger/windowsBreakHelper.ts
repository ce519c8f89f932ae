// Command lines that run the console-control break helper (Send-DebuggerBreak.ps1)
// for a debugger process: locally from the shipped file, remotely (SSH) inline.
import { encodePowerShellCommand } from './ssh/remoteLaunchCommand';
import { quoteArgvForShell, type RemoteShell } from './ssh/remoteShellQuoting';
import { windowsBreakHelperScript } from './windowsBreakHelperScript';

export type BreakEvent = 'CtrlC' | 'CtrlBreak';

export const breakHelperFileName = 'Send-DebuggerBreak.ps1';

function checkedPid(pid: number): string {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid > 0x7fffffff) throw new Error(`Not a process id: ${pid}`);
  return String(pid);
}

/** argv for a local Windows break: spawn it directly (no shell). */
export function buildLocalBreakHelperArgv(scriptPath: string, pid: number, event: BreakEvent = 'CtrlC'): string[] {
  if (!/\.ps1$/i.test(scriptPath)) throw new Error(`The break helper must be a .ps1 file: ${scriptPath}`);
  return [
    'powershell.exe',
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-File',
    scriptPath,
    '-ProcessId',
    checkedPid(pid),
    '-Event',
    event,
  ];
}

/**
 * The script without its help block and comment lines: the encoded form must
 * stay well under cmd.exe's 8191-character command-line limit.
 */
export function compactBreakHelperScript(): string {
  return windowsBreakHelperScript
    .replace(/<#[\s\S]*?#>\n/, '')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n');
}

/** PowerShell text that runs the helper script inline with its parameters. */
export function inlineBreakHelperScript(pid: number, event: BreakEvent = 'CtrlC'): string {
  return `& {\n${compactBreakHelperScript()}\n} -ProcessId ${checkedPid(pid)} -Event ${event}\n`;
}

/**
 * argv that runs the helper inline (-EncodedCommand), so nothing needs to exist
 * on disk: used for local breaks (spawned directly) and, quoted, over SSH.
 */
export function inlineBreakHelperArgv(pid: number, event: BreakEvent = 'CtrlC'): string[] {
  const encoded = encodePowerShellCommand(inlineBreakHelperScript(pid, event));
  return [
    'powershell.exe',
    '-NoLogo',
    '-NoProfile',
    '-NonInteractive',
    '-InputFormat',
    'None',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    encoded,
  ];
}

/** The `exec` command for an SSH break on a Windows host whose default shell is `shell`. */
export function buildRemoteBreakCommand(shell: RemoteShell, pid: number, event: BreakEvent = 'CtrlC'): string {
  return quoteArgvForShell(shell, inlineBreakHelperArgv(pid, event));
}
