// Profiles and recent dumps, persisted with `conf` in the user's config
// folder (or `cwd` in tests). Every read is validated; a damaged file is
// reported, not silently reset.
import { damagedFileError, readConfFile, type SettingsFileLocation } from './confFile';
import { ConfFileStore } from './confFileStore';
import { profileSchema, settingsFileSchema, type Profile, type SettingsFile } from './settingsSchema';
import { assertNoSecretKeys } from './secretGuard';

export const maxRecentDumps = 10;

export class SettingsStore extends ConfFileStore<SettingsFile> {
  constructor(location: SettingsFileLocation = {}) {
    super({
      ...location,
      configName: 'settings',
      defaults: { profiles: [], recentDumps: [] },
      what: 'settings',
    });
  }

  private read(): SettingsFile {
    const parsed = settingsFileSchema.safeParse(readConfFile(this.conf, 'settings'));
    if (!parsed.success) throw damagedFileError('settings', this.conf.path, parsed.error.issues[0]?.message ?? 'invalid');
    return parsed.data;
  }

  private write(file: SettingsFile): void {
    assertNoSecretKeys(file, this.conf.path);
    this.conf.store = file;
  }

  listProfiles(): Profile[] {
    return this.read().profiles;
  }

  getProfile(id: string): Profile | undefined {
    return this.read().profiles.find((p) => p.id === id);
  }

  /** Adds or replaces (by id) a profile after validating it. */
  saveProfile(profile: Profile): void {
    assertNoSecretKeys(profile, 'a profile');
    const valid = profileSchema.parse(profile);
    const file = this.read();
    const others = file.profiles.filter((p) => p.id !== valid.id);
    this.write({ ...file, profiles: [...others, valid] });
  }

  deleteProfile(id: string): void {
    const file = this.read();
    this.write({ ...file, profiles: file.profiles.filter((p) => p.id !== id) });
  }

  recentDumps(): string[] {
    return this.read().recentDumps;
  }

  /** Most recent first, no duplicates (case-insensitive, as on Windows). */
  addRecentDump(dumpPath: string): void {
    const file = this.read();
    const rest = file.recentDumps.filter((d) => d.toLowerCase() !== dumpPath.toLowerCase());
    this.write({ ...file, recentDumps: [dumpPath, ...rest].slice(0, maxRecentDumps) });
  }
}
