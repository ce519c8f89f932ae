// Questions the core asks the user during a connection (SSH host key,
// password, passphrase, keyboard-interactive). Answers travel back through
// `prompt.answer`; secrets are never logged, and kept only when the user ticks
// "remember" where the core can encrypt them (Electron safeStorage).
import { z } from 'zod';

export const promptIdSchema = z.string().regex(/^p[0-9a-f]{16}$/);

const where = { host: z.string(), port: z.number().int(), user: z.string() };

/** Password and passphrase questions only (keyboard-interactive answers are never remembered). */
const rememberable = {
  /** The core can keep the answer encrypted by the OS (Electron safeStorage); the dialog offers "remember" only then. */
  canRemember: z.boolean().default(false),
  /** A remembered secret was tried first and refused (wrong password, or the key did not decrypt); it has been forgotten. */
  savedSecretRejected: z.boolean().default(false),
};

export const promptRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    promptId: promptIdSchema,
    kind: z.literal('host-key'),
    host: z.string(),
    port: z.number().int(),
    keyType: z.string(),
    fingerprintSha256: z.string(),
  }),
  z.object({ promptId: promptIdSchema, kind: z.literal('password'), ...where, attempt: z.number().int(), ...rememberable }),
  z.object({ promptId: promptIdSchema, kind: z.literal('passphrase'), ...where, attempt: z.number().int(), keyFile: z.string(), ...rememberable }),
  z.object({
    promptId: promptIdSchema,
    kind: z.literal('keyboard-interactive'),
    ...where,
    attempt: z.number().int(),
    name: z.string(),
    instructions: z.string(),
    prompts: z.array(z.object({ prompt: z.string(), echo: z.boolean() })),
  }),
]);
export type PromptRequest = z.infer<typeof promptRequestSchema>;

export const promptAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('host-key'), decision: z.enum(['accept-once', 'accept-and-remember', 'cancel']) }),
  z.strictObject({
    kind: z.literal('secret'),
    /** null: the user cancelled. */
    value: z.string().max(4096).nullable(),
    /** Keep it (encrypted) once it has worked; ignored unless the question said `canRemember`. Older clients omit it. */
    remember: z.boolean().default(false),
  }),
  z.strictObject({ kind: z.literal('keyboard-interactive'), responses: z.array(z.string().max(4096)).max(16).nullable() }),
]);
/** An answer as the core receives it (defaults applied). */
export type PromptAnswer = z.infer<typeof promptAnswerSchema>;
