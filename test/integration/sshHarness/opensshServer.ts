// A real OpenSSH sshd on 127.0.0.1 for the SSH tests: temporary host key,
// authorized_keys with generated client keys, password auth for a dedicated
// local test user (created once when running as root), debug log captured
// from stderr (-e) so tests can see which authentication requests arrived.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { commandLineOf, descendantPids, signalAll } from './processTree';

export const sshdPath = '/usr/sbin/sshd';
export const testUser = 'psleuth-test';

export interface SshTestServer {
  kind: 'openssh' | 'ssh2-server';
  host: string;
  port: number;
  user: string;
  /** Random per run, so a grep for it in written files is meaningful. */
  password: string;
  clientKeyFile: string;
  encryptedClientKeyFile: string;
  passphrase: string;
  /** Public host key line ("ssh-ed25519 AAAA…"). */
  hostPublicKey: string;
  dir: string;
  /** Server log lines so far. */
  log(): string[];
  /** Cuts every open connection at the server side (the TCP link dies). */
  dropConnections(): void;
  /** Makes every open connection go silent (no FIN, no keepalive replies); returns the cleanup. */
  freezeConnections(): () => void;
  stop(): Promise<void>;
}

export function canRunOpenSsh(): boolean {
  return existsSync(sshdPath) && process.getuid?.() === 0;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The test user and its password, shared by every test worker of this machine:
 * vitest runs test files in parallel processes, and a per-server password set
 * with chpasswd would change the password under another file's connection.
 * Made once (under a lock), random, kept in a root-only file.
 */
function sharedTestUserPassword(): string {
  const file = path.join(os.tmpdir(), 'psleuth-test-user.password');
  const lock = `${file}.lock`;
  for (let attempt = 0; attempt < 400; attempt++) {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    try {
      mkdirSync(lock);
    } catch {
      sleepSync(50);
      continue;
    }
    try {
      if (existsSync(file)) return readFileSync(file, 'utf8').trim();
      try {
        execFileSync('id', [testUser], { stdio: 'ignore' });
      } catch {
        execFileSync('useradd', ['--create-home', '--shell', '/bin/sh', testUser]);
      }
      const password = `Pw-${randomBytes(9).toString('base64url')}`;
      execFileSync('chpasswd', { input: `${testUser}:${password}\n` });
      writeFileSync(`${file}.tmp`, password, { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
      return password;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`Could not set up the SSH test user (lock ${lock} held for 20 s).`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForPort(port: number, isAlive: () => boolean): Promise<void> {
  for (;;) {
    if (!isAlive()) throw new Error('sshd exited before listening');
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function generateKey(file: string, passphrase = ''): string {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-C', 'poolsleuth-test', '-f', file]);
  return readFileSync(`${file}.pub`, 'utf8').trim();
}

function connectionServers(listenerPid: number): number[] {
  return descendantPids(listenerPid).filter((pid) => commandLineOf(pid).startsWith('sshd'));
}

export async function startOpenSshServer(): Promise<SshTestServer> {
  const password = sharedTestUserPassword();
  const passphrase = `Pp-${randomBytes(9).toString('base64url')}`;
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psl-sshd-'));
  // sshd reads authorized_keys with the user's rights.
  chmodSync(dir, 0o755);
  const hostKeyFile = path.join(dir, 'host_ed25519');
  generateKey(hostKeyFile);
  const clientKeyFile = path.join(dir, 'client_ed25519');
  const encryptedClientKeyFile = path.join(dir, 'client_ed25519_protected');
  const authorized = [generateKey(clientKeyFile), generateKey(encryptedClientKeyFile, passphrase)].join('\n') + '\n';
  const authorizedKeys = path.join(dir, 'authorized_keys');
  writeFileSync(authorizedKeys, authorized, { mode: 0o644 });
  const port = await freePort();
  const config = path.join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKeyFile}`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${authorizedKeys}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication yes',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      'PermitRootLogin no',
      `AllowUsers ${testUser}`,
      'PrintMotd no',
      'LogLevel DEBUG1',
      'MaxAuthTries 10',
      'MaxStartups 50',
      '',
    ].join('\n'),
  );
  const logLines: string[] = [];
  const sshd: ChildProcess = spawn(sshdPath, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let partial = '';
  sshd.stderr!.setEncoding('utf8');
  sshd.stderr!.on('data', (text: string) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop()!;
    logLines.push(...lines);
  });
  await waitForPort(port, () => sshd.exitCode === null);
  return {
    kind: 'openssh',
    host: '127.0.0.1',
    port,
    user: testUser,
    password,
    clientKeyFile,
    encryptedClientKeyFile,
    passphrase,
    hostPublicKey: readFileSync(`${hostKeyFile}.pub`, 'utf8').trim().split(' ').slice(0, 2).join(' '),
    dir,
    log: () => [...logLines],
    // Each connection is served by sshd processes below the listener (monitor
    // and unprivileged child); killing them all cuts the link, the debugger stays.
    dropConnections: () => signalAll(connectionServers(sshd.pid!), 'SIGKILL'),
    freezeConnections: () => {
      const frozen = connectionServers(sshd.pid!);
      signalAll(frozen, 'SIGSTOP');
      return () => {
        signalAll(frozen, 'SIGKILL');
        signalAll(frozen, 'SIGCONT');
      };
    },
    async stop() {
      signalAll(descendantPids(sshd.pid!).reverse(), 'SIGKILL');
      // A listener ended by a signal has exitCode null but signalCode set: it already exited.
      if (sshd.exitCode === null && sshd.signalCode === null) {
        const exited = new Promise((r) => sshd.once('exit', r));
        sshd.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
