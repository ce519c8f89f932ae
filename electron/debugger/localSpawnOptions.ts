// How a local kd/cdb is spawned, per platform: one pure function, so the choice is
// unit-tested for Windows on any machine (tests inject the platform).
//
// POSIX: `detached` makes the debugger lead its own process group, so Disconnect can end
// the group (kd/kdsim and whatever they started) and a SIGINT reaches the debugger alone.
//
// Windows: NOT `detached`. In Node (libuv) `detached` means DETACHED_PROCESS |
// CREATE_NEW_PROCESS_GROUP: the debugger would get no console at all, so the break
// helper could not attach to one to raise Ctrl+C, and a new group ignores Ctrl+C anyway.
// Node cannot ask for CREATE_NEW_PROCESS_GROUP alone. Instead every stdio is piped and
// `windowsHide` is set, so libuv adds CREATE_NO_WINDOW: the debugger gets a hidden console
// of its own. The break helper attaches to that console and raises Ctrl+C there, which
// reaches the debugger and the processes it started, never PoolSleuth (the isolation a
// process group would give). See docs/reliability.md "Break-in on Windows".
import type { SpawnOptionsWithStdioTuple, StdioPipe } from 'node:child_process';

export type LocalSpawnOptions = SpawnOptionsWithStdioTuple<StdioPipe, StdioPipe, StdioPipe> & {
  stdio: ['pipe', 'pipe', 'pipe'];
  shell: false;
  windowsHide: true;
  detached: boolean;
};

export function localSpawnOptions(platform: NodeJS.Platform, cwd: string | undefined, env: NodeJS.ProcessEnv): LocalSpawnOptions {
  return {
    cwd,
    env,
    // All piped: stdin stays ours (never closed while kd lives), and no stdio inherited keeps CREATE_NO_WINDOW.
    stdio: ['pipe', 'pipe', 'pipe'],
    shell: false,
    windowsHide: true,
    detached: platform !== 'win32',
  };
}

/** How a Break reaches the debugger on this platform. */
export function localBreakMethod(platform: NodeJS.Platform): 'sigint' | 'console-ctrl-helper' {
  return platform === 'win32' ? 'console-ctrl-helper' : 'sigint';
}
