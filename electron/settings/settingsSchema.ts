// What the settings file may hold. Profiles describe how to connect; they
// never hold a secret (strict objects: an unknown key such as "password" is
// rejected, not silently kept).
import { z } from 'zod';
import { localDebuggerPresetSchema } from '../debugger/localDebuggerPresets';

const profileId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const profileName = z.string().min(1).max(120);

export const demoProfileSchema = z.strictObject({ kind: z.literal('demo'), id: profileId, name: profileName, scenario: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) });

export const localProfileSchema = z.strictObject({ kind: z.literal('local'), id: profileId, name: profileName, preset: localDebuggerPresetSchema });

export const sshAuthSettingSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('agent') }),
  z.strictObject({ method: z.literal('key'), identityFile: z.string().min(1).max(4096) }),
  z.strictObject({ method: z.literal('password') }),
  z.strictObject({ method: z.literal('keyboard-interactive') }),
]);

export const sshProfileSchema = z.strictObject({
  kind: z.literal('ssh'),
  id: profileId,
  name: profileName,
  host: z.string().min(1).max(255).regex(/^[A-Za-z0-9.:\-[\]]+$/),
  port: z.number().int().min(1).max(65535),
  user: z.string().min(1).max(128).regex(/^[A-Za-z0-9._@\\-]+$/),
  auth: sshAuthSettingSchema,
  /** The debugger on the remote host: a preset (paths are the remote host's). */
  remote: localDebuggerPresetSchema,
  /**
   * Read from older settings files and ignored: whether a password/passphrase is remembered
   * is chosen in its prompt, and it is kept in the SecretStore under what it unlocks
   * (settings/secretIds.ts), not under a profile.
   */
  rememberSecret: z.boolean().default(false),
});

export const profileSchema = z.discriminatedUnion('kind', [demoProfileSchema, localProfileSchema, sshProfileSchema]);
export type Profile = z.input<typeof profileSchema>;

export const settingsFileSchema = z.object({
  profiles: z.array(profileSchema).max(200).default([]),
  recentDumps: z.array(z.string().min(1).max(4096)).max(20).default([]),
});
export type SettingsFile = z.output<typeof settingsFileSchema>;
