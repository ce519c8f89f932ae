// `investigate --ssh`: how the command line becomes the SSH target and the CLI's side
// of the transport environment (the factory itself is tested in
// test/unit/debugger/targetTransportFactory.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSshDestination, sshEnvironmentOf, sshTargetOf, type SshCommandLine } from '../../../electron/cli/sshTargetOptions';
import type { CredentialProvider } from '../../../electron/debugger/ssh/credentialProvider';
import type { HostKeyPrompt, HostKeyPromptRequest } from '../../../electron/debugger/ssh/hostKeyVerifier';

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
});
