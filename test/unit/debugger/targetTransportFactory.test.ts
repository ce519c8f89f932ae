// The one transport factory for the app and the CLI: which transport each target kind
// gets, with which argv and description, and that SSH uses exactly the questions and
// known-hosts stores the environment injects (an in-process ssh2 server on 127.0.0.1
// presents a host key and asks for a password; nothing gets past authentication). The
// CLI's environment (sshEnvironmentOf) is run against it too: the app's remembered keys.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Server, utils } from 'ssh2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sshEnvironmentOf } from '../../../electron/cli/sshTargetOptions';
import type { TransportExit } from '../../../electron/debugger/debuggerTransport';
import { LocalProcessTransport } from '../../../electron/debugger/localProcessTransport';
import type { CredentialProvider } from '../../../electron/debugger/ssh/credentialProvider';
import type { AppKnownHostsStore, HostKeyPrompt, RememberedHostKey } from '../../../electron/debugger/ssh/hostKeyVerifier';
import { SshTransport } from '../../../electron/debugger/ssh/sshTransport';
import type { SshTargetDependencies } from '../../../electron/debugger/ssh/sshTargetTransport';
import { createTargetTransport, type TransportEnvironment, type TransportTarget } from '../../../electron/debugger/targetTransportFactory';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psl-factory-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A program that prints what it was started with: its arguments, cwd and one environment variable. */
const printInvocation = `process.stdout.write(JSON.stringify({ args: process.argv.slice(1), cwd: process.cwd(), mark: process.env.PSL_FACTORY_MARK ?? null }))`;

/** Starts a local transport and resolves with what its child printed once it exits. */
async function runToExit(transport: LocalProcessTransport): Promise<{ args: string[]; cwd: string; mark: string | null }> {
  let out = '';
  const exited = new Promise<TransportExit>((resolve) => {
    void transport.start({ data: (chunk) => (out += Buffer.from(chunk).toString('utf8')), diagnostic: () => undefined, exit: resolve });
  });
  await exited;
  return JSON.parse(out);
}

function environment(parts: Partial<TransportEnvironment> = {}): TransportEnvironment & { kdsimLauncher: ReturnType<typeof vi.fn>; ssh: ReturnType<typeof vi.fn> } {
  return {
    kdsimLauncher: vi.fn(parts.kdsimLauncher ?? (() => ({ argvPrefix: [process.execPath, '-e', printInvocation], env: { PSL_FACTORY_MARK: 'from-launcher' } }))),
    ssh: vi.fn(
      parts.ssh ??
        (() => {
          throw new Error('ssh() must not be asked for this target');
        }),
    ),
  };
}

describe('createTargetTransport: demo and local', () => {
  it('demo: kdsim from the injected launcher, scenario and flags after it, the launcher env added, never the SSH part', async () => {
    const env = environment();
    const transport = await createTargetTransport({ kind: 'demo', scenario: 'mydriver-x86', flags: ['--latency', '5'] }, env);
    expect(transport).toBeInstanceOf(LocalProcessTransport);
    expect(transport.description).toBe('demo target mydriver-x86');
    const seen = await runToExit(transport as LocalProcessTransport);
    expect(seen.args).toEqual(['kdsim', '--scenario', 'mydriver-x86', '--latency', '5']);
    expect(seen.mark).toBe('from-launcher');
    expect(env.kdsimLauncher).toHaveBeenCalledTimes(1);
    expect(env.ssh).not.toHaveBeenCalled();
  });

  it('demo without flags: just the scenario', async () => {
    const seen = await runToExit((await createTargetTransport({ kind: 'demo', scenario: 'myfault-x64' }, environment())) as LocalProcessTransport);
    expect(seen.args).toEqual(['kdsim', '--scenario', 'myfault-x64']);
  });

  it('local: the argv as given (no shell) in the given folder, named after the executable; neither kdsim nor SSH asked', async () => {
    const env = environment();
    const cwd = tempDir();
    const target: TransportTarget = { kind: 'local', argv: [process.execPath, '-e', printInvocation, '--', '-z', 'C:\\dumps\\a b&c;.shell.dmp'], cwd };
    const transport = await createTargetTransport(target, env);
    expect(transport).toBeInstanceOf(LocalProcessTransport);
    expect(transport.description).toBe(path.basename(process.execPath));
    const seen = await runToExit(transport as LocalProcessTransport);
    expect(seen.args).toEqual(['-z', 'C:\\dumps\\a b&c;.shell.dmp']);
    expect(seen.cwd).toBe(cwd);
    expect(seen.mark).toBeNull();
    expect(env.kdsimLauncher).not.toHaveBeenCalled();
    expect(env.ssh).not.toHaveBeenCalled();
  });
});

