// The SecretStore implementations: safeStorage ciphertexts in their own file
// (never plain text, mode 0600, damaged files tolerated) and the in-memory one.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InMemorySecretStore, SafeStorageSecretStore, secretsFilePath, type SafeStorageLike } from '../../../electron/settings/secretStore';
import { defaultSettingsDir } from '../../../electron/settings/settingsFolder';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'psl-secrets-'));
const secret = 'Pa55-settings-secret-ünï';
const lab = 'password:dev@lab01:22';
const key = 'passphrase:/home/dev/.ssh/id_ed25519';

/** A reversible stand-in for DPAPI/Keychain whose output is not the plain text. */
function fakeSafeStorage(available = true, backend: ReturnType<NonNullable<SafeStorageLike['getSelectedStorageBackend']>> = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (s: string) => Buffer.concat([Buffer.from('FAKE:'), Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)]),
    decryptString: (b: Buffer) => {
      if (b.subarray(0, 5).toString() !== 'FAKE:') throw new Error('cannot decrypt');
      return Buffer.from(b.subarray(5).map((x) => x ^ 0x5a)).toString('utf8');
    },
  };
}

function allText(dir: string): string {
  return readdirSync(dir)
    .map((f) => readFileSync(path.join(dir, f), 'latin1') + readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

describe('SafeStorageSecretStore', () => {
  it('keeps only ciphertexts, in their own 0600 file, readable by a new instance', async () => {
    const dir = tmp();
    const file = path.join(dir, 'secrets.json');
    const store = new SafeStorageSecretStore(fakeSafeStorage(), file);
    expect(store.persistent).toBe(true);
    await store.set(lab, secret);
    await store.set(key, 'other-passphrase');
    expect(await new SafeStorageSecretStore(fakeSafeStorage(), file).get(lab)).toBe(secret);
    expect(allText(dir)).not.toContain(secret);
    expect(allText(dir)).not.toContain('other-passphrase');
    expect(readdirSync(dir)).toEqual(['secrets.json']); // no temp file left behind
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    expect(Object.keys(onDisk).sort()).toEqual([key, lab]);
    expect(Buffer.from(onDisk[lab]!, 'base64').subarray(0, 5).toString()).toBe('FAKE:');
  });

  it('delete says whether something was removed', async () => {
    const store = new SafeStorageSecretStore(fakeSafeStorage(), path.join(tmp(), 'secrets.json'));
    await store.set(lab, secret);
    expect(await store.delete(lab)).toBe(true);
    expect(await store.delete(lab)).toBe(false);
    expect(await store.get(lab)).toBeNull();
  });

  it('refuses to persist when the OS offers no encryption, or only Linux "basic_text"', async () => {
    const none = new SafeStorageSecretStore(fakeSafeStorage(false), path.join(tmp(), 'secrets.json'));
    expect(none.persistent).toBe(false);
    await expect(none.set(lab, secret)).rejects.toThrow(/no encryption/);
    const dir = tmp();
    const basic = new SafeStorageSecretStore(fakeSafeStorage(true, 'basic_text'), path.join(dir, 'secrets.json'), 'linux');
    expect(basic.persistent).toBe(false);
    await expect(basic.set(lab, secret)).rejects.toThrow(/no encryption/);
    expect(readdirSync(dir)).toEqual([]);
    // The backend question is Linux's only: elsewhere the OS store is used.
    expect(new SafeStorageSecretStore(fakeSafeStorage(true, 'basic_text'), path.join(dir, 'secrets.json'), 'win32').persistent).toBe(true);
    expect(new SafeStorageSecretStore(fakeSafeStorage(true, 'kwallet5'), path.join(dir, 'secrets.json'), 'linux').persistent).toBe(true);
  });

  it('refuses malformed ids (a secret can only be filed under what it unlocks)', async () => {
    const store = new SafeStorageSecretStore(fakeSafeStorage(), path.join(tmp(), 'secrets.json'));
    await expect(store.set('lab01', secret)).rejects.toThrow(/malformed id/);
    await expect(store.set('__proto__', secret)).rejects.toThrow(/malformed id/);
    expect(await store.get('constructor')).toBeNull();
  });

  it('never throws on a damaged file: reads what is valid, and the next write keeps it', async () => {
    const dir = tmp();
    const file = path.join(dir, 'secrets.json');
    const good = new SafeStorageSecretStore(fakeSafeStorage(), file);
    await good.set(lab, secret);
    const goodBlob = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[lab]!;
    const damaged = [
      '{"password:dev@lab01:22": ', // cut short
      '\u0000\u0001garbage',
      '[1,2,3]',
      'null',
      '"a string"',
      JSON.stringify({ [lab]: 42, [key]: { nested: true }, constructor: goodBlob, 'password:x@y:1': 'not base64 !!' }),
    ];
    for (const text of damaged) {
      writeFileSync(file, text);
      const store = new SafeStorageSecretStore(fakeSafeStorage(), file);
      expect(await store.get(lab), text).toBeNull();
      expect(await store.get(key), text).toBeNull();
      expect(await store.delete(lab), text).toBe(false);
    }
    // Mixed: the valid entry survives, the damaged ones are dropped on the next write.
    writeFileSync(file, JSON.stringify({ [lab]: goodBlob, [key]: 17, junk: 'x' }));
    const store = new SafeStorageSecretStore(fakeSafeStorage(), file);
    expect(await store.get(lab)).toBe(secret);
    await store.set('password:dev@lab02:22', 'second');
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).sort()).toEqual([lab, 'password:dev@lab02:22']);
    // A ciphertext from another user/machine cannot be decrypted: ask again (null), no throw.
    writeFileSync(file, JSON.stringify({ [lab]: Buffer.from('OTHER-MACHINE').toString('base64') }));
    expect(await new SafeStorageSecretStore(fakeSafeStorage(), file).get(lab)).toBeNull();
  });

  it('a folder where the file should be: reads nothing, and a write fails with a message (no secret in it)', async () => {
    const dir = tmp();
    const file = path.join(dir, 'secrets.json');
    mkdirSync(file);
    const store = new SafeStorageSecretStore(fakeSafeStorage(), file);
    expect(await store.get(lab)).toBeNull();
    const failure = await store.set(lab, secret).then(
      () => null,
      (err: Error) => err.message,
    );
    expect(failure).not.toBeNull();
    expect(failure).not.toContain(secret);
  });

  it('lives next to the other settings files', () => {
    expect(secretsFilePath('/srv/psl')).toBe(path.resolve('/srv/psl/secrets.json'));
    expect(secretsFilePath()).toBe(path.join(defaultSettingsDir(), 'secrets.json'));
  });
});

describe('InMemorySecretStore (browser mode, CLI)', () => {
  it('is not persistent, so nothing is ever offered for remembering', async () => {
    const store = new InMemorySecretStore();
    expect(store.persistent).toBe(false);
    await store.set(lab, secret);
    expect(await store.get(lab)).toBe(secret);
    expect(await store.delete(lab)).toBe(true);
    expect(await store.delete(lab)).toBe(false);
  });
});
