// The helper itself needs Windows (AttachConsole/GenerateConsoleCtrlEvent) and is
// not run here; these tests pin how it is invoked and what is sent over SSH.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildLocalBreakHelperArgv,
  buildRemoteBreakCommand,
  compactBreakHelperScript,
  inlineBreakHelperScript,
} from '../../../electron/debugger/windowsBreakHelper';
import { windowsBreakHelperScript } from '../../../electron/debugger/windowsBreakHelperScript';
import { splitWindowsCommandLine } from '../../../electron/debugger/windowsCommandLine';
import { simulateCmdLine } from '../ssh/cmdLineSimulator';

const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf16le');

describe('Send-DebuggerBreak.ps1', () => {
  it('the shipped file and the inline copy are identical', () => {
    expect(readFileSync('build/helpers/Send-DebuggerBreak.ps1', 'utf8')).toBe(windowsBreakHelperScript);
  });

  it('detaches, attaches to the debugger console, shields itself and sends the event to group 0', () => {
    const s = windowsBreakHelperScript;
    const order = ['$api::FreeConsole()', '$api::AttachConsole([uint32]$ProcessId)', '$api::ShieldSelf()', '$api::GenerateConsoleCtrlEvent([uint32]$ctrlEvent, 0)'].map((t) => s.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(s).toContain('SetConsoleCtrlHandler(IntPtr.Zero, true)');
    expect(s).toMatch(/\[ValidateRange\(1, 2147483647\)\]\[int\]\$ProcessId/);
  });
});

describe('local break helper argv', () => {
  it('runs the shipped script for a pid', () => {
    expect(buildLocalBreakHelperArgv('C:\\Program Files\\PoolSleuth\\resources\\helpers\\Send-DebuggerBreak.ps1', 4242)).toEqual([
      'powershell.exe',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-File',
      'C:\\Program Files\\PoolSleuth\\resources\\helpers\\Send-DebuggerBreak.ps1',
      '-ProcessId',
      '4242',
      '-Event',
      'CtrlC',
    ]);
    expect(buildLocalBreakHelperArgv('C:\\h\\Send-DebuggerBreak.ps1', 7, 'CtrlBreak').at(-1)).toBe('CtrlBreak');
  });

  it('refuses anything but a positive integer pid', () => {
    for (const pid of [0, -1, 1.5, Number.NaN, 2 ** 31]) expect(() => buildLocalBreakHelperArgv('C:\\h\\x.ps1', pid)).toThrow(/process id/);
    expect(() => buildLocalBreakHelperArgv('C:\\h\\x.bat', 1)).toThrow(/\.ps1/);
  });
});

describe('remote (SSH) break command', () => {
  it('sends the script inline with -EncodedCommand (UTF-16LE base64), quoted per shell', () => {
    const viaCmd = buildRemoteBreakCommand('cmd', 4242);
    const argv = splitWindowsCommandLine(simulateCmdLine(viaCmd, { OS: 'Windows_NT' }).text);
    expect(argv.slice(0, -1)).toEqual(['powershell.exe', '-NoLogo', '-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
    expect(decode(argv.at(-1)!)).toBe(inlineBreakHelperScript(4242));
    expect(decode(argv.at(-1)!)).toMatch(/-ProcessId 4242 -Event CtrlC\n$/);

    const viaPowerShell = buildRemoteBreakCommand('powershell', 4242, 'CtrlBreak');
    expect(viaPowerShell).toMatch(/^& 'powershell\.exe' '-NoLogo' .* '-EncodedCommand' '[A-Za-z0-9+/=]+'$/);
  });

  it('fits in cmd.exe\'s 8191-character command line', () => {
    expect(buildRemoteBreakCommand('cmd', 2147483647).length).toBeLessThan(8191 - 100);
    expect(compactBreakHelperScript()).not.toContain('.SYNOPSIS');
    expect(compactBreakHelperScript()).toContain('GenerateConsoleCtrlEvent');
  });
});
