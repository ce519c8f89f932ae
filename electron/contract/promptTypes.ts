// Questions the core asks the user during a connection (SSH host key,
// password, passphrase, keyboard-interactive). Answers travel back through
// `prompt.answer`; secrets are used for one attempt and never stored or logged.
import { z } from 'zod';

export const promptIdSchema = z.string().regex(/^p[0-9a-f]{16}$/);

const where = { host: z.string(), port: z.number().int(), user: z.string() };

export const promptRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    promptId: promptIdSchema,
    kind: z.literal('host-key'),
    host: z.string(),
    port: z.number().int(),
    keyType: z.string(),
    fingerprintSha256: z.string(),
  }),
  z.object({ promptId: promptIdSchema, kind: z.literal('password'), ...where, attempt: z.number().int() }),
  z.object({ promptId: promptIdSchema, kind: z.literal('passphrase'), ...where, attempt: z.number().int(), keyFile: z.string() }),
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
  z.object({ kind: z.literal('host-key'), decision: z.enum(['accept-once', 'accept-and-remember', 'cancel']) }),
  /** null: the user cancelled. */
  z.object({ kind: z.literal('secret'), value: z.string().max(4096).nullable() }),
  z.object({ kind: z.literal('keyboard-interactive'), responses: z.array(z.string().max(4096)).max(16).nullable() }),
]);
export type PromptAnswer = z.infer<typeof promptAnswerSchema>;
