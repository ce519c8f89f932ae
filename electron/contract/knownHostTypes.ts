// A host key the user accepted with "remember": the SSH session checks against
// these (debugger/ssh/hostKeyVerifier.ts), the settings file keeps them
// (settings/knownHostsFile.ts). Declared once here. Pure: no Node imports.
import { z } from 'zod';

export const rememberedHostKeySchema = z.object({
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  keyType: z.string().regex(/^[A-Za-z0-9@._-]{1,64}$/),
  keyBase64: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
  fingerprintSha256: z.string().startsWith('SHA256:'),
  addedAt: z.string(),
});
export type RememberedHostKey = z.infer<typeof rememberedHostKeySchema>;

/** The app's own known-hosts store (implemented by electron/settings/knownHostsStore). */
export interface AppKnownHostsStore {
  /** Human-readable location for messages, e.g. the JSON file path. */
  readonly location: string;
  list(): RememberedHostKey[];
  remember(key: RememberedHostKey): void;
}
