// `investigate --ssh`: the CLI runs kdsim as the remote debugger through the test sshd
// (OpenSSH on 127.0.0.1, or ssh2's server where sshd is absent), host key pinned by
// --known-hosts, key auth by --identity. In-process (runInvestigateCommand with stdout
// and stderr captured): as a child process under tsx, ssh2's CommonJS named export
// `utils` does not load yet (electron/debugger/ssh/sshAuthenticator.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinWindowsCommandLine } from '../../../electron/debugger/windowsCommandLine';
import { runInvestigateCommand } from '../../../electron/cli/investigateCommand';
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

async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const agent = process.env.SSH_AUTH_SOCK;
  process.env.SSH_AUTH_SOCK = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const code = await runInvestigateCommand(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    if (agent === undefined) delete process.env.SSH_AUTH_SOCK;
    else process.env.SSH_AUTH_SOCK = agent;
  }
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
});
