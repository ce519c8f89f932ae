// The transports' typed exit reasons (TransportExit.detail) against real processes and the
// real sshd harness: the code and params a UI translates, beside the unchanged English.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureDetailText, failureOf, failureText } from '../../../electron/contract';
import { TransportStartError, type TransportExit } from '../../../electron/debugger/debuggerTransport';
import { LocalProcessTransport } from '../../../electron/debugger/localProcessTransport';
import { ReplayTransport } from '../../../electron/debugger/replayTransport';
import { SshConnectError } from '../../../electron/debugger/ssh';
import { freePort } from '../sshHarness/opensshServer';
import { startSshTestServer, type SshTestServer } from '../sshHarness/sshTestServer';
import { connection, removeTempDirs } from '../ssh/sshTestKit';
import { kdsimSession } from './kdsimProcess';

function exitOf(transport: LocalProcessTransport): { exit: Promise<TransportExit>; started: Promise<void> } {
  let started!: Promise<void>;
  const exit = new Promise<TransportExit>((resolve) => {
    started = transport.start({ data: () => undefined, diagnostic: () => undefined, exit: resolve });
  });
  return { exit, started };
}

const falsePath = spawnSync('sh', ['-c', 'command -v false']).stdout.toString().trim();

describe('local process transport: typed exit reasons', () => {
  it('/bin/false: exited {exitCode 1}, the English built from the same table', async () => {
    const { exit, started } = exitOf(new LocalProcessTransport({ argv: [falsePath] }));
    await started;
    const ended = await exit;
    expect(ended.detail).toEqual({ code: 'exited', params: { name: 'false', exitCode: '1' } });
    expect(ended.reason).toBe('false exited with code 1');
    expect(ended.expected).toBe(false);
  }, 30_000);

  it('a stderr line is kept as the exit\'s words (exited-saying)', async () => {
    const { exit, started } = exitOf(new LocalProcessTransport({ argv: ['sh', '-c', 'echo "cannot open dump" >&2; exit 3'], description: 'kd.exe' }));
    await started;
    const ended = await exit;
    expect(ended.detail).toEqual({ code: 'exited-saying', params: { name: 'kd.exe', exitCode: '3', stderr: 'cannot open dump' } });
    expect(ended.reason).toBe('kd.exe exited with code 3: cannot open dump');
  }, 30_000);

  it('a killed process: killed {signal SIGKILL}', async () => {
    const transport = new LocalProcessTransport({ argv: ['sleep', '60'] });
    const { exit, started } = exitOf(transport);
    await started;
    process.kill(transport.pid!, 'SIGKILL');
    const ended = await exit;
    expect(ended.detail).toEqual({ code: 'killed', params: { name: 'sleep', signal: 'SIGKILL' } });
    expect(ended.reason).toBe('sleep was killed by SIGKILL');
  }, 30_000);

  it('a missing path: the start rejects with not-found {command}', async () => {
    const transport = new LocalProcessTransport({ argv: ['/no/such/kd.exe', '-z', 'a.dmp'] });
    const error = await transport.start({ data: () => undefined, diagnostic: () => undefined, exit: () => undefined }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(TransportStartError);
    expect((error as TransportStartError).detail).toEqual({ code: 'not-found', params: { command: '/no/such/kd.exe' } });
    expect((error as Error).message).toBe(`${failureDetailText({ code: 'not-found', params: { command: '/no/such/kd.exe' } })}.`);
  });

  it('kdsim over real pipes, closed by the user: expected, typed as its exit, kept by the session', async () => {
    const ends: TransportExit[] = [];
    const session = kdsimSession(['--scenario', 'mydriver-x86'], { ended: (exit) => ends.push(exit) });
    await session.start();
    expect(session.exitReason).toBeNull();
    await session.close();
    expect(ends).toHaveLength(1);
    expect(ends[0]!.expected).toBe(true);
    expect(['exited', 'killed']).toContain(ends[0]!.detail.code);
    expect(ends[0]!.detail.params?.name).toBe('kdsim');
    expect(session.exitReason).toEqual(ends[0]!.detail);
  }, 60_000);

  it('a replay closes as replay-closed', async () => {
    const transport = new ReplayTransport({ description: 'x', banner: '', prompt: 'kd> ', commands: [], kind: 'dump' } as never);
    const ended = new Promise<TransportExit>((resolve) => void transport.start({ data: () => undefined, diagnostic: () => undefined, exit: resolve }));
    await transport.close();
    expect(await ended).toEqual({ reason: 'Replay closed.', detail: { code: 'replay-closed' }, expected: true });
  });
});

describe('SSH: typed connect errors and exit reasons against the real sshd', () => {
  let server: SshTestServer;
  const opened: ReturnType<typeof connection>[] = [];
  beforeAll(async () => void (server = await startSshTestServer()), 60_000);
  afterAll(async () => {
    await Promise.all(opened.map((conn) => conn.session.close().catch(() => undefined)));
    await server?.stop();
    removeTempDirs();
  });
  const open = (conn: ReturnType<typeof connection>) => (opened.push(conn), conn);

  it('refused port on 127.0.0.1: ssh-refused {target}, English unchanged', async () => {
    const port = await freePort();
    const conn = open(connection({ ...server, port }));
    const error = await conn.session.start().catch((err: unknown) => err);
    expect(error).toBeInstanceOf(SshConnectError);
    expect(failureOf(error)).toEqual({ code: 'ssh-refused', params: { target: `${server.host}:${port}` } });
    expect((error as Error).message).toBe(`Cannot reach ${server.host}:${port}: connection refused (is the OpenSSH server running and listening on that port?)`);
  }, 30_000);

  it('wrong key (a .pub file): ssh-key-file-unusable {file, why}', async () => {
    const conn = open(connection(server, { auth: { method: 'key', identityFile: `${server.clientKeyFile}.pub` } }));
    const failure = failureOf(await conn.session.start().catch((err: unknown) => err));
    expect(failure?.code).toBe('ssh-key-file-unusable');
    expect(failure?.params?.file).toBe(`${server.clientKeyFile}.pub`);
  }, 30_000);

  it('unknown user: ssh-auth-failed {user, target, tried}', async () => {
    const conn = open(connection({ ...server, user: 'no-such-user-psl' }));
    const error = await conn.session.start().catch((err: unknown) => err);
    const failure = failureOf(error);
    expect(failure).toEqual({ code: 'ssh-auth-failed', params: { user: 'no-such-user-psl', target: `${server.host}:${server.port}`, tried: 'publickey' } });
    expect((error as Error).message).toBe(failureText(failure!));
  }, 30_000);

  it('host key not accepted: ssh-host-key-not-accepted {target}', async () => {
    const conn = open(connection(server, { hostKeyDecision: 'cancel' }));
    const failure = failureOf(await conn.session.start().catch((err: unknown) => err));
    expect(failure).toEqual({ code: 'ssh-host-key-not-accepted', params: { target: `${server.host}:${server.port}` } });
  }, 30_000);

  it('a dropped link mid-session: the exit reason is link-lost / link-closed {target}', async () => {
    const conn = open(connection(server));
    await conn.session.start();
    const observed = new Promise<void>((resolve) => {
      const check = () => (conn.session.exitReason ? resolve() : setTimeout(check, 20));
      check();
    });
    server.dropConnections();
    await observed;
    const detail = conn.session.exitReason!;
    expect(['link-lost', 'link-closed', 'link-keepalive']).toContain(detail.code);
    expect(detail.params?.target).toBe(`${server.host}:${server.port}`);
    expect(conn.session.state.reason).toContain(failureDetailText(detail));
  }, 60_000);
});
