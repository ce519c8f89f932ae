// A settings file that is not JSON (a bad hand edit, a half-written file) is reported
// naming the file, by every store; the disposable recent list starts afresh instead.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnownHostsStore } from '../../../electron/settings/knownHostsStore';
import { RecentProfilesStore } from '../../../electron/settings/recentProfilesStore';
import { SettingsStore } from '../../../electron/settings/settingsStore';
import { SourcePathMappingStore } from '../../../electron/settings/sourcePathMappingStore';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'psl-conffile-'));
const notJson = '{"profiles": [';

const stores = [
  { file: 'settings.json', what: 'settings', open: (cwd: string) => new SettingsStore({ cwd }).listProfiles() },
  { file: 'known-hosts.json', what: 'known-hosts', open: (cwd: string) => new KnownHostsStore({ cwd }).list() },
  { file: 'source-paths.json', what: 'source path settings', open: (cwd: string) => new SourcePathMappingStore({ cwd }).list() },
];

describe('settings files that are not JSON', () => {
  for (const { file, what, open } of stores) {
    it(`${file}: "The ${what} file <path> is damaged (not JSON)", and the file is left as it was`, () => {
      const dir = tmp();
      const full = path.join(dir, file);
      writeFileSync(full, notJson);
      expect(() => open(dir)).toThrow(`The ${what} file ${full} is damaged (not JSON); fix or delete it.`);
      expect(readFileSync(full, 'utf8')).toBe(notJson);
    });
  }

  it('a file broken after the store opened it is reported on the next read', () => {
    const dir = tmp();
    const store = new SettingsStore({ cwd: dir });
    expect(store.listProfiles()).toEqual([]);
    writeFileSync(path.join(dir, 'settings.json'), notJson);
    expect(() => store.listProfiles()).toThrow(`The settings file ${path.join(dir, 'settings.json')} is damaged (not JSON); fix or delete it.`);
  });

  it('the recent-targets list starts afresh and keeps working', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'recent-targets.json'), notJson);
    const recents = new RecentProfilesStore({ cwd: dir });
    expect(recents.list()).toEqual([]);
    recents.record({ kind: 'demo', id: 'demo', name: 'Demo', scenario: 'mydriver-x86' });
    expect(recents.list().map((e) => e.profile.id)).toEqual(['demo']);
  });
});
