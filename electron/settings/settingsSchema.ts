// What the settings file may hold: the contract's connection profiles (one
// declaration, electron/contract/connectionProfileTypes.ts) over the strict
// preset rules the core builds argvs with (contract/localPresetFieldRules.ts),
// plus what only the file keeps. Profiles never hold a secret (strict objects:
// an unknown key such as "password" is rejected, not silently kept).
import { z } from 'zod';
import { connectionProfileSchemasWith } from '../contract/connectionProfileTypes';
import { strictLocalPresetSchema } from '../contract/localPresetFieldRules';

const profiles = connectionProfileSchemasWith(strictLocalPresetSchema);

/**
 * `rememberSecret` is read from older settings files and dropped: whether a
 * password/passphrase is remembered is chosen in its prompt, and it is kept in
 * the SecretStore under what it unlocks (settings/secretIds.ts), not under a profile.
 */
const storedSshProfileSchema = profiles.ssh
  .extend({ rememberSecret: z.boolean().optional() })
  .transform(({ rememberSecret: _dropped, ...profile }) => profile);

export const profileSchema = z.union([profiles.demo, profiles.local, storedSshProfileSchema]);
/** What the store returns: exactly the contract's ConnectionProfile. */
export type Profile = z.output<typeof profileSchema>;

export const settingsFileSchema = z.object({
  profiles: z.array(profileSchema).max(200).default([]),
  recentDumps: z.array(z.string().min(1).max(4096)).max(20).default([]),
});
export type SettingsFile = z.output<typeof settingsFileSchema>;
