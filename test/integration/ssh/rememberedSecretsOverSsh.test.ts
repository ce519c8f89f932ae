// "Remember password" end to end against the real sshd test harness: the core, with a
// persistent secret store (SafeStorageSecretStore over a fake safeStorage whose ciphertext
// is not the plain text), saves a password or key passphrase only after it worked, connects
// the next time without any prompt, and forgets a saved value the server (or the key) refuses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventName, PromptRequest, RequestParams } from '../../../electron/contract';
import { dispatchRequest } from '../../../electron/service/apiDispatcher';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { passphraseSecretId, passwordSecretId } from '../../../electron/settings/secretIds';
import { SafeStorageSecretStore, type SafeStorageLike } from '../../../electron/settings/secretStore';
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

/** Reversible, and visibly not the plain text: prefix + bytes XOR 0x5a. */
const fakeSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.concat([Buffer.from('FAKE:'), Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)]),
  decryptString: (b) => {
    if (b.subarray(0, 5).toString() !== 'FAKE:') throw new Error('cannot decrypt');
    return Buffer.from(b.subarray(5).map((x) => x ^ 0x5a)).toString('utf8');
  },
};

type ClientAnswer = RequestParams<'prompt.answer'>['answer'];

/** A fake user answering each question kind from `answers`; records questions and the console. */
function attachUser(service: CoreService, answers: Partial<Record<PromptRequest['kind'], ClientAnswer>>) {
  const asked: PromptRequest[] = [];
  let consoleText = '';
  const detach = service.onEvent((event: EventName, payload) => {
    if (event === 'console.output') consoleText += (payload as { data: string }).data;
    if (event !== 'prompt.request') return;
    const request = payload as PromptRequest;
    asked.push(request);
    const answer = answers[request.kind] ?? (request.kind === 'host-key' ? { kind: 'host-key' as const, decision: 'cancel' as const } : { kind: 'secret' as const, value: null });
    void dispatchRequest(service.handlers, 'prompt.answer', { promptId: request.promptId, answer });
  });
  return { asked, console: () => consoleText, detach };
}

