// The Electron shell's secret store: safeStorage ciphertexts in secrets.json in the
// settings folder, and the core the app creates uses it (remember offered, forget works).
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MainProcessCore, MainProcessOptions } from '../../../electron/main/mainProcess';
import { defaultSettingsDir } from '../../../electron/settings/settingsFolder';
import { fakeCipherPrefix, resetFakeElectron, safeStorage } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));
const started: MainProcessOptions[] = [];
vi.mock('../../../electron/main/mainProcess', () => ({ startMainProcess: (options: MainProcessOptions) => started.push(options) }));
const { createAppSecretStore } = await import('../../../electron/main/appSecretStore');

const secret = 'Lab-pass-0nly-in-memory';
const id = 'password:dev@lab01:22';
const settingsDir = () => mkdtempSync(path.join(os.tmpdir(), 'psl-app-secrets-'));

describe('the app secret store', () => {
  beforeEach(() => resetFakeElectron());

  it('writes ciphertext only, to secrets.json in the settings folder ($POOLSLEUTH_SETTINGS_DIR)', async () => {
    const dir = settingsDir();
    const store = createAppSecretStore(safeStorage, { POOLSLEUTH_SETTINGS_DIR: dir });
    expect(store.filePath).toBe(path.join(dir, 'secrets.json'));
    expect(store.persistent).toBe(true);
    await store.set(id, secret);
    expect(readdirSync(dir)).toEqual(['secrets.json']);
    const text = readFileSync(path.join(dir, 'secrets.json'), 'utf8');
    expect(text).not.toContain(secret);
    const blob = (JSON.parse(text) as Record<string, string>)[id]!;
    expect(Buffer.from(blob, 'base64').toString('latin1')).toMatch(new RegExp(`^${fakeCipherPrefix}`));
    expect(Buffer.from(blob, 'base64').toString('latin1')).not.toContain(secret);
    expect(await createAppSecretStore(safeStorage, { POOLSLEUTH_SETTINGS_DIR: dir }).get(id)).toBe(secret);
  });

  it("defaults to conf's settings folder, where settings.json and known-hosts.json live", () => {
    expect(createAppSecretStore(safeStorage, {}).filePath).toBe(path.join(defaultSettingsDir(), 'secrets.json'));
  });

  it('is not persistent when safeStorage has no encryption (then nothing is offered)', () => {
    safeStorage.available = false;
    expect(createAppSecretStore(safeStorage, { POOLSLEUTH_SETTINGS_DIR: settingsDir() }).persistent).toBe(false);
  });
});

describe('the Electron entry creates its core with that store', () => {
  const savedEnv = process.env.POOLSLEUTH_SETTINGS_DIR;
  let core: MainProcessCore | null = null;
  beforeEach(() => resetFakeElectron());
  afterEach(async () => {
    await core?.dispose();
    core = null;
    if (savedEnv === undefined) delete process.env.POOLSLEUTH_SETTINGS_DIR;
    else process.env.POOLSLEUTH_SETTINGS_DIR = savedEnv;
  });

  it('offers remembering and forgets from the same secrets.json', async () => {
    await import('../../../electron/main/index');
    expect(started).toHaveLength(1);
    const dir = settingsDir();
    process.env.POOLSLEUTH_SETTINGS_DIR = dir;
    await createAppSecretStore(safeStorage, { POOLSLEUTH_SETTINGS_DIR: dir }).set(id, secret);
    core = started[0]!.createCore();
    await expect(core.handlers['app.capabilities']({})).resolves.toEqual({ nativeFileDialogs: true, rememberSecrets: true });
    await expect(core.handlers['secrets.forget']({ kind: 'password', host: 'lab01', port: 22, user: 'dev' })).resolves.toEqual({ removed: 1 });
    expect(JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8'))).toEqual({});
    safeStorage.available = false;
    await expect(core.handlers['app.capabilities']({})).resolves.toEqual({ nativeFileDialogs: true, rememberSecrets: false });
  });
});
