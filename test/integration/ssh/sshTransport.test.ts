// SshTransport + DebuggerSession against a real OpenSSH sshd on 127.0.0.1,
// with kdsim as the remote debugger.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectWithBackoff } from '../../../electron/debugger/ssh/connectWithBackoff';
import { sha256Fingerprint } from '../../../electron/debugger/ssh/sshHostKey';
import { saveTranscript } from '../../../electron/debugger/transcriptFile';
import { freePort } from '../sshHarness/opensshServer';
import { signalAll } from '../sshHarness/processTree';
import { sshTestServerKind, startSshTestServer, type SshTestServer } from '../sshHarness/sshTestServer';
import { connection, consoleShows, hostKeyBlob, readText, removeTempDirs, stateReached, tempDir, type Connection } from './sshTestKit';

let server: SshTestServer;
const written = tempDir('psl-ssh-artifacts-');
const open: Connection[] = [];

function track(conn: Connection): Connection {
  open.push(conn);
  return conn;
}

/** Keeps what a connection wrote (transcript, transport log) for the secret check at the end. */
async function keepArtifacts(name: string, conn: Connection): Promise<void> {
  await saveTranscript(path.join(written, `${name}.pstranscript`), {
    header: { format: 'poolsleuth-transcript', version: 1, createdAt: new Date().toISOString(), target: { description: conn.transport.description, kind: 'remote' } },
    entries: conn.transcript,
  });
  writeFileSync(path.join(written, `${name}.log`), [...conn.transportLog, ...conn.console].join('\n'));
}

beforeAll(async () => {
  server = await startSshTestServer();
}, 60_000);

afterAll(async () => {
  for (const conn of open) await conn.session.close().catch(() => undefined);
  await server?.stop();
  removeTempDirs();
});


