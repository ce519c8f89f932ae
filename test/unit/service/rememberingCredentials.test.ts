// The app's credential flow for "remember password": asks and saves only after the
// server accepted; the next connection asks nothing; a refused saved secret is
// forgotten and asked again (with the reason); nothing is offered or written where the
// store is not persistent; keyboard-interactive answers are never kept. The fake
// "server" below drives the provider the way SshAuthenticator and SshTransport do.
import { describe, expect, it } from 'vitest';
import { consoleNoteText, type ConsoleNote } from '../../../electron/contract';
import type { CredentialProvider } from '../../../electron/debugger/ssh/credentialProvider';
import { rememberingCredentials } from '../../../electron/service/rememberingCredentials';
import type { SecretPrompts, SecretQuestion, SecretReply } from '../../../electron/service/secretPrompts';
import { InMemorySecretStore, type SecretStore } from '../../../electron/settings/secretStore';

const account = { host: 'Lab01', port: 22, user: 'dev' };
const passwordId = 'password:dev@lab01:22';
const keyFile = '/home/dev/.ssh/id_ed25519';
const passphraseId = `passphrase:${keyFile}`;
const right = 'correct-horse-battery';

/** A persistent store (as Electron's) that records every call. */
class RecordingStore implements SecretStore {
  readonly calls: string[] = [];
  readonly entries = new Map<string, string>();
  persistent = true;
  failWrites = false;
  async get(id: string) {
    this.calls.push(`get ${id}`);
    return this.entries.get(id) ?? null;
  }
  async set(id: string, secret: string) {
    this.calls.push(`set ${id}`);
    if (this.failWrites) throw new Error('disk full');
    this.entries.set(id, secret);
  }
  async delete(id: string) {
    this.calls.push(`delete ${id}`);
    return this.entries.delete(id);
  }
}

/** The user: answers from a list, records each question. */
function user(replies: Array<SecretReply | null>): SecretPrompts & { asked: SecretQuestion[]; keyboard: number } {
  const queue = [...replies];
  const asked: SecretQuestion[] = [];
  return {
    asked,
    keyboard: 0,
    async askSecret(question) {
      asked.push(question);
      return queue.shift() ?? null;
    },
    async answerKeyboardInteractive(request) {
      this.keyboard++;
      return request.prompts.map(() => 'kbd-answer');
    },
  };
}

/** Password authentication as ssh2 + SshAuthenticator run it: up to 3 tries, then the server gives up. */
async function passwordLogin(provider: CredentialProvider, options: { hangUpAfterFirstFailure?: boolean } = {}): Promise<'accepted' | 'rejected' | 'cancelled'> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const password = await provider.askPassword({ ...account, attempt });
    if (password === null) {
      await provider.authenticationSettled?.('unfinished');
      return 'cancelled';
    }
    if (password === right) {
      await provider.authenticationSettled?.('accepted');
      return 'accepted';
    }
    if (options.hangUpAfterFirstFailure) break;
  }
  await provider.authenticationSettled?.('rejected');
  return 'rejected';
}

/** Key authentication: the passphrase must decrypt the key locally, then the server judges the key. */
async function keyLogin(provider: CredentialProvider, passphrase: string, serverAcceptsKey = true): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const given = await provider.askPassphrase({ ...account, attempt, keyFile });
    if (given === null) {
      await provider.authenticationSettled?.('unfinished');
      return 'cancelled';
    }
    if (given === passphrase) {
      await provider.authenticationSettled?.(serverAcceptsKey ? 'accepted' : 'rejected');
      return serverAcceptsKey ? 'accepted' : 'rejected';
    }
  }
  await provider.authenticationSettled?.('unfinished'); // "Wrong passphrase (3 attempts)" is a key-file error
  return 'wrong-passphrase';
}

function connect(store: SecretStore, prompts: SecretPrompts) {
  const notes: string[] = [];
  // The notes' English as the console shows it, less the console's "[PoolSleuth] " prefix.
  const notify = (note: ConsoleNote) => notes.push(consoleNoteText(note).replace(/^\[PoolSleuth\] /, ''));
  return { provider: rememberingCredentials({ store, prompts, notify }), notes };
}

