// The SSH server for the tests: a real OpenSSH sshd when it can run (installed,
// and root to authenticate a dedicated test user), else ssh2's Server.
// POOLSLEUTH_SSH_TEST_SERVER=ssh2 forces the fallback (to test the harness itself).
import { canRunOpenSsh, startOpenSshServer, type SshTestServer } from './opensshServer';
import { startSsh2TestServer } from './ssh2TestServer';

export type { SshTestServer };

export function sshTestServerKind(): SshTestServer['kind'] {
  return process.env.POOLSLEUTH_SSH_TEST_SERVER !== 'ssh2' && canRunOpenSsh() ? 'openssh' : 'ssh2-server';
}

export async function startSshTestServer(): Promise<SshTestServer> {
  return sshTestServerKind() === 'openssh' ? startOpenSshServer() : startSsh2TestServer();
}
