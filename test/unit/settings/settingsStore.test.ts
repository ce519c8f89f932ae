import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnownHostsStore } from '../../../electron/settings/knownHostsStore';
import { SettingsStore } from '../../../electron/settings/settingsStore';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'psl-settings-'));
const kd = 'C:\\Program Files (x86)\\Windows Kits\\10\\Debuggers\\x64\\kd.exe';
const secret = 'Pa55-settings-secret';

const sshProfile = {
  kind: 'ssh' as const,
  id: 'lab01',
  name: 'Lab host 01',
  host: 'lab01.corp.example',
  port: 22,
  user: 'driverdev',
  auth: { method: 'password' as const },
  remote: { kind: 'dump' as const, executable: kd, dumpPath: 'C:\\dumps\\MEMORY.DMP' },
  rememberSecret: true,
};

describe('SettingsStore', () => {
  it('persists demo, local and SSH profiles and recent dumps', () => {
    const cwd = tmp();
    const store = new SettingsStore({ cwd });
    store.saveProfile({ kind: 'demo', id: 'demo', name: 'Demo', scenario: 'mydriver-x86' });
    store.saveProfile({ kind: 'local', id: 'dump1', name: 'Dump', preset: { kind: 'dump', executable: kd, dumpPath: 'C:\\d\\MEMORY.DMP' } });
    store.saveProfile(sshProfile);
    store.saveProfile({ ...sshProfile, name: 'Lab host 01 (renamed)' });
    store.addRecentDump('C:\\d\\a.dmp');
    store.addRecentDump('C:\\d\\b.dmp');
    store.addRecentDump('c:\\D\\A.DMP');
    const reopened = new SettingsStore({ cwd });
    expect(reopened.listProfiles().map((p) => p.id)).toEqual(['demo', 'dump1', 'lab01']);
    expect(reopened.getProfile('lab01')?.name).toBe('Lab host 01 (renamed)');
    expect(reopened.recentDumps()).toEqual(['c:\\D\\A.DMP', 'C:\\d\\b.dmp']);
    reopened.deleteProfile('demo');
    expect(new SettingsStore({ cwd }).listProfiles()).toHaveLength(2);
    expect(reopened.path.startsWith(cwd)).toBe(true);
  });

  it('refuses a profile carrying a secret or an invalid field', () => {
    const store = new SettingsStore({ cwd: tmp() });
    expect(() => store.saveProfile({ ...sshProfile, password: secret } as never)).toThrow(/looks like a secret/);
    expect(() => store.saveProfile({ ...sshProfile, auth: { method: 'key', identityFile: '~/.ssh/id', passphrase: secret } } as never)).toThrow(/secret/);
    expect(() => store.saveProfile({ ...sshProfile, port: 0 })).toThrow();
    expect(() => store.saveProfile({ ...sshProfile, remote: { kind: 'kdnet', executable: kd, port: 50000, key: 'bad' } })).toThrow(/KDNET key/);
  });

  it('reports a damaged settings file instead of resetting it', () => {
    const cwd = tmp();
    const store = new SettingsStore({ cwd });
    store.addRecentDump('C:\\a.dmp');
    writeFileSync(store.path, JSON.stringify({ profiles: [{ kind: 'ssh', id: 'x' }], recentDumps: [] }));
    expect(() => new SettingsStore({ cwd }).listProfiles()).toThrow(/is damaged/);
  });
});

describe('KnownHostsStore', () => {
  it('remembers, replaces and forgets keys per host:port and type', () => {
    const cwd = tmp();
    const store = new KnownHostsStore({ cwd });
    const key = { host: 'lab01', port: 22, keyType: 'ssh-ed25519', keyBase64: 'AAAAC3NzaC1lZDI1NTE5AAAAIA==', fingerprintSha256: 'SHA256:abc', addedAt: '2026-01-01T00:00:00Z' };
    store.remember(key);
    store.remember({ ...key, keyBase64: 'AAAAC3NzaC1lZDI1NTE5AAAAIB==' });
    store.remember({ ...key, port: 2222 });
    expect(new KnownHostsStore({ cwd }).list()).toHaveLength(2);
    expect(store.list().find((k) => k.port === 22)?.keyBase64).toBe('AAAAC3NzaC1lZDI1NTE5AAAAIB==');
    expect(store.forget('lab01', 22)).toBe(1);
    expect(store.list().map((k) => k.port)).toEqual([2222]);
    expect(() => store.remember({ ...key, keyType: 'bad type' })).toThrow();
  });
});
