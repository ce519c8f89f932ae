// Where remembered passwords/passphrases live: never in the settings file.
// Electron: encrypted with safeStorage (DPAPI / Keychain / libsecret) in a
// separate file. Browser mode: memory only, gone when the app exits.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';

export interface SecretStore {
  get(id: string): Promise<string | null>;
  set(id: string, secret: string): Promise<void>;
  delete(id: string): Promise<void>;
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

  async delete(id: string): Promise<void> {
    this.secrets.delete(id);
  }
}

/** The part of Electron's safeStorage we use (injected, so Node tests pass a fake). */
export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

/** Ciphertexts only (base64), in their own file, written atomically. */
export class SafeStorageSecretStore implements SecretStore {
  constructor(
    private readonly safeStorage: SafeStorageLike,
    private readonly filePath: string,
  ) {}

  get persistent(): boolean {
    return this.safeStorage.isEncryptionAvailable();
  }

  private load(): Record<string, string> {
    try {
      const data: unknown = JSON.parse(readFileSync(this.filePath, 'utf8'));
      return data && typeof data === 'object' ? (data as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private save(entries: Record<string, string>): void {
    mkdirSync(path.dirname(this.filePath), { recursive: true });
    const tmp = `${this.filePath}.tmp`;
    writeFileSync(tmp, JSON.stringify(entries), { mode: 0o600 });
    renameSync(tmp, this.filePath);
  }

  async get(id: string): Promise<string | null> {
    const blob = this.load()[id];
    if (!blob || !this.safeStorage.isEncryptionAvailable()) return null;
    try {
      return this.safeStorage.decryptString(Buffer.from(blob, 'base64'));
    } catch {
      return null; // encrypted by another user/machine: ask again
    }
  }

  async set(id: string, secret: string): Promise<void> {
    if (!this.safeStorage.isEncryptionAvailable()) {
      throw new Error('The operating system offers no encryption for secrets here; the password is kept for this session only.');
    }
    const entries = this.load();
    entries[id] = this.safeStorage.encryptString(secret).toString('base64');
    this.save(entries);
  }

  async delete(id: string): Promise<void> {
    const entries = this.load();
    if (!(id in entries)) return;
    delete entries[id];
    this.save(entries);
  }
}
