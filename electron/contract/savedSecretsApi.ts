// Remembered SSH secrets (only where the core can encrypt them: Electron's
// safeStorage) and remembered host keys. The UI can list and forget them; a secret
// itself never crosses the contract outside the prompt flow — requests name only
// what it unlocks.
// Pure: no Node imports.
import { z } from 'zod';
import { sshTargetSchema } from './sessionTypes';

const keyFilePath = z.string().min(1).max(4096).regex(/^[^\u0000-\u001f\u007f]+$/, 'no control characters');

/** Which remembered secret to forget: an account's password, or a key file's passphrase. */
export const forgetSecretParamsSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('password'),
    host: sshTargetSchema.shape.host,
    port: z.number().int().min(1).max(65535),
    user: sshTargetSchema.shape.user,
  }),
  /** The key file as typed in the connect form (`~` allowed); the core resolves it as it does for connecting. */
  z.strictObject({ kind: z.literal('passphrase'), keyFile: keyFilePath }),
]);
export type ForgetSecretParams = z.infer<typeof forgetSecretParamsSchema>;

/** A remembered secret, named by what it unlocks (never the secret). */
export const savedSecretEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('password'), host: z.string().max(257), port: z.number().int().min(1).max(65535), user: z.string().max(128) }),
  z.object({ kind: z.literal('passphrase'), keyFile: z.string().max(4096) }),
]);
export type SavedSecretEntry = z.infer<typeof savedSecretEntrySchema>;

/** A host key accepted with "Accept and remember" (the app's known hosts; ~/.ssh/known_hosts is never listed or changed). */
export const knownHostEntrySchema = z.object({
  host: z.string().max(255),
  port: z.number().int().min(1).max(65535),
  keyType: z.string().max(64),
  fingerprintSha256: z.string().max(128),
  addedAt: z.string().max(64),
});
export type KnownHostEntry = z.infer<typeof knownHostEntrySchema>;

export const savedSecretRequestSchemas = {
  /** Forgets a remembered password or passphrase; `removed` is 0 when none was kept. */
  'secrets.forget': {
    params: forgetSecretParamsSchema,
    result: z.object({ removed: z.number().int().min(0).max(1) }),
  },
  /** What is remembered (Settings): accounts and key files, never the secrets. Empty where nothing can be kept (browser mode). */
  'secrets.list': { params: z.strictObject({}), result: z.object({ entries: z.array(savedSecretEntrySchema) }) },
  /** Host keys the user accepted with "remember" (Settings → Known hosts). */
  'knownHosts.list': { params: z.strictObject({}), result: z.object({ hosts: z.array(knownHostEntrySchema) }) },
  /** Forgets every key remembered for host:port; the next connect asks about the key again. */
  'knownHosts.forget': {
    params: z.strictObject({ host: z.string().min(1).max(255), port: z.number().int().min(1).max(65535) }),
    result: z.object({ removed: z.number().int().min(0) }),
  },
} as const;
