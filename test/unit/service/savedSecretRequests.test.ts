// The core's requests around remembered secrets: `app.capabilities` says whether
// the store can remember, `secrets.forget` removes one (validated, resolved as the
// connection resolves it); and the prompt broker passes `remember` only where offered.
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PromptRequest } from '../../../electron/contract';
import { dispatchRequest } from '../../../electron/service/apiDispatcher';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { UserPromptBroker } from '../../../electron/service/userPromptBroker';
import { InMemorySecretStore, type SecretStore } from '../../../electron/settings/secretStore';

/** A store that is persistent, as Electron's is (kept in memory here). */
class PersistentMemoryStore implements SecretStore {
  readonly persistent = true;
  private readonly memory = new InMemorySecretStore();
  get = (id: string) => this.memory.get(id);
  set = (id: string, secret: string) => this.memory.set(id, secret);
  delete = (id: string) => this.memory.delete(id);
}

let core: CoreService | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

describe('secrets.forget and app.capabilities', () => {
  it('forgets a password by account and a passphrase by key file (~ expanded), saying how many went', async () => {
    const store = new PersistentMemoryStore();
    await store.set('password:dev@lab01.corp:2222', 'pw');
    await store.set(`passphrase:${path.join(os.homedir(), '.ssh', 'id_ed25519')}`, 'pp');
    core = createCoreService({ secretStore: store });
    expect(await dispatchRequest(core.handlers, 'app.capabilities', {})).toEqual({ ok: true, result: { nativeFileDialogs: false, rememberSecrets: true } });
    const forgetPassword = { kind: 'password', host: 'LAB01.corp', port: 2222, user: 'dev' };
    expect(await dispatchRequest(core.handlers, 'secrets.forget', forgetPassword)).toEqual({ ok: true, result: { removed: 1 } });
    expect(await dispatchRequest(core.handlers, 'secrets.forget', forgetPassword)).toEqual({ ok: true, result: { removed: 0 } });
    expect(await dispatchRequest(core.handlers, 'secrets.forget', { kind: 'passphrase', keyFile: '~/.ssh/id_ed25519' })).toEqual({ ok: true, result: { removed: 1 } });
    expect(await store.get('password:dev@lab01.corp:2222')).toBeNull();
  });

  it('refuses malformed requests before the store is touched', async () => {
    core = createCoreService({ secretStore: new PersistentMemoryStore() });
    for (const params of [
      { kind: 'password', host: 'lab01', port: 22 },
      { kind: 'password', host: 'lab01', port: 22, user: 'dev', password: 'pw' },
      { kind: 'passphrase', keyFile: 'a\u0000b' },
      { kind: 'token', value: 'x' },
    ]) {
      const outcome = await dispatchRequest(core.handlers, 'secrets.forget', params);
      expect(outcome, JSON.stringify(params)).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
    }
  });

  it('browser mode and the CLI (the default store) cannot remember: nothing to offer, nothing to forget', async () => {
    core = createCoreService();
    expect(await dispatchRequest(core.handlers, 'app.capabilities', {})).toEqual({ ok: true, result: { nativeFileDialogs: false, rememberSecrets: false } });
    expect(await dispatchRequest(core.handlers, 'secrets.forget', { kind: 'password', host: 'lab01', port: 22, user: 'dev' })).toEqual({ ok: true, result: { removed: 0 } });
  });
});

describe('UserPromptBroker secret questions', () => {
  function broker() {
    const published: PromptRequest[] = [];
    const prompts = new UserPromptBroker((r) => published.push(r), () => true);
    return { prompts, published };
  }
  const where = { host: 'lab01', port: 22, user: 'dev', attempt: 1, savedSecretRejected: false };

  it('publishes the offer and returns the choice with the value', async () => {
    const { prompts, published } = broker();
    const reply = prompts.askSecret({ ...where, kind: 'password', canRemember: true });
    expect(published).toEqual([{ ...where, kind: 'password', canRemember: true, promptId: expect.stringMatching(/^p[0-9a-f]{16}$/) }]);
    prompts.answer(published[0]!.promptId, { kind: 'secret', value: 'pw', remember: true });
    expect(await reply).toEqual({ value: 'pw', remember: true });
  });

  it('drops `remember` when the question did not offer it, and returns null on cancel', async () => {
    const { prompts, published } = broker();
    const passphrase = prompts.askSecret({ ...where, kind: 'passphrase', keyFile: '/k', canRemember: false });
    prompts.answer(published[0]!.promptId, { kind: 'secret', value: 'pp', remember: true });
    expect(await passphrase).toEqual({ value: 'pp', remember: false });
    const cancelled = prompts.askSecret({ ...where, kind: 'password', canRemember: true });
    prompts.answer(published[1]!.promptId, { kind: 'secret', value: null, remember: true });
    expect(await cancelled).toBeNull();
  });
});
