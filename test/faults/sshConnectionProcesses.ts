// The sshd processes serving one SSH connection (the per-connection monitor and its
// unprivileged child), found from the remote debugger's pid: the test sshd runs on this
// machine, so they are the debugger's ancestors named "sshd: …" or "sshd-session: …". The
// listener titles itself "sshd: /usr/sbin/sshd … [listener] …" and is never touched. Lets the
// matrix cut or freeze one connection while other runs share the server.
import { readFileSync } from 'node:fs';
import { commandLineOf, signalAll } from '../integration/sshHarness/processTree';

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

export function connectionServerPids(debuggerPid: number): number[] {
  const out: number[] = [];
  for (let pid = parentOf(debuggerPid); pid !== null && pid > 1; pid = parentOf(pid)) {
    const title = commandLineOf(pid);
    if (title.includes('[listener]')) break;
    if (/^sshd(-session)?: /.test(title)) out.push(pid);
  }
  return out;
}

/** SIGKILL: the TCP link dies (the kernel closes the socket). */
export function cutConnection(debuggerPid: number): number {
  const pids = connectionServerPids(debuggerPid);
  signalAll(pids, 'SIGKILL');
  return pids.length;
}

/** SIGSTOP: the link goes silent (no data, no FIN, no keepalive replies); returns the thaw. */
export function stallConnection(debuggerPid: number): { count: number; resume(): void; end(): void } {
  const pids = connectionServerPids(debuggerPid);
  signalAll(pids, 'SIGSTOP');
  return {
    count: pids.length,
    resume: () => signalAll(pids, 'SIGCONT'),
    end: () => {
      signalAll(pids, 'SIGKILL');
      signalAll(pids, 'SIGCONT');
    },
  };
}
