// The app's own known-hosts list (host keys accepted with "remember"), a JSON
// file next to the settings. The user's ~/.ssh/known_hosts is only read.
import Conf from 'conf';
import { z } from 'zod';
import type { AppKnownHostsStore, RememberedHostKey } from '../debugger/ssh/hostKeyVerifier';

const rememberedKeySchema = z.object({
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  keyType: z.string().regex(/^[A-Za-z0-9@._-]{1,64}$/),
  keyBase64: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
  fingerprintSha256: z.string().startsWith('SHA256:'),
  addedAt: z.string(),
});
const fileSchema = z.object({ hosts: z.array(rememberedKeySchema).default([]) });
type KnownHostsFile = z.infer<typeof fileSchema>;

export class KnownHostsStore implements AppKnownHostsStore {
  private readonly conf: Conf<KnownHostsFile>;

  constructor(options: { cwd?: string; projectName?: string } = {}) {
    this.conf = new Conf<KnownHostsFile>({
      projectName: options.projectName ?? 'poolsleuth',
      configName: 'known-hosts',
      cwd: options.cwd,
      defaults: { hosts: [] },
    });
  }

  get location(): string {
    return this.conf.path;
  }

  list(): RememberedHostKey[] {
    const parsed = fileSchema.safeParse(this.conf.store);
    if (!parsed.success) throw new Error(`The known-hosts file ${this.conf.path} is damaged; fix or delete it.`);
    return parsed.data.hosts;
  }

  /** Replaces a key of the same type for the same host:port. */
  remember(key: RememberedHostKey): void {
    const valid = rememberedKeySchema.parse(key);
    const others = this.list().filter((k) => !(k.host === valid.host && k.port === valid.port && k.keyType === valid.keyType));
    this.conf.set('hosts', [...others, valid]);
  }

  /** Removes every key remembered for host:port (after a reinstall). */
  forget(host: string, port: number): number {
    const all = this.list();
    const kept = all.filter((k) => !(k.host === host && k.port === port));
    this.conf.set('hosts', kept);
    return all.length - kept.length;
  }
}
