// Settings → Known hosts and Remembered secrets: the core lists what it keeps (names
// only, never a secret or a key) and forgets an entry; the next connect asks again.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchRequest, type RequestHandlers } from '../../../electron/service/apiDispatcher';
import { createKnownHostHandlers } from '../../../electron/service/knownHostHandlers';
import { createSavedSecretHandlers } from '../../../electron/service/savedSecretHandlers';
import { KnownHostsStore } from '../../../electron/settings/knownHostsStore';
import { describeSecretId, passwordSecretId } from '../../../electron/settings/secretIds';
import { InMemorySecretStore } from '../../../electron/settings/secretStore';

/** The dispatcher (params checked against the contract) over just the handlers under test. */
const dispatch = (handlers: Partial<RequestHandlers>, method: string, params: unknown) => dispatchRequest(handlers as RequestHandlers, method, params);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const key = (host: string, port: number, keyType: string) => ({
  host,
  port,
  keyType,
  keyBase64: 'AAAAC3NzaC1lZDI1NTE5AAAAIE=',
  fingerprintSha256: `SHA256:${keyType}${port}`,
  addedAt: '2026-12-05T07:00:00.000Z',
});

describe('knownHosts.list / knownHosts.forget', () => {
  it('lists the remembered keys without the key itself and forgets every key of host:port', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'poolsleuth-known-hosts-'));
    dirs.push(dir);
    const store = new KnownHostsStore({ cwd: dir });
    store.remember(key('lab01', 22, 'ssh-ed25519'));
    store.remember(key('lab01', 22, 'ecdsa-sha2-nistp256'));
    store.remember(key('lab02', 2222, 'ssh-ed25519'));
    const handlers = createKnownHostHandlers(dir);

    const listed = await dispatch(handlers, 'knownHosts.list', {});
    expect(listed).toEqual({
      ok: true,
      result: {
        hosts: [
          { host: 'lab01', port: 22, keyType: 'ssh-ed25519', fingerprintSha256: 'SHA256:ssh-ed2551922', addedAt: '2026-12-05T07:00:00.000Z' },
          { host: 'lab01', port: 22, keyType: 'ecdsa-sha2-nistp256', fingerprintSha256: 'SHA256:ecdsa-sha2-nistp25622', addedAt: '2026-12-05T07:00:00.000Z' },
          { host: 'lab02', port: 2222, keyType: 'ssh-ed25519', fingerprintSha256: 'SHA256:ssh-ed255192222', addedAt: '2026-12-05T07:00:00.000Z' },
        ],
      },
    });
    expect(JSON.stringify(listed)).not.toContain('keyBase64');

    expect(await dispatch(handlers, 'knownHosts.forget', { host: 'lab01', port: 22 })).toEqual({ ok: true, result: { removed: 2 } });
    // The store the SSH transport reads sees it gone.
    expect(new KnownHostsStore({ cwd: dir }).list().map((k) => `${k.host}:${k.port}`)).toEqual(['lab02:2222']);
    expect(await dispatch(handlers, 'knownHosts.forget', { host: 'lab01', port: 22 })).toEqual({ ok: true, result: { removed: 0 } });
    expect((await dispatch(handlers, 'knownHosts.forget', { host: '', port: 22 })).ok).toBe(false);
  });
});

describe('secrets.list', () => {
  it('names each remembered secret by what it unlocks', async () => {
    const store = new InMemorySecretStore();
    await store.set(passwordSecretId({ host: 'LAB01', port: 2222, user: 'dev@corp' }), 'pw');
    await store.set(passwordSecretId({ host: '[fe80::1]', port: 22, user: 'root' }), 'pw2');
    await store.set('passphrase:/home/dev/.ssh/id_ed25519', 'pp');
    const result = await dispatch(createSavedSecretHandlers(store), 'secrets.list', {});
    expect(result).toEqual({
      ok: true,
      result: {
        entries: [
          { kind: 'password', user: 'dev@corp', host: 'lab01', port: 2222 },
          { kind: 'password', user: 'root', host: 'fe80::1', port: 22 },
          { kind: 'passphrase', keyFile: '/home/dev/.ssh/id_ed25519' },
        ],
      },
    });
    expect(JSON.stringify(result)).not.toMatch(/"pw|"pp"/);
    expect(describeSecretId('password:nohost')).toBeNull();
  });
});
