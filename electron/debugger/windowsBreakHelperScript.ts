// Generated copy of build/helpers/Send-DebuggerBreak.ps1 (a unit test keeps them identical):
// the SSH break sends the script inline (-EncodedCommand), so nothing has to exist on the host.
export const windowsBreakHelperScript = "<#\n" +
  ".SYNOPSIS\n" +
  "  Makes a console debugger (kd.exe / cdb.exe) break in, like pressing Ctrl+C in its window.\n" +
  ".DESCRIPTION\n" +
  "  Shipped with PoolSleuth. Console control events can only be sent to the\n" +
  "  console the sender is attached to, so the script detaches from its own\n" +
  "  console, attaches to the debugger's, shields itself from the event and\n" +
  "  generates it for every process on that console (process group 0).\n" +
  "  Exit codes: 0 sent, 2 cannot attach (wrong pid, other session, no console), 3 send failed.\n" +
  ".EXAMPLE\n" +
  "  powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File Send-DebuggerBreak.ps1 -ProcessId 4242\n" +
  "#>\n" +
  "param(\n" +
  "  [Parameter(Mandatory = $true)][ValidateRange(1, 2147483647)][int]$ProcessId,\n" +
  "  [ValidateSet('CtrlC', 'CtrlBreak')][string]$Event = 'CtrlC'\n" +
  ")\n" +
  "$ErrorActionPreference = 'Stop'\n" +
  "Add-Type -TypeDefinition @'\n" +
  "using System;\n" +
  "using System.Runtime.InteropServices;\n" +
  "namespace PoolSleuth {\n" +
  "  public static class ConsoleBreak {\n" +
  "    public delegate bool HandlerRoutine(uint ctrlType);\n" +
  "    [DllImport(\"kernel32.dll\", SetLastError = true)] public static extern bool FreeConsole();\n" +
  "    [DllImport(\"kernel32.dll\", SetLastError = true)] public static extern bool AttachConsole(uint processId);\n" +
  "    [DllImport(\"kernel32.dll\", SetLastError = true)] public static extern bool SetConsoleCtrlHandler(IntPtr handler, bool add);\n" +
  "    [DllImport(\"kernel32.dll\", SetLastError = true)] static extern bool SetConsoleCtrlHandler(HandlerRoutine handler, bool add);\n" +
  "    [DllImport(\"kernel32.dll\", SetLastError = true)] public static extern bool GenerateConsoleCtrlEvent(uint ctrlEvent, uint processGroupId);\n" +
  "    // Kept in a static field so the garbage collector cannot free it while registered.\n" +
  "    static readonly HandlerRoutine swallow = delegate (uint ctrlType) { return true; };\n" +
  "    // Ctrl+C is ignored through the NULL handler; Ctrl+Break needs a handler that returns TRUE.\n" +
  "    public static bool ShieldSelf() { return SetConsoleCtrlHandler(IntPtr.Zero, true) && SetConsoleCtrlHandler(swallow, true); }\n" +
  "  }\n" +
  "}\n" +
  "'@\n" +
  "$api = [PoolSleuth.ConsoleBreak]\n" +
  "[void]$api::FreeConsole()\n" +
  "if (-not $api::AttachConsole([uint32]$ProcessId)) {\n" +
  "  $code = [System.Runtime.InteropServices.Marshal]::GetLastWin32Error()\n" +
  "  [Console]::Error.WriteLine(\"Send-DebuggerBreak: cannot attach to the console of process $ProcessId (Win32 error $code)\")\n" +
  "  exit 2\n" +
  "}\n" +
  "[void]$api::ShieldSelf()\n" +
  "$ctrlEvent = if ($Event -eq 'CtrlBreak') { 1 } else { 0 }\n" +
  "if (-not $api::GenerateConsoleCtrlEvent([uint32]$ctrlEvent, 0)) {\n" +
  "  $code = [System.Runtime.InteropServices.Marshal]::GetLastWin32Error()\n" +
  "  [Console]::Error.WriteLine(\"Send-DebuggerBreak: GenerateConsoleCtrlEvent failed (Win32 error $code)\")\n" +
  "  exit 3\n" +
  "}\n" +
  "# The event is delivered on a new thread in each process; stay attached until it has been.\n" +
  "Start-Sleep -Milliseconds 250\n" +
  "[void]$api::FreeConsole()\n" +
  "[Console]::Out.WriteLine(\"BREAK-SENT $ProcessId $Event\")\n" +
  "exit 0\n" +
  "";
