// The core service connecting over SSH as the UI would: host-key and password
// questions arrive as `prompt.request` events and are answered with
// `prompt.answer`; a dropped link is reconnected.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventName, PromptRequest, RequestParams } from '../../../electron/contract';
import { dispatchRequest } from '../../../electron/service/apiDispatcher';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { startSshTestServer, type SshTestServer } from '../sshHarness/sshTestServer';
import { kdsimArgv, removeTempDirs, tempDir } from './sshTestKit';
import { readConsole } from '../consoleReader';

let server: SshTestServer;
let core: CoreService | null = null;

beforeAll(async () => {
  server = await startSshTestServer();
}, 60_000);
afterEach(async () => {
  await core?.dispose();
  core = null;
});
afterAll(async () => {
  await server?.stop();
  removeTempDirs();
});

/** A fake user: answers each question from `answers` and records what was asked. */
/** Answers as a client sends them (an older client leaves out `remember`). */
type ClientAnswer = RequestParams<'prompt.answer'>['answer'];

function attachUser(service: CoreService, answers: Partial<Record<PromptRequest['kind'], ClientAnswer>>) {
  const asked: PromptRequest[] = [];
  let consoleText = '';
  const states: string[] = [];
  service.onEvent((event: EventName, payload) => {
    if (event === 'console.output') consoleText += (payload as { data: string }).data;
    if (event === 'session.state') states.push((payload as { state: string }).state);
    if (event !== 'prompt.request') return;
    const request = payload as PromptRequest;
    asked.push(request);
    const answer = answers[request.kind] ?? (request.kind === 'host-key' ? { kind: 'host-key' as const, decision: 'cancel' as const } : { kind: 'secret' as const, value: null });
    void dispatchRequest(service.handlers, 'prompt.answer', { promptId: request.promptId, answer });
  });
  return { asked, console: () => consoleText, states };
}

function sshTarget(auth: { method: 'password' } | { method: 'key'; identityFile: string }) {
  return {
    kind: 'ssh' as const,
    host: server.host,
    port: server.port,
    user: server.user,
    auth,
    remoteArgv: kdsimArgv('mydriver-x86'),
  };
}

describe("core service over SSH (host key and password asked through events)", () => {
  it('asks for the host key with its SHA-256 fingerprint, then for the password, and runs commands', async () => {
    const settingsDir = tempDir('psleuth-core-ssh-');
    core = createCoreService({ settingsDir, openSshKnownHostsFiles: [] });
    const user = attachUser(core, {
      'host-key': { kind: 'host-key', decision: 'accept-and-remember' },
      password: { kind: 'secret', value: server.password },
    });
    const outcome = await dispatchRequest(core.handlers, 'session.connect', { target: sshTarget({ method: 'password' }) });
    expect(outcome).toEqual({ ok: true, result: { ok: true } });
    expect(user.asked.map((q) => q.kind)).toEqual(['host-key', 'password']);
    const hostKeyQuestion = user.asked[0] as Extract<PromptRequest, { kind: 'host-key' }>;
    expect(hostKeyQuestion.fingerprintSha256).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(hostKeyQuestion.port).toBe(server.port);

    const output = await readConsole(core).sendLine('ln 0x9a3bf6ed');
    expect(output).toContain('handleioctl.c(72)+0xa');

    // The remembered key is not asked again; the password never lands in the settings folder.
    await core.handlers['session.disconnect']({});
    const again = attachUser(core, { password: { kind: 'secret', value: server.password } });
    await core.handlers['session.connect']({ target: sshTarget({ method: 'password' }) });
    expect(again.asked.map((q) => q.kind)).toEqual(['password']);
    const knownHostsFile = readFileSync(`${settingsDir}/known-hosts.json`, 'utf8');
    expect(knownHostsFile).toContain(hostKeyQuestion.fingerprintSha256);
    expect(knownHostsFile).not.toContain(server.password);
  }, 60_000);

  it('cancelling the host-key question aborts before any credential is asked', async () => {
    core = createCoreService({ settingsDir: tempDir('psleuth-core-ssh-'), openSshKnownHostsFiles: [] });
    const user = attachUser(core, { 'host-key': { kind: 'host-key', decision: 'cancel' } });
    const outcome = await dispatchRequest(core.handlers, 'session.connect', { target: sshTarget({ method: 'password' }) });
    expect(outcome.ok).toBe(false);
    expect(user.asked.map((q) => q.kind)).toEqual(['host-key']);
    expect((await core.handlers['session.getState']({})).state).toBe('failed');
  }, 60_000);

  it('reconnects after the link drops and the next command works', async () => {
    core = createCoreService({ settingsDir: tempDir('psleuth-core-ssh-'), openSshKnownHostsFiles: [], reconnectBaseDelayMs: 200 });
    const user = attachUser(core, { 'host-key': { kind: 'host-key', decision: 'accept-once' } });
    await core.handlers['session.connect']({ target: sshTarget({ method: 'key', identityFile: server.clientKeyFile }) });
    server.dropConnections();
    await vi.waitFor(() => expect(user.console()).toContain('Reconnected to'), { timeout: 30_000, interval: 100 });
    expect(user.console()).toMatch(/The link to .* was lost/);
    const output = await readConsole(core).sendLine('.echo back-again');
    expect(output).toMatch(/\.echo back-again\r\nback-again\r\n/);
    expect(user.states).toContain('failed');
    expect(user.states.at(-1)).toBe('ready');
  }, 60_000);
});
