// The app's side of the transport factory (debugger/targetTransportFactory): kdsim
// from our own CLI, SSH questions through the UserPromptBroker (prompt.request events)
// with remembered secrets tried first (rememberingCredentials.ts), host keys in the
// user's OpenSSH files plus the app's own known-hosts store.
import type { ConsoleNote } from '../contract';
import type { CredentialProvider } from '../debugger/ssh/credentialProvider';
import type { HostKeyPrompt } from '../debugger/ssh/hostKeyVerifier';
import type { SshTargetDependencies } from '../debugger/ssh/sshTargetTransport';
import type { TransportEnvironment } from '../debugger/targetTransportFactory';
import { KnownHostsStore } from '../settings/knownHostsStore';
import type { SecretStore } from '../settings/secretStore';
import type { CliLauncher } from './nodeEntryPoints';
import { rememberingCredentials } from './rememberingCredentials';
import type { UserPromptBroker } from './userPromptBroker';

export interface AppTransportOptions {
  cliLauncher: CliLauncher;
  /** How the shell starts kdsim instead of a child process of cliLauncher (Electron: a utilityProcess). */
  kdsimTransport?: TransportEnvironment['kdsimTransport'];
  /** The shipped break helper script for Windows break-ins (Electron: in the app's resources). */
  breakHelperScript?: string;
  prompts: UserPromptBroker;
  /** Remembered passwords/passphrases; a store that is not `persistent` is never read or written. */
  secrets: SecretStore;
  /** Tells the user about remembered secrets (forgotten after a refusal, or not kept), typed; never a secret. */
  notify(note: ConsoleNote): void;
  /** Folder of known-hosts.json (default: the user's config folder). */
  settingsDir?: string;
  /** The user's OpenSSH known_hosts files, read only (default ~/.ssh/known_hosts*). */
  openSshKnownHostsFiles?: string[];
  /**
   * A shell's own SSH rules around the core's questions (the CLI: host keys pinned by
   * --known-hosts, the app's keys read only, --accept-new-host-key). The questions still
   * travel as `prompt.request` events; default: the app's rules below.
   */
  sshEnvironment?(questions: CoreSshQuestions): SshTargetDependencies;
}

/** How the core asks the user during an SSH connection: through the UserPromptBroker. */
export interface CoreSshQuestions {
  credentials: CredentialProvider;
  hostKeyPrompt: HostKeyPrompt;
}

export function appTransportEnvironment(options: AppTransportOptions): TransportEnvironment {
  // Opened on the first SSH connection: demo and local sessions never touch the settings folder for it.
  let knownHosts: KnownHostsStore | null = null;
  return {
    kdsimLauncher: () => options.cliLauncher,
    kdsimTransport: options.kdsimTransport,
    breakHelperScript: options.breakHelperScript,
    // Called once per SSH transport, i.e. per connection: the credentials follow that one authentication.
    ssh: () => {
      const questions: CoreSshQuestions = {
        credentials: rememberingCredentials({ store: options.secrets, prompts: options.prompts, notify: options.notify }),
        hostKeyPrompt: options.prompts.hostKeyPrompt,
      };
      if (options.sshEnvironment) return options.sshEnvironment(questions);
      return {
        ...questions,
        knownHosts: (knownHosts ??= new KnownHostsStore({ cwd: options.settingsDir })),
        openSshKnownHostsFiles: options.openSshKnownHostsFiles,
      };
    },
  };
}
