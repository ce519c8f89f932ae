// The CLI's "app store" for host keys: the keys the app remembered (its known-hosts.json,
// read only — the CLI writes no settings) plus the keys accepted on the terminal, which
// last for this run only.
import type { AppKnownHostsStore, RememberedHostKey } from '../debugger/ssh/hostKeyVerifier';
import { readRememberedHostKeys } from '../settings/knownHostsFile';

export class CliKnownHosts implements AppKnownHostsStore {
  private readonly accepted: RememberedHostKey[] = [];

  /** appFile: the app's known-hosts.json; null when host keys are pinned to --known-hosts. */
  constructor(private readonly appFile: string | null) {}

  get location(): string {
    if (!this.appFile) return 'this run';
    return this.accepted.length > 0 ? `${this.appFile} or this run` : this.appFile;
  }

  /** Read on every check, as the app does, so a damaged file fails the connection with its name. */
  list(): RememberedHostKey[] {
    const remembered = this.appFile ? readRememberedHostKeys(this.appFile) : [];
    return [...remembered, ...this.accepted];
  }

  remember(key: RememberedHostKey): void {
    this.accepted.push(key);
  }
}
