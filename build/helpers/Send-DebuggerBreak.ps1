<#
.SYNOPSIS
  Makes a console debugger (kd.exe / cdb.exe) break in, like pressing Ctrl+C in its window.
.DESCRIPTION
  Shipped with PoolSleuth. Console control events can only be sent to the
  console the sender is attached to, so the script detaches from its own
  console, attaches to the debugger's, shields itself from the event and
  generates it for every process on that console (process group 0).
  Exit codes: 0 sent, 2 cannot attach (wrong pid, other session, no console), 3 send failed.
.EXAMPLE
  powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File Send-DebuggerBreak.ps1 -ProcessId 4242
#>
param(
  [Parameter(Mandatory = $true)][ValidateRange(1, 2147483647)][int]$ProcessId,
  [ValidateSet('CtrlC', 'CtrlBreak')][string]$Event = 'CtrlC'
)
$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
namespace PoolSleuth {
  public static class ConsoleBreak {
    public delegate bool HandlerRoutine(uint ctrlType);
    [DllImport("kernel32.dll", SetLastError = true)] public static extern bool FreeConsole();
    [DllImport("kernel32.dll", SetLastError = true)] public static extern bool AttachConsole(uint processId);
    [DllImport("kernel32.dll", SetLastError = true)] public static extern bool SetConsoleCtrlHandler(IntPtr handler, bool add);
    [DllImport("kernel32.dll", SetLastError = true)] static extern bool SetConsoleCtrlHandler(HandlerRoutine handler, bool add);
    [DllImport("kernel32.dll", SetLastError = true)] public static extern bool GenerateConsoleCtrlEvent(uint ctrlEvent, uint processGroupId);
    // Kept in a static field so the garbage collector cannot free it while registered.
    static readonly HandlerRoutine swallow = delegate (uint ctrlType) { return true; };
    // Ctrl+C is ignored through the NULL handler; Ctrl+Break needs a handler that returns TRUE.
    public static bool ShieldSelf() { return SetConsoleCtrlHandler(IntPtr.Zero, true) && SetConsoleCtrlHandler(swallow, true); }
  }
}
'@
$api = [PoolSleuth.ConsoleBreak]
[void]$api::FreeConsole()
if (-not $api::AttachConsole([uint32]$ProcessId)) {
  $code = [System.Runtime.InteropServices.Marshal]::GetLastWin32Error()
  [Console]::Error.WriteLine("Send-DebuggerBreak: cannot attach to the console of process $ProcessId (Win32 error $code)")
  exit 2
}
[void]$api::ShieldSelf()
$ctrlEvent = if ($Event -eq 'CtrlBreak') { 1 } else { 0 }
if (-not $api::GenerateConsoleCtrlEvent([uint32]$ctrlEvent, 0)) {
  $code = [System.Runtime.InteropServices.Marshal]::GetLastWin32Error()
  [Console]::Error.WriteLine("Send-DebuggerBreak: GenerateConsoleCtrlEvent failed (Win32 error $code)")
  exit 3
}
# The event is delivered on a new thread in each process; stay attached until it has been.
Start-Sleep -Milliseconds 250
[void]$api::FreeConsole()
[Console]::Out.WriteLine("BREAK-SENT $ProcessId $Event")
exit 0
