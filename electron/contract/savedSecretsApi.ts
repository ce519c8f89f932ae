// Remembered SSH secrets (only where the core can encrypt them: Electron's
// safeStorage). The UI can forget one; a secret itself never crosses the
// contract outside the prompt flow — requests name only what it unlocks.
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

export const savedSecretRequestSchemas = {
  /** Forgets a remembered password or passphrase; `removed` is 0 when none was kept. */
  'secrets.forget': {
    params: forgetSecretParamsSchema,
    result: z.object({ removed: z.number().int().min(0).max(1) }),
  },
} as const;