describe('remembered SSH passwords', () => {
  it('first connection: asks (offering remember), saves only after the server accepted, and only the right password', async () => {
    const store = new RecordingStore();
    const person = user([
      { value: 'typo', remember: true },
      { value: right, remember: true },
    ]);
    const { provider } = connect(store, person);
    const pending = provider.askPassword({ ...account, attempt: 1 });
    expect(await pending).toBe('typo');
    expect(store.calls).toEqual([`get ${passwordId}`]); // nothing written before the server decided
    expect(await provider.askPassword({ ...account, attempt: 2 })).toBe(right);
    expect(store.calls.filter((c) => c.startsWith('set'))).toEqual([]);
    await provider.authenticationSettled!('accepted');
    expect(store.entries.get(passwordId)).toBe(right);
    expect(person.asked.map((q) => [q.kind, q.attempt, q.canRemember, q.savedSecretRejected])).toEqual([
      ['password', 1, true, false],
      ['password', 2, true, false],
    ]);
  });

  it('second connection: the saved password is used and nothing is asked', async () => {
    const store = new RecordingStore();
    await passwordLogin(connect(store, user([{ value: right, remember: true }])).provider);
    const second = user([]);
    expect(await passwordLogin(connect(store, second).provider)).toBe('accepted');
    expect(second.asked).toEqual([]);
    expect(store.entries.get(passwordId)).toBe(right);
  });

  it('never saves when remember is not ticked, the login fails, or it is cancelled', async () => {
    for (const [replies, outcome] of [
      [[{ value: right, remember: false }], 'accepted'],
      [[{ value: 'wrong1', remember: true }, { value: 'wrong2', remember: true }, { value: 'wrong3', remember: true }], 'rejected'],
      [[{ value: 'wrong', remember: true }, null], 'cancelled'],
    ] as const) {
      const store = new RecordingStore();
      expect(await passwordLogin(connect(store, user([...replies])).provider)).toBe(outcome);
      expect(store.calls.filter((c) => !c.startsWith('get')), outcome).toEqual([]);
      expect(store.entries.size).toBe(0);
    }
  });

  it('a saved password the server rejects is deleted, the user is asked again (told why), and it stays gone', async () => {
    const store = new RecordingStore();
    store.entries.set(passwordId, 'stale-password');
    const person = user([{ value: right, remember: false }]);
    const { provider, notes } = connect(store, person);
    expect(await passwordLogin(provider)).toBe('accepted');
    expect(person.asked).toHaveLength(1);
    expect(person.asked[0]).toMatchObject({ kind: 'password', attempt: 2, canRemember: true, savedSecretRejected: true });
    expect(store.entries.has(passwordId)).toBe(false);
    expect(store.calls).toEqual([`get ${passwordId}`, `delete ${passwordId}`]);
    expect(notes).toEqual(['The saved password for dev@lab01:22 was rejected by the server; it has been forgotten.']);
    expect(notes.join('\n')).not.toContain('stale-password');
  });

  it('a saved password the user replaces (remember ticked again) is saved anew once it works', async () => {
    const store = new RecordingStore();
    store.entries.set(passwordId, 'stale-password');
    expect(await passwordLogin(connect(store, user([{ value: right, remember: true }])).provider)).toBe('accepted');
    expect(store.entries.get(passwordId)).toBe(right);
  });

  it('a server that hangs up on the saved password (no second question) still gets it forgotten', async () => {
    const store = new RecordingStore();
    store.entries.set(passwordId, 'stale-password');
    const person = user([]);
    const { provider, notes } = connect(store, person);
    expect(await passwordLogin(provider, { hangUpAfterFirstFailure: true })).toBe('rejected');
    expect(person.asked).toEqual([]);
    expect(store.entries.has(passwordId)).toBe(false);
    expect(notes[0]).toMatch(/saved password for dev@lab01:22 was rejected/);
  });

  it('an unfinished connection (cancelled, unreachable) forgets nothing', async () => {
    const store = new RecordingStore();
    store.entries.set(passwordId, right);
    const { provider } = connect(store, user([]));
    expect(await provider.askPassword({ ...account, attempt: 1 })).toBe(right);
    await provider.authenticationSettled!('unfinished');
    expect(store.entries.get(passwordId)).toBe(right);
  });

  it('a store that cannot write says so and the connection goes on', async () => {
    const store = new RecordingStore();
    store.failWrites = true;
    const { provider, notes } = connect(store, user([{ value: right, remember: true }]));
    expect(await passwordLogin(provider)).toBe('accepted');
    expect(notes).toEqual(['Could not remember the password: disk full']);
  });

  it('a host the id cannot name is simply not offered', async () => {
    const store = new RecordingStore();
    const person = user([{ value: right, remember: true }]);
    const { provider } = connect(store, person);
    expect(await provider.askPassword({ host: 'bad host', port: 22, user: 'dev', attempt: 1 })).toBe(right);
    await provider.authenticationSettled!('accepted');
    expect(person.asked[0]!.canRemember).toBe(false);
    expect(store.calls).toEqual([]);
  });
});

