// `investigate --ssh`: how the command line becomes the SSH target and the CLI's side
// of the transport environment (the factory itself is tested in
// test/unit/debugger/targetTransportFactory.test.ts, where the app's remembered keys are
// also checked against a real ssh2 server).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parseSshDestination, sshEnvironmentOf, sshTargetOf, type SshCommandLine } from '../../../electron/cli/sshTargetOptions';
import type { CredentialProvider } from '../../../electron/debugger/ssh/credentialProvider';
import type { HostKeyPrompt, HostKeyPromptRequest, RememberedHostKey } from '../../../electron/debugger/ssh/hostKeyVerifier';

const commandLine = (overrides: Partial<SshCommandLine> = {}): SshCommandLine => ({
  destination: { user: 'lab', host: 'win01', port: 2222 },
  remoteArgv: ['kd', '-z', 'C:\\dumps\\MEMORY.DMP'],
  identityFile: null,
  knownHostsFile: null,
  acceptNewHostKey: false,
  ...overrides,
});

const credentials: CredentialProvider = { askPassword: async () => null, askPassphrase: async () => null, answerKeyboardInteractive: async () => null };
const request: HostKeyPromptRequest = { host: 'win01', port: 2222, keyType: 'ssh-ed25519', fingerprintSha256: 'SHA256:x', otherKnownKeyTypes: [] };

afterEach(() => vi.unstubAllEnvs());

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psl-cli-settings-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const appKey: RememberedHostKey = {
  host: 'win01',
  port: 2222,
  keyType: 'ssh-ed25519',
  keyBase64: 'AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
  fingerprintSha256: 'SHA256:remembered-in-the-app',
  addedAt: '2025-01-02T03:04:05.000Z',
};

