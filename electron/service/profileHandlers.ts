// Saved and recent connection profiles over the contract. The settings stores
// validate every field again and refuse anything that looks like a secret.
import { ZodError } from 'zod';
import { RecentProfilesStore } from '../settings/recentProfilesStore';
import { SettingsStore } from '../settings/settingsStore';
import type { RequestHandlers } from './apiDispatcher';

type Handlers = Pick<RequestHandlers, 'profiles.list' | 'profiles.save' | 'profiles.delete' | 'profiles.recordRecent'>;

/** A settings-schema failure as "field: what is wrong". */
function explain(err: unknown): never {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    throw new Error(`The profile cannot be saved: ${issue?.path.join('.') || 'profile'}: ${issue?.message ?? 'invalid'}`);
  }
  throw err;
}

export function createProfileHandlers(settingsDir: string | undefined): Handlers {
  let settings: SettingsStore | null = null;
  let recent: RecentProfilesStore | null = null;
  const store = () => (settings ??= new SettingsStore({ cwd: settingsDir }));
  const recents = () => (recent ??= new RecentProfilesStore({ cwd: settingsDir }));
  return {
    'profiles.list': async () => ({
      profiles: store().listProfiles(),
      recent: recents()
        .list()
        .map((e) => ({ profile: e.profile, usedAt: e.usedAt })),
      recentDumps: store().recentDumps(),
    }),
    'profiles.save': async ({ profile }) => {
      try {
        store().saveProfile(profile);
      } catch (err) {
        explain(err);
      }
      return { ok: true as const };
    },
    'profiles.delete': async ({ id }) => {
      store().deleteProfile(id);
      return { ok: true as const };
    },
    'profiles.recordRecent': async ({ profile }) => {
      try {
        recents().record(profile);
      } catch (err) {
        explain(err);
      }
      if (profile.kind === 'local' && profile.preset.kind === 'dump') store().addRecentDump(profile.preset.dumpPath);
      return { ok: true as const };
    },
  };
}