describe('createTargetTransport: ssh uses the injected questions and known hosts', () => {
  const hostKey = utils.generateKeyPairSync('ed25519');
  const hostKeyBase64 = hostKey.public.split(' ')[1]!;
  const fingerprint = `SHA256:${createHash('sha256').update(Buffer.from(hostKeyBase64, 'base64')).digest('base64').replace(/=+$/, '')}`;
  const passwordsReceived: string[] = [];
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    server = new Server({ hostKeys: [hostKey.private] }, (client) => {
      client.on('authentication', (ctx) => {
        if (ctx.method === 'password') passwordsReceived.push(ctx.password);
        ctx.reject(['password']);
      });
      client.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const target = (): TransportTarget => ({
    kind: 'ssh',
    host: '127.0.0.1',
    port,
    user: 'lab',
    auth: { method: 'password' },
    remoteArgv: ['C:\\Debuggers\\kd.exe', '-z', 'C:\\dumps\\MEMORY.DMP'],
  });

  function memoryStore(): AppKnownHostsStore & { remembered: RememberedHostKey[] } {
    const remembered: RememberedHostKey[] = [];
    return { location: 'test store', remembered, list: () => remembered, remember: (key) => remembered.push(key) };
  }

  function sshParts(overrides: Partial<SshTargetDependencies> & { hostKeyPrompt: HostKeyPrompt }) {
    const askPassword = vi.fn<CredentialProvider['askPassword']>(async () => null);
    const credentials: CredentialProvider = { askPassword, askPassphrase: vi.fn(async () => null), answerKeyboardInteractive: vi.fn(async () => null) };
    const deps: SshTargetDependencies = { credentials, knownHosts: memoryStore(), openSshKnownHostsFiles: [], ...overrides };
    return { deps, askPassword };
  }

  it('builds an SshTransport named after the remote debugger; kdsim is not asked', async () => {
    const { deps } = sshParts({ hostKeyPrompt: async () => 'cancel' });
    const env = environment({ ssh: () => deps });
    const transport = await createTargetTransport(target(), env);
    expect(transport).toBeInstanceOf(SshTransport);
    expect(transport.description).toBe('kd.exe on 127.0.0.1');
    expect(env.ssh).toHaveBeenCalledTimes(1);
    expect(env.kdsimLauncher).not.toHaveBeenCalled();
  });

  it('an unknown host key goes to the injected prompt; cancelling it refuses before any credential is asked', async () => {
    const hostKeyPrompt = vi.fn<HostKeyPrompt>(async () => 'cancel');
    const { deps, askPassword } = sshParts({ hostKeyPrompt });
    const transport = await createTargetTransport(target(), environment({ ssh: () => deps }));
    await expect(transport.start({ data: () => undefined, diagnostic: () => undefined, exit: () => undefined })).rejects.toThrow(/not accepted/);
    expect(hostKeyPrompt).toHaveBeenCalledTimes(1);
    expect(hostKeyPrompt.mock.calls[0]![0]).toMatchObject({ host: '127.0.0.1', port, keyType: 'ssh-ed25519', fingerprintSha256: fingerprint });
    expect(askPassword).not.toHaveBeenCalled();
  });

  it('"accept and remember" lands in the injected app store; the password comes from the injected credentials', async () => {
    const store = memoryStore();
    const askPassword = vi
      .fn<CredentialProvider['askPassword']>()
      .mockResolvedValueOnce('first-try')
      .mockResolvedValue(null);
    const { deps } = sshParts({ hostKeyPrompt: async () => 'accept-and-remember', knownHosts: store });
    deps.credentials = { ...deps.credentials, askPassword };
    const transport = await createTargetTransport(target(), environment({ ssh: () => deps }));
    await expect(transport.start({ data: () => undefined, diagnostic: () => undefined, exit: () => undefined })).rejects.toThrow();
    expect(store.remembered).toEqual([expect.objectContaining({ host: '127.0.0.1', port, keyType: 'ssh-ed25519', keyBase64: hostKeyBase64 })]);
    expect(askPassword.mock.calls[0]![0]).toMatchObject({ host: '127.0.0.1', port, user: 'lab', attempt: 1 });
    expect(passwordsReceived).toContain('first-try');
  });

  it("a key listed in the injected OpenSSH known_hosts file is trusted without a question", async () => {
    const knownHosts = path.join(tempDir(), 'known_hosts');
    writeFileSync(knownHosts, `[127.0.0.1]:${port} ssh-ed25519 ${hostKeyBase64}\n`);
    const hostKeyPrompt = vi.fn<HostKeyPrompt>(async () => 'cancel');
    const { deps, askPassword } = sshParts({ hostKeyPrompt, openSshKnownHostsFiles: [knownHosts] });
    const transport = await createTargetTransport(target(), environment({ ssh: () => deps }));
    // The host key passes; the (cancelled) password question is what ends the attempt.
    await expect(transport.start({ data: () => undefined, diagnostic: () => undefined, exit: () => undefined })).rejects.toThrow();
    expect(hostKeyPrompt).not.toHaveBeenCalled();
    expect(askPassword).toHaveBeenCalled();
  });

  describe("the CLI's environment (sshEnvironmentOf) and the app's known-hosts.json", () => {
    // The user's own ~/.ssh files must not decide these tests: an empty home.
    afterEach(() => vi.unstubAllEnvs());
    function emptyHome(): void {
      const home = tempDir();
      vi.stubEnv('HOME', home);
      vi.stubEnv('USERPROFILE', home);
    }

    /** A settings folder whose known-hosts.json remembers the test server's key (as the app writes it). */
    function settingsRemembering(): { dir: string; files: () => Record<string, string> } {
      const dir = tempDir();
      const key: RememberedHostKey = { host: '127.0.0.1', port, keyType: 'ssh-ed25519', keyBase64: hostKeyBase64, fingerprintSha256: fingerprint, addedAt: '2025-01-02T03:04:05.000Z' };
      writeFileSync(path.join(dir, 'known-hosts.json'), JSON.stringify({ hosts: [key] }, undefined, '\t'));
      const files = () => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'base64')]));
      return { dir, files };
    }

    function cliEnvironment(options: { settingsDir: string; knownHostsFile?: string; hostKeyPrompt: HostKeyPrompt }) {
      const askPassword = vi.fn<CredentialProvider['askPassword']>(async () => null);
      const credentials: CredentialProvider = { askPassword, askPassphrase: vi.fn(async () => null), answerKeyboardInteractive: vi.fn(async () => null) };
      const deps = sshEnvironmentOf(
        { knownHostsFile: options.knownHostsFile ?? null, acceptNewHostKey: false, settingsDir: options.settingsDir },
        { credentials, promptHostKey: options.hostKeyPrompt },
      );
      return { env: environment({ ssh: () => deps }), askPassword };
    }

    const start = (transport: Awaited<ReturnType<typeof createTargetTransport>>) =>
      transport.start({ data: () => undefined, diagnostic: () => undefined, exit: () => undefined });

    it('a key remembered only in the app is trusted without asking, and the settings folder is left byte for byte', async () => {
      emptyHome();
      const settings = settingsRemembering();
      const before = settings.files();
      const hostKeyPrompt = vi.fn<HostKeyPrompt>(async () => 'cancel');
      const { env, askPassword } = cliEnvironment({ settingsDir: settings.dir, hostKeyPrompt });
      // The host key passes; the (cancelled) password question is what ends the attempt.
      await expect(start(await createTargetTransport(target(), env))).rejects.toThrow(/password|authenticat/i);
      expect(hostKeyPrompt).not.toHaveBeenCalled();
      expect(askPassword).toHaveBeenCalledTimes(1);
      expect(settings.files()).toEqual(before);
    });

    it('--known-hosts FILE pins: the app\'s remembered key is not trusted, the prompt is asked and its "no" refuses', async () => {
      emptyHome();
      const settings = settingsRemembering();
      const pinned = path.join(tempDir(), 'known_hosts');
      writeFileSync(pinned, '');
      const hostKeyPrompt = vi.fn<HostKeyPrompt>(async () => 'cancel');
      const { env, askPassword } = cliEnvironment({ settingsDir: settings.dir, knownHostsFile: pinned, hostKeyPrompt });
      await expect(start(await createTargetTransport(target(), env))).rejects.toThrow(/not accepted/);
      expect(hostKeyPrompt).toHaveBeenCalledTimes(1);
      expect(hostKeyPrompt.mock.calls[0]![0]).toMatchObject({ host: '127.0.0.1', port, fingerprintSha256: fingerprint });
      expect(askPassword).not.toHaveBeenCalled();
    });

    it('"accept and remember" on the terminal writes nothing: a settings folder without known-hosts.json stays so', async () => {
      emptyHome();
      const dir = tempDir();
      const hostKeyPrompt = vi.fn<HostKeyPrompt>(async () => 'accept-and-remember');
      const { env, askPassword } = cliEnvironment({ settingsDir: dir, hostKeyPrompt });
      await expect(start(await createTargetTransport(target(), env))).rejects.toThrow();
      expect(hostKeyPrompt).toHaveBeenCalledTimes(1);
      expect(askPassword).toHaveBeenCalled();
      expect(readdirSync(dir)).toEqual([]);
    });

    it('a damaged known-hosts.json fails the connection with a message naming the file, before any credential', async () => {
      emptyHome();
      const dir = tempDir();
      const file = path.join(dir, 'known-hosts.json');
      writeFileSync(file, '{"hosts": [');
      const hostKeyPrompt = vi.fn<HostKeyPrompt>(async () => 'accept-once');
      const { env, askPassword } = cliEnvironment({ settingsDir: dir, hostKeyPrompt });
      await expect(start(await createTargetTransport(target(), env))).rejects.toThrow(`The known-hosts file ${file} is damaged (not JSON); fix or delete it.`);
      expect(hostKeyPrompt).not.toHaveBeenCalled();
      expect(askPassword).not.toHaveBeenCalled();
      expect(readFileSync(file, 'utf8')).toBe('{"hosts": [');
    });
  });
});
