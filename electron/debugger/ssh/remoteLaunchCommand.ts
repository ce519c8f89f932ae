// The command line sent in the SSH `exec` request that starts the debugger.
// It makes the remote side report the debugger's process id on stderr as one
// line `PSPID:<pid>` (needed to break in later) and then runs the debugger with
// its stdin/stdout wired straight to the channel.
//   POSIX:   echo "PSPID:$$" >&2; exec 'kd' 'args'…   (exec keeps the pid)
//   Windows: powershell.exe … -EncodedCommand <wrapper>, the wrapper starts the
//            debugger (inheriting the pipes), prints its pid, ignores Ctrl+C
//            itself (the break helper's Ctrl+C reaches every process on the
//            console) and exits with the debugger's exit code.
// Base64 is inert in every shell, so only the debugger's argv needs quoting,
// and that happens inside the PowerShell script with PowerShell's own rules.
import { joinWindowsCommandLine, quoteWindowsArgument } from '../windowsCommandLine';
import { quoteArgvForShell, quotePowerShellString, type RemoteShell } from './remoteShellQuoting';

export const remotePidLinePattern = /^PSPID:(\d{1,10})\r?$/;

/** `-EncodedCommand` takes base64 of the UTF-16LE script text. */
export function encodePowerShellCommand(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

/** Arguments for a non-interactive powershell.exe that leaves stdin alone. */
export const powerShellBaseArgs = ['-NoLogo', '-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-ExecutionPolicy', 'Bypass'];

export function windowsDebuggerWrapperScript(argv: readonly string[]): string {
  const [program, ...args] = argv;
  if (!program) throw new Error('The remote command line is empty.');
  // Validates the program path the same way as a direct launch would.
  joinWindowsCommandLine([program]);
  const argumentLine = args.map(quoteWindowsArgument).join(' ');
  return [
    "$ErrorActionPreference = 'Stop'",
    '$si = New-Object System.Diagnostics.ProcessStartInfo',
    `$si.FileName = ${quotePowerShellString(program)}`,
    `$si.Arguments = ${quotePowerShellString(argumentLine)}`,
    '$si.UseShellExecute = $false',
    '$p = [System.Diagnostics.Process]::Start($si)',
    "[Console]::Error.WriteLine('PSPID:' + $p.Id)",
    '[Console]::Error.Flush()',
    // Set after the start, so the debugger does not inherit "ignore Ctrl+C".
    `Add-Type -Namespace PoolSleuth -Name Ctrl -MemberDefinition '[DllImport("kernel32.dll")] public static extern bool SetConsoleCtrlHandler(System.IntPtr h, bool add);'`,
    '[void][PoolSleuth.Ctrl]::SetConsoleCtrlHandler([System.IntPtr]::Zero, $true)',
    '$p.WaitForExit()',
    'exit $p.ExitCode',
  ].join('\n');
}

export interface RemoteLaunchOptions {
  /** Report the pid (default). Without it, break-in is only possible through channel signals. */
  reportPid?: boolean;
}

export function buildRemoteLaunchCommand(shell: RemoteShell, argv: readonly string[], options: RemoteLaunchOptions = {}): string {
  const reportPid = options.reportPid ?? true;
  if (!reportPid) return quoteArgvForShell(shell, argv);
  if (shell === 'posix') return `echo "PSPID:$$" >&2; exec ${quoteArgvForShell('posix', argv)}`;
  const encoded = encodePowerShellCommand(windowsDebuggerWrapperScript(argv));
  return quoteArgvForShell(shell, ['powershell.exe', ...powerShellBaseArgs, '-EncodedCommand', encoded]);
}
