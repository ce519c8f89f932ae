// Targets the user connected to recently (most recent first), kept next to the
// settings in their own file so the saved profiles stay hand-editable. Same
// profile shape and the same secret guard as saved profiles.
import { z } from 'zod';
import type { SettingsFileLocation } from './confFile';
import { ConfFileStore } from './confFileStore';
import { assertNoSecretKeys } from './secretGuard';
import { profileSchema, type Profile } from './settingsSchema';

const recentEntrySchema = z.object({ profile: profileSchema, usedAt: z.string() });
const fileSchema = z.object({ recent: z.array(recentEntrySchema).max(50).default([]) });
type RecentFile = z.output<typeof fileSchema>;
export type RecentProfileEntry = z.output<typeof recentEntrySchema>;

export const maxRecentProfiles = 8;

/** Two entries are the same target when everything but the id and name agrees. */
function targetKey(profile: Profile): string {
  const { id: _id, name: _name, ...rest } = profile;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

export class RecentProfilesStore extends ConfFileStore<RecentFile> {
  constructor(location: SettingsFileLocation = {}) {
    super({
      ...location,
      configName: 'recent-targets',
      defaults: { recent: [] },
      what: 'recent targets',
      // A damaged recent list is not worth an error dialog: start a new one.
      resetWhenNotJson: true,
    });
  }

  list(): RecentProfileEntry[] {
    const parsed = fileSchema.safeParse(this.conf.store);
    // A damaged recent list is not worth an error dialog: start a new one.
    return parsed.success ? parsed.data.recent : [];
  }

  record(profile: Profile, usedAt = new Date().toISOString()): void {
    assertNoSecretKeys(profile, 'a recent target');
    const valid = profileSchema.parse(profile);
    const key = targetKey(valid);
    const rest = this.list().filter((e) => targetKey(e.profile) !== key);
    const recent = [{ profile: valid, usedAt }, ...rest].slice(0, maxRecentProfiles);
    assertNoSecretKeys(recent, this.conf.path);
    this.conf.set('recent', recent);
  }
}
