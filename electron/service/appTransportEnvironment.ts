// The app's side of the transport factory (debugger/targetTransportFactory): kdsim
// from our own CLI, SSH questions through the UserPromptBroker (prompt.request events,
// secrets kept in memory for one attempt), host keys in the user's OpenSSH files plus
// the app's own known-hosts store.
import type { TransportEnvironment } from '../debugger/targetTransportFactory';
import { KnownHostsStore } from '../settings/knownHostsStore';
import type { CliLauncher } from './nodeEntryPoints';
import type { UserPromptBroker } from './userPromptBroker';

export interface AppTransportOptions {
  cliLauncher: CliLauncher;
  prompts: UserPromptBroker;
  /** Folder of known-hosts.json (default: the user's config folder). */
  settingsDir?: string;
  /** The user's OpenSSH known_hosts files, read only (default ~/.ssh/known_hosts*). */
  openSshKnownHostsFiles?: string[];
}

export function appTransportEnvironment(options: AppTransportOptions): TransportEnvironment {
  // Opened on the first SSH connection: demo and local sessions never touch the settings folder for it.
  let knownHosts: KnownHostsStore | null = null;
  return {
    kdsimLauncher: () => options.cliLauncher,
    ssh: () => ({
      credentials: options.prompts.credentials,
      hostKeyPrompt: options.prompts.hostKeyPrompt,
      knownHosts: (knownHosts ??= new KnownHostsStore({ cwd: options.settingsDir })),
      openSshKnownHostsFiles: options.openSshKnownHostsFiles,
    }),
  };
}
