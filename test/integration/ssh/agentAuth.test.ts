// Agent authentication against the test sshd, with a real OpenSSH ssh-agent
// started by the test on its own socket (the user's agent is never touched).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSshTestServer, type SshTestServer } from '../sshHarness/sshTestServer';
import { connection, removeTempDirs, tempDir } from './sshTestKit';

let server: SshTestServer;
let agent: ChildProcess;
let agentSocket: string;

beforeAll(async () => {
  server = await startSshTestServer();
  agentSocket = path.join(tempDir('psl-agent-'), 'agent.sock');
  // -D: stay in the foreground so the test owns (and ends) the process.
  agent = spawn('ssh-agent', ['-D', '-a', agentSocket], { stdio: 'ignore' });
  await vi.waitFor(() => expect(existsSync(agentSocket)).toBe(true), { timeout: 10_000, interval: 50 });
  execFileSync('ssh-add', [server.clientKeyFile], { env: { ...process.env, SSH_AUTH_SOCK: agentSocket }, stdio: 'ignore' });
}, 60_000);

afterAll(async () => {
  agent?.kill();
  await server?.stop();
  removeTempDirs();
});

describe('SSH agent authentication', () => {
  it('logs in with the key the agent holds, asking for no secret', async () => {
    const conn = connection(server, { auth: { method: 'agent' }, transport: { agentSocket } });
    await conn.session.start();
    expect((await conn.session.execute('.echo agent-ok')).output).toBe('agent-ok\n');
    expect(conn.credentials.log.passwords).toEqual([]);
    expect(conn.credentials.log.passphrases).toEqual([]);
    await conn.session.close();
  }, 60_000);

  it('an agent without the right key fails with the methods tried', async () => {
    const emptySocket = path.join(tempDir('psl-agent-'), 'empty.sock');
    const emptyAgent = spawn('ssh-agent', ['-D', '-a', emptySocket], { stdio: 'ignore' });
    try {
      await vi.waitFor(() => expect(existsSync(emptySocket)).toBe(true), { timeout: 10_000, interval: 50 });
      const conn = connection(server, { auth: { method: 'agent' }, transport: { agentSocket: emptySocket } });
      await expect(conn.session.start()).rejects.toThrow(/Authentication failed for .*agent/);
    } finally {
      emptyAgent.kill();
    }
  }, 60_000);
});