/** Every file in the folder with its bytes, to prove nothing was written. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

describe('parseSshDestination', () => {
  it('reads user@host[:port], IPv6 in brackets, and refuses the rest', () => {
    expect(parseSshDestination('lab@win01')).toEqual({ user: 'lab', host: 'win01', port: 22 });
    expect(parseSshDestination('lab@[::1]:2222')).toEqual({ user: 'lab', host: '::1', port: 2222 });
    expect(parseSshDestination('lab@win01:0')).toBeNull();
    expect(parseSshDestination('lab@win01;calc')).toBeNull();
    expect(parseSshDestination('win01')).toBeNull();
  });
});

describe('sshTargetOf', () => {
  it('--identity means key authentication, with the destination and remote argv as given', () => {
    expect(sshTargetOf(commandLine({ identityFile: '/home/me/.ssh/id_ed25519' }))).toEqual({
      kind: 'ssh',
      user: 'lab',
      host: 'win01',
      port: 2222,
      remoteArgv: ['kd', '-z', 'C:\\dumps\\MEMORY.DMP'],
      auth: { method: 'key', identityFile: '/home/me/.ssh/id_ed25519' },
    });
  });

  it.skipIf(process.platform === 'win32')('without --identity: the agent when SSH_AUTH_SOCK is set, else a password', () => {
    vi.stubEnv('SSH_AUTH_SOCK', '/tmp/agent.sock');
    expect(sshTargetOf(commandLine()).auth).toEqual({ method: 'agent' });
    vi.stubEnv('SSH_AUTH_SOCK', '');
    expect(sshTargetOf(commandLine()).auth).toEqual({ method: 'password' });
  });
});

describe('sshEnvironmentOf', () => {
  it('asks the terminal prompt about an unknown key, and uses the user\'s OpenSSH files (the factory default)', async () => {
    const prompt = vi.fn<HostKeyPrompt>(async () => 'cancel');
    const env = sshEnvironmentOf(commandLine(), { credentials, promptHostKey: prompt });
    expect(await env.hostKeyPrompt(request)).toBe('cancel');
    expect(prompt).toHaveBeenCalledWith(request);
    expect(env.credentials).toBe(credentials);
    expect(env.openSshKnownHostsFiles).toBeUndefined();
  });

  it('--accept-new-host-key trusts an unknown key for this run without asking', async () => {
    const prompt = vi.fn<HostKeyPrompt>(async () => 'cancel');
    const env = sshEnvironmentOf(commandLine({ acceptNewHostKey: true }), { credentials, promptHostKey: prompt });
    expect(await env.hostKeyPrompt(request)).toBe('accept-once');
    expect(prompt).not.toHaveBeenCalled();
  });

  it('--known-hosts FILE pins the host keys to that file; accepted keys live for this run only', () => {
    const env = sshEnvironmentOf(commandLine({ knownHostsFile: 'pinned_known_hosts' }), { credentials, promptHostKey: async () => 'cancel' });
    expect(env.openSshKnownHostsFiles).toEqual(['pinned_known_hosts']);
    expect(env.knownHosts.location).toBe('this run');
    expect(env.knownHosts.list()).toEqual([]);
  });

  it("without --known-hosts: the keys the app remembered ($POOLSLEUTH_SETTINGS_DIR/known-hosts.json) are listed, read only", () => {
    const dir = tempDir();
    // Tab-indented, as conf writes it, plus a field conf's defaults would not add: any rewrite shows.
    writeFileSync(path.join(dir, 'known-hosts.json'), JSON.stringify({ hosts: [appKey] }, undefined, '\t'));
    writeFileSync(path.join(dir, 'settings.json'), '{"profiles":[]}');
    const before = snapshot(dir);
    vi.stubEnv('POOLSLEUTH_SETTINGS_DIR', dir);
    const env = sshEnvironmentOf(commandLine(), { credentials, promptHostKey: async () => 'cancel' });
    expect(env.knownHosts.list()).toEqual([appKey]);
    expect(env.knownHosts.location).toBe(path.join(dir, 'known-hosts.json'));
    // Accepted on the terminal: trusted for this run, not written to the app's file.
    const accepted = { ...appKey, host: 'win02', fingerprintSha256: 'SHA256:accepted-this-run' };
    env.knownHosts.remember(accepted);
    expect(env.knownHosts.list()).toEqual([appKey, accepted]);
    expect(env.knownHosts.location).toBe(`${path.join(dir, 'known-hosts.json')} or this run`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an explicit settings folder wins over $POOLSLEUTH_SETTINGS_DIR', () => {
    const explicit = tempDir();
    writeFileSync(path.join(explicit, 'known-hosts.json'), JSON.stringify({ hosts: [appKey] }));
    vi.stubEnv('POOLSLEUTH_SETTINGS_DIR', tempDir());
    const env = sshEnvironmentOf({ ...commandLine(), settingsDir: explicit }, { credentials, promptHostKey: async () => 'cancel' });
    expect(env.knownHosts.list()).toEqual([appKey]);
  });

  it('--known-hosts FILE: the app\'s remembered keys are not trusted, and its file is not even read', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'known-hosts.json'), 'not json at all');
    vi.stubEnv('POOLSLEUTH_SETTINGS_DIR', dir);
    const env = sshEnvironmentOf(commandLine({ knownHostsFile: 'pinned_known_hosts' }), { credentials, promptHostKey: async () => 'cancel' });
    expect(env.knownHosts.list()).toEqual([]);
    expect(env.knownHosts.location).toBe('this run');
  });

  it('no known-hosts.json: no app keys, and neither the file nor a missing settings folder is created', () => {
    const parent = tempDir();
    writeFileSync(path.join(parent, 'settings.json'), '{}');
    const before = snapshot(parent);
    const absent = path.join(parent, 'not-yet');
    for (const dir of [parent, absent]) {
      vi.stubEnv('POOLSLEUTH_SETTINGS_DIR', dir);
      const env = sshEnvironmentOf(commandLine(), { credentials, promptHostKey: async () => 'cancel' });
      expect(env.knownHosts.list()).toEqual([]);
      env.knownHosts.remember(appKey);
      expect(env.knownHosts.list()).toEqual([appKey]);
    }
    expect(snapshot(parent)).toEqual(before);
    expect(existsSync(absent)).toBe(false);
  });

  it.each([
    ['not JSON', '{"hosts": [', ' (not JSON)'],
    ['empty', '', ' (not JSON)'],
    ['a key that fails the schema', JSON.stringify({ hosts: [{ ...appKey, port: 0 }] }), ''],
    ['hosts not a list', JSON.stringify({ hosts: 'win01' }), ''],
  ])('a damaged known-hosts.json (%s) is an error naming the file, and is left as it was', (_what, text, reason) => {
    const dir = tempDir();
    const file = path.join(dir, 'known-hosts.json');
    writeFileSync(file, text);
    const env = sshEnvironmentOf({ ...commandLine(), settingsDir: dir }, { credentials, promptHostKey: async () => 'cancel' });
    expect(() => env.knownHosts.list()).toThrow(`The known-hosts file ${file} is damaged${reason}; fix or delete it.`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