function sshTarget(auth: { method: 'password' } | { method: 'key'; identityFile: string }) {
  return { kind: 'ssh' as const, host: server.host, port: server.port, user: server.user, auth, remoteArgv: kdsimArgv('mydriver-x86') };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Nothing written in the settings folder (settings, known hosts, secrets) holds the secret in plain text. */
function expectNoPlainText(settingsDir: string, secret: string): void {
  const files = filesUnder(settingsDir);
  expect(files.map((f) => path.basename(f))).toContain('secrets.json');
  for (const file of files) {
    expect(readFileSync(file, 'latin1'), file).not.toContain(secret);
    expect(readFileSync(file, 'utf8'), file).not.toContain(secret);
  }
}

const acceptedLogins = (how: 'password' | 'publickey') => server.log().filter((l) => new RegExp(`Accepted ${how} for`).test(l)).length;

describe('remembered SSH secrets (real sshd when it can run, else ssh2 Server)', () => {
  it('password: asked once and saved after it worked; the next connection asks nothing; a wrong saved value is forgotten and asked again', async () => {
    const settingsDir = tempDir('psleuth-remember-');
    const store = new SafeStorageSecretStore(fakeSafeStorage, path.join(settingsDir, 'secrets.json'));
    const id = passwordSecretId({ host: server.host, port: server.port, user: server.user });
    core = createCoreService({ settingsDir, openSshKnownHostsFiles: [], secretStore: store });

    // 1. First connection: host key and password asked; the box is offered and ticked.
    const first = attachUser(core, {
      'host-key': { kind: 'host-key', decision: 'accept-and-remember' },
      password: { kind: 'secret', value: server.password, remember: true },
    });
    expect(await dispatchRequest(core.handlers, 'session.connect', { target: sshTarget({ method: 'password' }) })).toEqual({ ok: true, result: { ok: true } });
    expect(first.asked.map((q) => q.kind)).toEqual(['host-key', 'password']);
    expect(first.asked[1]).toMatchObject({ canRemember: true, savedSecretRejected: false, attempt: 1 });
    expect(await store.get(id)).toBe(server.password);
    await core.handlers['session.disconnect']({});
    first.detach();
    expectNoPlainText(settingsDir, server.password);

    // 2. Second connection: no prompt at all, and the server saw the password (not a key).
    const acceptedBefore = acceptedLogins('password');
    const second = attachUser(core, {});
    await core.handlers['session.connect']({ target: sshTarget({ method: 'password' }) });
    expect(second.asked).toEqual([]);
    expect(await readConsole(core).sendLine('.echo remembered')).toMatch(/\.echo remembered\r\nremembered\r\n/);
    if (server.kind === 'openssh') expect(acceptedLogins('password')).toBe(acceptedBefore + 1);
    await core.handlers['session.disconnect']({});
    second.detach();

    // 3. A wrong saved value: tried first, refused, deleted; the user is asked (with the reason).
    await store.set(id, 'stale-saved-password');
    const third = attachUser(core, { password: { kind: 'secret', value: server.password, remember: false } });
    await core.handlers['session.connect']({ target: sshTarget({ method: 'password' }) });
    expect(third.asked.map((q) => q.kind)).toEqual(['password']);
    expect(third.asked[0]).toMatchObject({ savedSecretRejected: true, canRemember: true, attempt: 2 });
    expect(await store.get(id)).toBeNull();
    expect(JSON.parse(readFileSync(path.join(settingsDir, 'secrets.json'), 'utf8'))).toEqual({});
    expect(third.console()).toContain(`The saved password for ${server.user}@${server.host}:${server.port} was rejected by the server; it has been forgotten.`);
    if (server.kind === 'openssh') expect(server.log().some((l) => /Failed password for/.test(l))).toBe(true);

    // Secrets never reach the transcript or the console.
    const saved = await core.handlers['transcript.save']({});
    for (const text of [saved.content, saved.logText, third.console()]) {
      expect(text).not.toContain(server.password);
      expect(text).not.toContain('stale-saved-password');
    }
    third.detach();
  }, 90_000);

  it('a dropped link reconnects with the saved password, without a prompt', async () => {
    const settingsDir = tempDir('psleuth-remember-');
    const store = new SafeStorageSecretStore(fakeSafeStorage, path.join(settingsDir, 'secrets.json'));
    core = createCoreService({ settingsDir, openSshKnownHostsFiles: [], secretStore: store, reconnectBaseDelayMs: 200 });
    const user = attachUser(core, {
      'host-key': { kind: 'host-key', decision: 'accept-once' },
      password: { kind: 'secret', value: server.password, remember: true },
    });
    await core.handlers['session.connect']({ target: sshTarget({ method: 'password' }) });
    expect(user.asked.map((q) => q.kind)).toEqual(['host-key', 'password']);
    server.dropConnections();
    await vi.waitFor(() => expect(user.console()).toContain('Reconnected to'), { timeout: 30_000, interval: 100 });
    // Only the host key (accepted once, not remembered) is asked again.
    expect(user.asked.map((q) => q.kind)).toEqual(['host-key', 'password', 'host-key']);
    expect(await readConsole(core).sendLine('.echo back')).toMatch(/\.echo back\r\nback\r\n/);
  }, 90_000);

  it('key passphrase: saved under the key file after it worked; used next time; a stale one is forgotten', async () => {
    const settingsDir = tempDir('psleuth-remember-');
    const store = new SafeStorageSecretStore(fakeSafeStorage, path.join(settingsDir, 'secrets.json'));
    const id = passphraseSecretId(server.encryptedClientKeyFile);
    core = createCoreService({ settingsDir, openSshKnownHostsFiles: [], secretStore: store });
    const target = sshTarget({ method: 'key', identityFile: server.encryptedClientKeyFile });

    const first = attachUser(core, {
      'host-key': { kind: 'host-key', decision: 'accept-and-remember' },
      passphrase: { kind: 'secret', value: server.passphrase, remember: true },
    });
    await core.handlers['session.connect']({ target });
    expect(first.asked.map((q) => q.kind)).toEqual(['host-key', 'passphrase']);
    expect(first.asked[1]).toMatchObject({ canRemember: true, keyFile: server.encryptedClientKeyFile });
    expect(await store.get(id)).toBe(server.passphrase);
    await core.handlers['session.disconnect']({});
    first.detach();
    expectNoPlainText(settingsDir, server.passphrase);

    const second = attachUser(core, {});
    await core.handlers['session.connect']({ target });
    expect(second.asked).toEqual([]);
    await core.handlers['session.disconnect']({});
    second.detach();

    await store.set(id, 'stale-passphrase');
    const third = attachUser(core, { passphrase: { kind: 'secret', value: server.passphrase } });
    await core.handlers['session.connect']({ target });
    expect(third.asked).toHaveLength(1);
    expect(third.asked[0]).toMatchObject({ kind: 'passphrase', savedSecretRejected: true });
    expect(await store.get(id)).toBeNull();
    expect(third.console()).toContain('did not unlock the key; it has been forgotten.');

    // And the forget request removes what a later "remember" saved.
    await core.handlers['session.disconnect']({});
    third.detach();
    await store.set(id, server.passphrase);
    expect(await dispatchRequest(core.handlers, 'secrets.forget', { kind: 'passphrase', keyFile: server.encryptedClientKeyFile })).toEqual({ ok: true, result: { removed: 1 } });
    expect(await store.get(id)).toBeNull();
  }, 90_000);

  it('with the default store (browser mode) nothing is offered and nothing is written', async () => {
    const settingsDir = tempDir('psleuth-remember-');
    core = createCoreService({ settingsDir, openSshKnownHostsFiles: [] });
    const user = attachUser(core, {
      'host-key': { kind: 'host-key', decision: 'accept-and-remember' },
      password: { kind: 'secret', value: server.password, remember: true },
    });
    await core.handlers['session.connect']({ target: sshTarget({ method: 'password' }) });
    expect(user.asked[1]).toMatchObject({ kind: 'password', canRemember: false });
    await core.handlers['session.disconnect']({});
    user.detach();
    const again = attachUser(core, { password: { kind: 'secret', value: server.password, remember: true } });
    await core.handlers['session.connect']({ target: sshTarget({ method: 'password' }) });
    expect(again.asked.map((q) => q.kind)).toEqual(['password']);
    expect(filesUnder(settingsDir).map((f) => path.basename(f))).not.toContain('secrets.json');
    for (const file of filesUnder(settingsDir)) expect(readFileSync(file, 'latin1'), file).not.toContain(server.password);
  }, 90_000);
});
