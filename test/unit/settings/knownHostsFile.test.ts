// known-hosts.json as the CLI reads it (knownHostsFile.ts) is the file the app's store
// writes: same place, same format, same "damaged" verdict.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { knownHostsFilePath, readRememberedHostKeys } from '../../../electron/settings/knownHostsFile';
import { KnownHostsStore } from '../../../electron/settings/knownHostsStore';
import { defaultSettingsDir, settingsDirFromEnvironment } from '../../../electron/settings/settingsFolder';

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psl-khfile-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.unstubAllEnvs());

const key = {
  host: 'lab01',
  port: 2222,
  keyType: 'ssh-ed25519',
  keyBase64: 'AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
  fingerprintSha256: 'SHA256:abc',
  addedAt: '2025-01-02T03:04:05.000Z',
};

describe('known-hosts.json, read without conf', () => {
  it('reads back what the app store remembered, from the path the store uses', () => {
    const dir = tmp();
    const store = new KnownHostsStore({ cwd: dir });
    store.remember(key);
    expect(knownHostsFilePath(dir)).toBe(store.location);
    expect(readRememberedHostKeys(knownHostsFilePath(dir))).toEqual([key]);
  });

  it('a missing file holds no keys', () => {
    expect(readRememberedHostKeys(path.join(tmp(), 'known-hosts.json'))).toEqual([]);
  });

  it('damaged for the reader exactly when it is damaged for the store (schema failure)', () => {
    const dir = tmp();
    writeFileSync(knownHostsFilePath(dir), JSON.stringify({ hosts: [{ ...key, keyType: 'bad type!' }] }));
    const message = `The known-hosts file ${knownHostsFilePath(dir)} is damaged; fix or delete it.`;
    expect(() => readRememberedHostKeys(knownHostsFilePath(dir))).toThrow(message);
    expect(() => new KnownHostsStore({ cwd: dir }).list()).toThrow(message);
  });
});

describe('the settings folder', () => {
  it('$POOLSLEUTH_SETTINGS_DIR when set and not empty', () => {
    vi.stubEnv('POOLSLEUTH_SETTINGS_DIR', '/srv/psl');
    expect(settingsDirFromEnvironment()).toBe('/srv/psl');
    vi.stubEnv('POOLSLEUTH_SETTINGS_DIR', '');
    expect(settingsDirFromEnvironment()).toBeUndefined();
  });

  // env-paths follows XDG_CONFIG_HOME on Linux, so conf's own default can be probed in a temp folder.
  it.runIf(process.platform === 'linux')("the default is conf's own default folder for 'poolsleuth'", () => {
    vi.stubEnv('XDG_CONFIG_HOME', tmp());
    const conf = new Conf({ projectName: 'poolsleuth', configName: 'known-hosts' });
    expect(knownHostsFilePath()).toBe(conf.path);
    expect(path.dirname(conf.path)).toBe(defaultSettingsDir());
  });
});
