// The app's own known-hosts list (host keys accepted with "remember"), a JSON
// file next to the settings. The user's ~/.ssh/known_hosts is only read.
// Format and place: knownHostsFile.ts (the CLI reads the same file without conf).
import { rememberedHostKeySchema, type AppKnownHostsStore, type RememberedHostKey } from '../contract/knownHostTypes';
import { knownHostsConfigName, rememberedKeysIn, type KnownHostsFile } from './knownHostsFile';
import { readConfFile, type SettingsFileLocation } from './confFile';
import { ConfFileStore } from './confFileStore';

export class KnownHostsStore extends ConfFileStore<KnownHostsFile> implements AppKnownHostsStore {
  constructor(location: SettingsFileLocation = {}) {
    // The folder is the one knownHostsFilePath() names (conf's default unless cwd is given).
    super({
      ...location,
      configName: knownHostsConfigName,
      defaults: { hosts: [] },
      what: 'known-hosts',
    });
  }

  get location(): string {
    return this.conf.path;
  }

  list(): RememberedHostKey[] {
    return rememberedKeysIn(readConfFile(this.conf, 'known-hosts'), this.conf.path);
  }

  /** Replaces a key of the same type for the same host:port. */
  remember(key: RememberedHostKey): void {
    const valid = rememberedHostKeySchema.parse(key);
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