describe('remembered key passphrases', () => {
  it('saved after the login worked, under the key file; used next time without asking', async () => {
    const store = new RecordingStore();
    const person = user([{ value: 'pp-typo', remember: true }, { value: 'pp-right', remember: true }]);
    expect(await keyLogin(connect(store, person).provider, 'pp-right')).toBe('accepted');
    expect(person.asked.map((q) => q.kind === 'passphrase' && [q.keyFile, q.canRemember])).toEqual([
      [keyFile, true],
      [keyFile, true],
    ]);
    expect([...store.entries]).toEqual([[passphraseId, 'pp-right']]);
    const again = user([]);
    expect(await keyLogin(connect(store, again).provider, 'pp-right')).toBe('accepted');
    expect(again.asked).toEqual([]);
  });

  it('a saved passphrase that no longer decrypts the key is deleted and asked again', async () => {
    const store = new RecordingStore();
    store.entries.set(passphraseId, 'old-passphrase');
    const person = user([{ value: 'new-passphrase', remember: false }]);
    const { provider, notes } = connect(store, person);
    expect(await keyLogin(provider, 'new-passphrase')).toBe('accepted');
    expect(person.asked[0]).toMatchObject({ kind: 'passphrase', savedSecretRejected: true });
    expect(store.entries.size).toBe(0);
    expect(notes).toEqual([`The saved passphrase of ${keyFile} did not unlock the key; it has been forgotten.`]);
  });

  it('is kept when it unlocked the key but the server refused the key itself', async () => {
    const store = new RecordingStore();
    store.entries.set(passphraseId, 'pp-right');
    expect(await keyLogin(connect(store, user([])).provider, 'pp-right', false)).toBe('rejected');
    expect(store.entries.get(passphraseId)).toBe('pp-right');
  });
});

describe('where nothing is remembered', () => {
  it('browser mode (a store that is not persistent): never offered, never read or written, even if the reply says remember', async () => {
    const store = new InMemorySecretStore();
    const touched: string[] = [];
    for (const method of ['get', 'set', 'delete'] as const) {
      const original = store[method].bind(store) as (...a: unknown[]) => Promise<unknown>;
      (store as unknown as Record<string, unknown>)[method] = (...a: unknown[]) => (touched.push(method), original(...a));
    }
    const person = user([{ value: right, remember: true }]);
    expect(await passwordLogin(connect(store, person).provider)).toBe('accepted');
    expect(person.asked[0]!.canRemember).toBe(false);
    expect(touched).toEqual([]);
    const second = user([{ value: right, remember: true }]);
    await passwordLogin(connect(store, second).provider);
    expect(second.asked).toHaveLength(1); // asked again: nothing was kept
  });

  it('keyboard-interactive answers pass straight through and are never kept', async () => {
    const store = new RecordingStore();
    const person = user([]);
    const { provider } = connect(store, person);
    const answers = await provider.answerKeyboardInteractive({ ...account, attempt: 1, name: '', instructions: '', prompts: [{ prompt: 'Password:', echo: false }] });
    expect(answers).toEqual(['kbd-answer']);
    await provider.authenticationSettled!('accepted');
    expect(person.keyboard).toBe(1);
    expect(store.calls).toEqual([]);
  });
});