describe(`SSH transport against ${sshTestServerKind() === 'openssh' ? 'a real OpenSSH sshd' : "ssh2's Server (fallback: sshd missing or not root)"}`, () => {
  it('runs kdsim over key authentication and executes a command', async () => {
    const conn = track(connection(server));
    const banner = await conn.session.start();
    expect(banner).toMatch(/Microsoft \(R\) Windows Debugger/);
    expect(conn.transport.remoteShell).toBe('posix');
    expect(conn.transport.remoteProcessId).toBeGreaterThan(0);
    const result = await conn.session.execute('!verifier 3 MyDriver.sys');
    expect(result.output).toMatch(/MyDriver!DeviceControlDispatch/);
    expect(conn.console.join('')).not.toMatch(/PSPID|PSMARK/);
    expect(conn.credentials.log.passwords).toHaveLength(0);
    await keepArtifacts('key-auth', conn);
    await conn.session.close();
    expect(conn.session.state.state).toBe('disconnected');
  }, 60_000);

  it('asks for the passphrase of a protected key (once)', async () => {
    const conn = track(connection(server, { auth: { method: 'key', identityFile: server.encryptedClientKeyFile } }));
    await conn.session.start();
    expect(conn.credentials.log.passphrases).toEqual([{ host: server.host, port: server.port, user: server.user, attempt: 1, keyFile: server.encryptedClientKeyFile }]);
    await keepArtifacts('passphrase', conn);
    await conn.session.close();
  }, 60_000);

  it(`unknown host key: prompt shows the SHA256 fingerprint; accept-and-remember stores it; the next connection does not ask (password auth)`, async () => {
    const settingsDir = tempDir('psl-settings-');
    const first = track(connection(server, { auth: { method: 'password' }, hostKeyDecision: 'accept-and-remember', settingsDir }));
    await first.session.start();
    expect(first.prompts).toEqual([
      { host: server.host, port: server.port, keyType: 'ssh-ed25519', fingerprintSha256: sha256Fingerprint(hostKeyBlob(server)), otherKnownKeyTypes: [] },
    ]);
    expect(first.credentials.log.passwords).toHaveLength(1);
    expect((await first.session.execute('lm m MyDriver')).output).toMatch(/MyDriver/);
    await keepArtifacts('password', first);
    await first.session.close();

    const second = track(connection(server, { auth: { method: 'password' }, hostKeyDecision: 'cancel', settingsDir }));
    await second.session.start();
    expect(second.prompts).toHaveLength(0);
    await second.session.close();
    // The remembered key is in the app's store, which holds no secret.
    for (const f of readdirSync(settingsDir)) expect(readText(path.join(settingsDir, f))).toContain('ssh-ed25519');
  }, 60_000);

  it('wrong password: a clear authentication error after the allowed attempts', async () => {
    const conn = track(connection(server, { auth: { method: 'password' }, password: 'definitely-wrong' }));
    await expect(conn.session.start()).rejects.toThrow(`Authentication failed for ${server.user}@${server.host}:${server.port} (methods tried: password ×3).`);
    expect(conn.credentials.log.passwords.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(conn.session.state.state).toBe('failed');
  }, 60_000);

  it('cancelled password prompt ends the attempt without retrying', async () => {
    const conn = track(connection(server, { auth: { method: 'password' } }));
    conn.credentials.askPassword = async () => null;
    await expect(conn.session.start()).rejects.toThrow(/was cancelled/);
  }, 60_000);

  it('host key mismatch: refused with a clear message, and no authentication request reaches the server', async () => {
    const settingsDir = tempDir('psl-settings-');
    const conn = track(connection(server, { settingsDir }));
    conn.knownHosts.remember({
      host: server.host,
      port: server.port,
      keyType: 'ssh-ed25519',
      keyBase64: Buffer.from(hostKeyBlob(server).map((b, i) => (i === hostKeyBlob(server).length - 1 ? b ^ 1 : b))).toString('base64'),
      fingerprintSha256: 'SHA256:old',
      addedAt: new Date().toISOString(),
    });
    const logStart = server.log().length;
    const error = await conn.session.start().catch((e: Error) => e);
    expect((error as Error).message).toMatch(new RegExp(`the host key of ${server.host}:${server.port} CHANGED.*man-in-the-middle.*remove the old key from .*known-hosts\\.json`, 'is'));
    expect(conn.prompts).toHaveLength(0);
    expect(conn.credentials.log.passwords.length + conn.credentials.log.passphrases.length).toBe(0);
    // Wait until the server logged the end of that connection, then check it saw no auth request.
    await new Promise<void>((resolve) => {
      const check = () => (server.log().slice(logStart).some((l) => /Connection closed|Disconnected from|disconnected|kex_exchange/i.test(l)) ? resolve() : setTimeout(check, 20));
      check();
    });
    const lines = server.log().slice(logStart);
    expect(lines.some((l) => /Connection from 127\.0\.0\.1/.test(l) || /connection from/i.test(l))).toBe(true);
    expect(lines.filter((l) => /userauth-request|Accepted|Failed password|Failed publickey/i.test(l))).toEqual([]);
  }, 60_000);

  it('dead host: "Cannot reach … connection refused"', async () => {
    const port = await freePort();
    const conn = track(connection({ ...server, port }));
    await expect(conn.session.start()).rejects.toThrow(`Cannot reach ${server.host}:${port}: connection refused`);
  }, 30_000);

  it('bad key file: names the file and what is wrong with it', async () => {
    const conn = track(connection(server, { auth: { method: 'key', identityFile: `${server.clientKeyFile}.pub` } }));
    await expect(conn.session.start()).rejects.toThrow(/The key file .*client_ed25519\.pub is not a private key/);
  }, 30_000);

  it('link killed mid-command: the session fails with the reason, a reconnect works and the next command runs', async () => {
    const conn = track(connection(server, { extraArgs: ['--latency', '400'] }));
    await conn.session.start();
    const pending = conn.session.execute('!verifier 3 MyDriver.sys');
    server.dropConnections();
    await expect(pending).rejects.toThrow(/The SSH connection to 127\.0\.0\.1:\d+ was (lost|closed)/);
    expect(conn.session.state.state).toBe('failed');

    const attempts: number[] = [];
    const again = await connectWithBackoff(
      async () => {
        const next = track(connection(server));
        await next.session.start();
        return next;
      },
      { attempts: 3, baseDelayMs: 100, onAttempt: (a) => attempts.push(a.attempt) },
    );
    expect(attempts[0]).toBe(1);
    expect((await again.session.execute('!verifier 3 MyDriver.sys')).output).toMatch(/MyDriver/);
    await again.session.close();
  }, 60_000);

  it('dead link without a FIN (server frozen): keepalive notices it and the session fails', async () => {
    const conn = track(connection(server, { transport: { keepaliveIntervalMs: 300, keepaliveCountMax: 3 } }));
    await conn.session.start();
    const thaw = server.freezeConnections();
    try {
      const state = await stateReached(conn, ['failed', 'disconnected']);
      expect(state.state).toBe('failed');
      expect(state.reason).toMatch(/stopped answering keepalives/);
    } finally {
      thaw();
    }
  }, 60_000);

  it('remote debugger killed: the session fails and says how', async () => {
    const conn = track(connection(server));
    await conn.session.start();
    signalAll([conn.transport.remoteProcessId!], 'SIGKILL');
    const state = await stateReached(conn, ['failed', 'disconnected']);
    expect(state.state).toBe('failed');
    expect(state.reason).toMatch(/on 127\.0\.0\.1 was killed by SIGKILL/);
  }, 60_000);

  for (const posixInterrupt of ['kill', 'signal'] as const) {
    it(`break during a long command (${posixInterrupt === 'kill' ? 'kill -INT on a second channel' : 'SSH signal request'})`, async () => {
      const conn = track(connection(server, { scenario: 'mydriver-x86', extraArgs: ['--generate', 'allocations=3000,log=65536,seed=3', '--fault', 'slow=0'], transport: { posixInterrupt } }));
      await conn.session.start();
      const long = conn.session.execute('!verifier 0x80');
      await consoleShows(conn, /!verifier 0x80\r\n[\s\S]{200,}/);
      await conn.session.interrupt();
      const result = await long;
      expect(result.output.length).toBeGreaterThan(0);
      // Stopped early: the full log (65536 entries, ~37 MB) ends with this line.
      expect(result.output).not.toMatch(/Finished parsing all pool tracking information/);
      await stateReached(conn, ['ready']);
      expect((await conn.session.execute('.echo after-break')).output).toBe('after-break\n');
      await conn.session.close();
    }, 90_000);
  }

  it('a running live target (`g` on live-growth-x64) is broken into with interrupt()', async () => {
    const conn = track(connection(server, { scenario: 'live-growth-x64' }));
    await conn.session.start();
    const go = conn.session.execute('g');
    await stateReached(conn, ['running']);
    await conn.session.interrupt();
    await go;
    await stateReached(conn, ['ready']);
    expect(conn.console.join('')).toMatch(/int\s+3/);
    expect((await conn.session.execute('.echo broken-in')).output).toBe('broken-in\n');
    await keepArtifacts('live', conn);
    await conn.session.close();
  }, 60_000);

  it('no password or passphrase appears in any transcript, log or settings file written', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else files.push(full);
      }
    };
    walk(written);
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const text = readText(file);
      expect(text, file).not.toContain(server.password);
      expect(text, file).not.toContain(server.passphrase);
    }
  });
});
