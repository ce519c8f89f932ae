// Ends a local debugger and everything it started. POSIX: the child leads its own
// process group (spawned detached), so the group is signalled. Windows: taskkill /T
// walks the tree (kd's children, a wrapper's debugger).
import { spawn, type ChildProcess } from 'node:child_process';

export async function endProcessTree(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  if (process.platform === 'win32') {
    await new Promise<void>((resolve) => {
      const killer = spawn('taskkill', ['/PID', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
      killer.once('error', () => resolve());
      killer.once('close', () => resolve());
    });
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Not a group leader (spawned elsewhere) or already gone: the process alone.
    child.kill('SIGKILL');
  }
}
