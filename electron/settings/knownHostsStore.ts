// The app's own known-hosts list (host keys accepted with "remember"), a JSON
// file next to the settings. The user's ~/.ssh/known_hosts is only read.
// Format and place: knownHostsFile.ts (the CLI reads the same file without conf).
import Conf from 'conf';
import type { AppKnownHostsStore, RememberedHostKey } from '../debugger/ssh/hostKeyVerifier';
import { knownHostsConfigName, rememberedKeySchema, rememberedKeysIn, type KnownHostsFile } from './knownHostsFile';
import { defaultSettingsDir, settingsProjectName } from './settingsFolder';

export class KnownHostsStore implements AppKnownHostsStore {
  private readonly conf: Conf<KnownHostsFile>;

  constructor(options: { cwd?: string; projectName?: string } = {}) {
    this.conf = new Conf<KnownHostsFile>({
      projectName: options.projectName ?? settingsProjectName,
      configName: knownHostsConfigName,
      // Explicit, so the folder is the one knownHostsFilePath() names (it is conf's default).
      cwd: options.cwd ?? defaultSettingsDir(options.projectName),
      defaults: { hosts: [] },
    });
  }

  get location(): string {
    return this.conf.path;
  }

  list(): RememberedHostKey[] {
    return rememberedKeysIn(this.conf.store, this.conf.path);
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
