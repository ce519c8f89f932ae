import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildRemoteLaunchCommand, remotePidLinePattern, windowsDebuggerWrapperScript } from '../../../electron/debugger/ssh/remoteLaunchCommand';
import { classifyShellProbeOutput, shellProbeCommand } from '../../../electron/debugger/ssh/remoteShellDetection';
import { splitWindowsCommandLine } from '../../../electron/debugger/windowsCommandLine';
import { simulateCmdLine } from './cmdLineSimulator';

const kd = 'C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\kd.exe';

describe('remote shell detection', () => {
  it('classifies the probe output of each shell', () => {
    expect(classifyShellProbeOutput('"PSPROBE|Windows_NT|$PSHOME|"\r\n')).toBe('cmd');
    expect(classifyShellProbeOutput('PSPROBE|%OS%|C:\\Windows\\System32\\WindowsPowerShell\\v1.0|\r\n')).toBe('powershell');
    expect(classifyShellProbeOutput('Welcome to lab01\nPSPROBE|%OS%||\n')).toBe('posix');
    expect(() => classifyShellProbeOutput('tcsh: PSHOME: Undefined variable.')).toThrow(/Could not recognise the remote shell/);
  });

  it('the probe really reads as POSIX in /bin/sh', () => {
    const out = spawnSync('/bin/sh', ['-c', shellProbeCommand], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(classifyShellProbeOutput(out.stdout)).toBe('posix');
  });
});

describe('remote launch command', () => {
  it('POSIX: reports the pid on stderr, then execs the debugger', () => {
    const line = buildRemoteLaunchCommand('posix', ['/opt/kd sim/kd', '-z', "Bob's & $HOME.dmp"]);
    expect(line).toBe(`echo "PSPID:$$" >&2; exec '/opt/kd sim/kd' -z 'Bob'\\''s & $HOME.dmp'`);
    const out = spawnSync('/bin/sh', ['-c', buildRemoteLaunchCommand('posix', ['printf', '%s|', 'a b', '$x'])], { encoding: 'utf8' });
    expect(out.stdout).toBe('a b|$x|');
    expect(out.stderr.trim()).toMatch(remotePidLinePattern);
  });

  it('Windows: a PowerShell wrapper (inline, base64) that starts kd with CRT-quoted arguments', () => {
    const argv = [kd, '-y', 'srv*C:\\sym', '-z', "C:\\dumps\\Bob's 100% & co\\MEMORY.DMP"];
    const script = windowsDebuggerWrapperScript(argv);
    expect(script).toContain(`$si.FileName = '${kd}'`);
    expect(script).toContain(`$si.Arguments = '-y srv*C:\\sym -z "C:\\dumps\\Bob''s 100% & co\\MEMORY.DMP"'`);
    expect(script.indexOf('Process]::Start')).toBeLessThan(script.indexOf('SetConsoleCtrlHandler('));

    const viaCmd = splitWindowsCommandLine(simulateCmdLine(buildRemoteLaunchCommand('cmd', argv), { OS: 'Windows_NT' }).text);
    expect(viaCmd[0]).toBe('powershell.exe');
    expect(viaCmd).toContain('-EncodedCommand');
    expect(Buffer.from(viaCmd.at(-1)!, 'base64').toString('utf16le')).toBe(script);
    expect(buildRemoteLaunchCommand('powershell', argv)).toMatch(/^& 'powershell\.exe' /);
  });

  it('can launch without the pid wrapper (plain quoting for the shell)', () => {
    expect(buildRemoteLaunchCommand('powershell', [kd, '-kl'], { reportPid: false })).toBe(`& '${kd}' '-kl'`);
    expect(buildRemoteLaunchCommand('posix', ['kd', '-kl'], { reportPid: false })).toBe('kd -kl');
  });
});
