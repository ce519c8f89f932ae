// Where remembered passwords/passphrases live: never in the settings file.
// Electron: encrypted with safeStorage (DPAPI / Keychain / libsecret) in a
// separate file. Browser mode and the CLI: memory only, and not `persistent`,
// so nothing is ever offered for remembering there.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { isSecretId } from './secretIds';
import { settingsFilePath } from './settingsFolder';

export interface SecretStore {
  get(id: string): Promise<string | null>;
  set(id: string, secret: string): Promise<void>;
  /** True when an entry was there and is gone now. */
  delete(id: string): Promise<boolean>;
  /** The ids kept (what each secret unlocks, never the secret), for Settings. */
  ids?(): Promise<string[]>;
  /** False where secrets cannot be kept safely (then the UI does not offer "remember"). */
  readonly persistent: boolean;
}

export class InMemorySecretStore implements SecretStore {
  readonly persistent = false;
  private readonly secrets = new Map<string, string>();

  async get(id: string): Promise<string | null> {
    return this.secrets.get(id) ?? null;
  }

  async set(id: string, secret: string): Promise<void> {
    this.secrets.set(id, secret);
  }

  async delete(id: string): Promise<boolean> {
    return this.secrets.delete(id);
  }

  async ids(): Promise<string[]> {
    return [...this.secrets.keys()];
  }
}

/** The part of Electron's safeStorage we use (injected, so Node tests pass a fake). */
export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

export const secretsFileName = 'secrets.json';

/** The secrets file sits next to the other settings files (the same folder rules). */
export function secretsFilePath(settingsDir?: string): string {
  return settingsFilePath(secretsFileName, settingsDir);
}

const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Ciphertexts only (base64), keyed by secret id (secretIds.ts), in their own file,
 * written atomically with mode 0600. A missing or damaged file reads as empty (the
 * secrets are only a convenience: the user is asked again); the next write keeps
 * the entries that were still readable.
 */
export class SafeStorageSecretStore implements SecretStore {
  constructor(
    private readonly safeStorage: SafeStorageLike,
    readonly filePath: string,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  get persistent(): boolean {
    if (!this.safeStorage.isEncryptionAvailable()) return false;
    // Linux without a keyring: Chromium's "basic_text" backend encrypts with a fixed,
    // published key, which protects nothing; such a machine is treated as having none.
    return !(this.platform === 'linux' && this.safeStorage.getSelectedStorageBackend?.() === 'basic_text');
  }

  async get(id: string): Promise<string | null> {
    if (!isSecretId(id) || !this.persistent) return null;
    const blob = this.load().get(id);
    if (!blob) return null;
    try {
      return this.safeStorage.decryptString(Buffer.from(blob, 'base64'));
    } catch {
      return null; // encrypted by another user/machine, or the keyring is locked: ask again
    }
  }

  async set(id: string, secret: string): Promise<void> {
    if (!isSecretId(id)) throw new Error('Refusing to store a secret under a malformed id.');
    if (!this.persistent) {
      throw new Error('The operating system offers no encryption for secrets here; the password is kept for this session only.');
    }
    const entries = this.load();
    entries.set(id, this.safeStorage.encryptString(secret).toString('base64'));
    this.save(entries);
  }

  async delete(id: string): Promise<boolean> {
    const entries = this.load();
    if (!entries.delete(id)) return false;
    this.save(entries);
    return true;
  }

  async ids(): Promise<string[]> {
    return [...this.load().keys()];
  }

  private load(): Map<string, string> {
    const entries = new Map<string, string>();
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(this.filePath, 'utf8'));
    } catch {
      return entries; // missing, unreadable or not JSON
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return entries;
    for (const [id, blob] of Object.entries(data)) {
      if (isSecretId(id) && typeof blob === 'string' && base64Pattern.test(blob)) entries.set(id, blob);
    }
    return entries;
  }

  private save(entries: Map<string, string>): void {
    mkdirSync(path.dirname(this.filePath), { recursive: true });
    const tmp = `${this.filePath}.tmp`;
    // A fresh file ('wx'), so the mode applies and a planted link is never followed.
    rmSync(tmp, { force: true });
    writeFileSync(tmp, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, this.filePath);
  }
}
