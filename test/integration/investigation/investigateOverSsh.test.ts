// `investigate --ssh`: the CLI runs kdsim as the remote debugger through the test sshd
// (OpenSSH on 127.0.0.1, or ssh2's server where sshd is absent), host key pinned by
// --known-hosts, key auth by --identity; the CLI runs as a real child process.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinWindowsCommandLine } from '../../../electron/debugger/windowsCommandLine';
import { runCli } from '../cliProcess';
import { kdsimArgv, removeTempDirs, tempDir } from '../ssh/sshTestKit';
import { startSshTestServer, type SshTestServer } from '../sshHarness/sshTestServer';

let server: SshTestServer;

beforeAll(async () => {
  server = await startSshTestServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
  removeTempDirs();
});

/** The real CLI as a child process (as a user runs it), with no SSH agent in its environment. */
function cli(args: string[]) {
  return runCli(['investigate', ...args], { env: { ...process.env, SSH_AUTH_SOCK: '' } });
}

describe('investigate --ssh', () => {
  it('investigates mydriver-x86 on a remote host with a pinned host key', async () => {
    const knownHosts = path.join(tempDir('psl-inv-kh-'), 'known_hosts');
    writeFileSync(knownHosts, `[${server.host}]:${server.port} ${server.hostPublicKey}\n`);
    const { code, stdout, stderr } = await cli([
      '--ssh', `${server.user}@${server.host}:${server.port}`,
      '--remote-debugger', joinWindowsCommandLine(kdsimArgv('mydriver-x86')),
      '--identity', server.clientKeyFile,
      '--known-hosts', knownHosts,
      '--json',
    ]);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.driver).toBe('MyDriver.sys');
    expect(report.sites.map((s: { tag: string }) => s.tag).sort()).toEqual(['VMdl', 'Vfwi', 'mdrv']);
  }, 60_000);

  it('refuses an unknown host key without --accept-new-host-key (no terminal to ask)', async () => {
    const emptyKnownHosts = path.join(tempDir('psl-inv-kh-'), 'known_hosts');
    writeFileSync(emptyKnownHosts, '');
    const { code, stderr } = await cli([
      '--ssh', `${server.user}@${server.host}:${server.port}`,
      '--remote-debugger', joinWindowsCommandLine(kdsimArgv('mydriver-x86')),
      '--identity', server.clientKeyFile,
      '--known-hosts', emptyKnownHosts,
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/authenticity of host|host key/i);
  }, 60_000);

  it('--no-input: the core\'s host-key question is refused with the flag that answers it', async () => {
    const emptyKnownHosts = path.join(tempDir('psl-inv-kh-'), 'known_hosts');
    writeFileSync(emptyKnownHosts, '');
    const { code, stdout, stderr } = await cli([
      '--ssh', `${server.user}@${server.host}:${server.port}`,
      '--remote-debugger', joinWindowsCommandLine(kdsimArgv('mydriver-x86')),
      '--identity', server.clientKeyFile,
      '--known-hosts', emptyKnownHosts,
      '--no-input',
      '--json',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/authenticity of host .* not asked \(--no-input\): pass --accept-new-host-key/s);
  }, 60_000);

  it('a password question without a terminal is refused, naming --identity; --accept-new-host-key answered the host key', async () => {
    const emptyKnownHosts = path.join(tempDir('psl-inv-kh-'), 'known_hosts');
    writeFileSync(emptyKnownHosts, '');
    const { code, stderr } = await cli([
      '--ssh', `${server.user}@${server.host}:${server.port}`,
      '--remote-debugger', joinWindowsCommandLine(kdsimArgv('mydriver-x86')),
      '--known-hosts', emptyKnownHosts,
      '--accept-new-host-key',
    ]);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/authenticity of host/);
    expect(stderr).toMatch(/password: — no terminal to answer on: use --identity FILE or an ssh-agent/);
  }, 60_000);
});
