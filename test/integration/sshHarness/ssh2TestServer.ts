// Fallback SSH server (ssh2's Server) for machines without a usable sshd:
// same surface as the OpenSSH harness — key (plain and protected), password,
// exec through /bin/sh with pipes, signal requests — and a log of the
// authentication requests it receives.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Server, utils, type Connection } from 'ssh2';
import type { SshTestServer } from './opensshServer';
import { signalAll } from './processTree';

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function startSsh2TestServer(): Promise<SshTestServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psl-ssh2srv-'));
  const password = `Pw-${randomBytes(9).toString('base64url')}`;
  const passphrase = `Pp-${randomBytes(9).toString('base64url')}`;
  const user = os.userInfo().username;
  const host = utils.generateKeyPairSync('ed25519');
  const plain = utils.generateKeyPairSync('ed25519');
  const protectedKey = utils.generateKeyPairSync('ed25519', { passphrase, cipher: 'aes256-ctr', rounds: 16 });
  const clientKeyFile = path.join(dir, 'client_ed25519');
  const encryptedClientKeyFile = path.join(dir, 'client_ed25519_protected');
  writeFileSync(clientKeyFile, plain.private, { mode: 0o600 });
  writeFileSync(`${clientKeyFile}.pub`, plain.public);
  writeFileSync(encryptedClientKeyFile, protectedKey.private, { mode: 0o600 });
  const allowedKeys = [utils.parseKey(plain.public), utils.parseKey(protectedKey.public)].map((k) => k as Exclude<ReturnType<typeof utils.parseKey>, Error | unknown[]>);

  const logLines: string[] = [];
  const sockets = new Set<Socket>();
  const children = new Set<ChildProcess>();

  const server = new Server({ hostKeys: [host.private] }, (client: Connection, info) => {
    logLines.push(`Connection from ${info.ip} port ${info.port}`);
    client.on('authentication', (ctx) => {
      logLines.push(`userauth-request for user ${ctx.username} method ${ctx.method}`);
      if (ctx.username !== user) return ctx.reject(['publickey', 'password', 'keyboard-interactive']);
      if (ctx.method === 'password' && sameText(ctx.password, password)) return ctx.accept();
      if (ctx.method === 'keyboard-interactive') {
        // Two questions, like a PAM stack with a one-time code: password, then "code".
        return ctx.prompt(
          [
            { prompt: 'Password: ', echo: false },
            { prompt: 'Verification code: ', echo: true },
          ],
          'PoolSleuth test',
          'Answer both questions.',
          (answers) => (answers.length === 2 && sameText(answers[0] ?? '', password) && answers[1] === '424242' ? ctx.accept() : ctx.reject(['keyboard-interactive'])),
        );
      }
      if (ctx.method === 'publickey') {
        const key = allowedKeys.find((k) => k.type === ctx.key.algo && k.getPublicSSH().equals(ctx.key.data));
        if (key && (!ctx.signature || key.verify(ctx.blob!, ctx.signature, ctx.hashAlgo) === true)) return ctx.accept();
      }
      ctx.reject(['publickey', 'password', 'keyboard-interactive']);
    });
    client.on('ready', () => {
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        let child: ChildProcess | null = null;
        session.on('exec', (accept, _reject, request) => {
          const stream = accept();
          child = spawn('/bin/sh', ['-c', request.command], { stdio: 'pipe' });
          children.add(child);
          child.stdout!.pipe(stream, { end: false });
          child.stderr!.pipe(stream.stderr, { end: false });
          stream.pipe(child.stdin!);
          child.stdin!.on('error', () => undefined);
          child.on('close', (code, signal) => {
            children.delete(child!);
            if (signal) stream.exit(signal.replace(/^SIG/, ''), false, '');
            else stream.exit(code ?? 0);
            stream.end();
          });
        });
        session.on('signal', (accept, _reject, request) => {
          accept?.();
          child?.kill(`SIG${request.name}` as NodeJS.Signals);
        });
      });
    });
    client.on('close', () => logLines.push('Connection closed'));
    client.on('error', (err) => logLines.push(`client error: ${err.message}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  // ssh2's Server wraps a net.Server: track raw sockets to cut or freeze links.
  const netServer = (server as unknown as { _srv: import('node:net').Server })._srv;
  netServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = (server.address() as AddressInfo).port;

  return {
    kind: 'ssh2-server',
    host: '127.0.0.1',
    port,
    user,
    password,
    clientKeyFile,
    encryptedClientKeyFile,
    passphrase,
    hostPublicKey: host.public.trim().split(' ').slice(0, 2).join(' '),
    dir,
    log: () => [...logLines],
    dropConnections: () => {
      for (const s of sockets) s.destroy();
    },
    freezeConnections: () => {
      const frozen = [...sockets];
      for (const s of frozen) s.pause();
      return () => {
        for (const s of frozen) s.destroy();
      };
    },
    async stop() {
      signalAll([...children].map((c) => c.pid!).filter(Boolean), 'SIGKILL');
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
