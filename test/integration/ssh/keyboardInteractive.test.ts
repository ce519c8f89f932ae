// Keyboard-interactive needs a PAM-like server; the OpenSSH harness runs with
// UsePAM no, so this one always uses ssh2's Server (which asks two questions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSsh2TestServer } from '../sshHarness/ssh2TestServer';
import type { SshTestServer } from '../sshHarness/opensshServer';
import { connection, removeTempDirs } from './sshTestKit';

let server: SshTestServer;

beforeAll(async () => {
  server = await startSsh2TestServer();
});

afterAll(async () => {
  await server?.stop();
  removeTempDirs();
});

describe("keyboard-interactive authentication (ssh2's Server: OpenSSH here runs without PAM)", () => {
  it('hands every server question to the CredentialProvider and logs in with the answers', async () => {
    const conn = connection(server, { auth: { method: 'keyboard-interactive' } });
    conn.credentials.answerKeyboardInteractive = async (request) => {
      conn.credentials.log.keyboard.push(request);
      return request.prompts.map((p) => (p.echo ? '424242' : server.password));
    };
    await conn.session.start();
    expect(conn.credentials.log.keyboard).toEqual([
      {
        host: server.host,
        port: server.port,
        user: server.user,
        attempt: 1,
        name: 'PoolSleuth test',
        instructions: 'Answer both questions.',
        prompts: [
          { prompt: 'Password: ', echo: false },
          { prompt: 'Verification code: ', echo: true },
        ],
      },
    ]);
    expect((await conn.session.execute('.echo kbd-ok')).output).toBe('kbd-ok\n');
    await conn.session.close();
  }, 60_000);

  it('wrong answers: fails after three rounds with the methods tried', async () => {
    const conn = connection(server, { auth: { method: 'keyboard-interactive' }, password: 'nope' });
    await expect(conn.session.start()).rejects.toThrow(`Authentication failed for ${server.user}@${server.host}:${server.port} (methods tried: keyboard-interactive ×3).`);
  }, 60_000);
});
