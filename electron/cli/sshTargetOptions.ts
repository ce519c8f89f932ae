// `investigate --ssh user@host[:port]`: the SSH target and the CLI's side of its
// environment. Auth from --identity, else the agent (SSH_AUTH_SOCK; on Windows always the
// OpenSSH agent pipe, whose presence is not checked), else a password. Host keys, as in
// the app (DESIGN §3): checked against the user's OpenSSH known_hosts and the keys the app
// remembered (its known-hosts.json in the settings folder, read only); or only against
// --known-hosts FILE, which pins them. An unknown key is accepted only with
// --accept-new-host-key or the user's yes, and then for this run only; a changed key is
// always refused.
import type { CredentialProvider } from '../debugger/ssh/credentialProvider';
import type { HostKeyPrompt } from '../debugger/ssh/hostKeyVerifier';
// Types only: ssh2 is loaded when the transport is built, not when the CLI starts.
import type { SshTarget, SshTargetDependencies } from '../debugger/ssh/sshTargetTransport';
import { knownHostsFilePath } from '../settings/knownHostsFile';
import { settingsDirFromEnvironment } from '../settings/settingsFolder';
import { CliKnownHosts } from './cliKnownHosts';

export interface SshDestination {
  user: string;
  host: string;
  port: number;
}

/** "user@host", "user@host:2222", "user@[::1]:2222"; null when malformed. */
export function parseSshDestination(text: string): SshDestination | null {
  const m = /^([A-Za-z0-9._\\-]+)@(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(text);
  if (!m) return null;
  const port = m[3] ? Number(m[3]) : 22;
  if (port < 1 || port > 65535) return null;
  return { user: m[1]!, host: m[2]!.replace(/^\[|\]$/g, ''), port };
}

export interface SshCommandLine {
  destination: SshDestination;
  remoteArgv: string[];
  identityFile: string | null;
  knownHostsFile: string | null;
  acceptNewHostKey: boolean;
}

export function sshTargetOf(options: SshCommandLine): SshTarget {
  const auth: SshTarget['auth'] = options.identityFile
    ? { method: 'key', identityFile: options.identityFile }
    : process.env.SSH_AUTH_SOCK || process.platform === 'win32'
      ? { method: 'agent' }
      : { method: 'password' };
  return { kind: 'ssh', ...options.destination, remoteArgv: options.remoteArgv, auth };
}

export interface SshQuestions {
  credentials: CredentialProvider;
  /** Asked when the key is unknown and --accept-new-host-key was not given. */
  promptHostKey: HostKeyPrompt;
  log?(line: string): void;
}

export interface SshEnvironmentOptions extends Pick<SshCommandLine, 'knownHostsFile' | 'acceptNewHostKey'> {
  /** Folder of the app's known-hosts.json (default: $POOLSLEUTH_SETTINGS_DIR, else the app's settings folder). */
  settingsDir?: string;
}

export function sshEnvironmentOf(options: SshEnvironmentOptions, questions: SshQuestions): SshTargetDependencies {
  // --known-hosts pins: not even the app's remembered keys are trusted then.
  const appFile = options.knownHostsFile ? null : knownHostsFilePath(options.settingsDir ?? settingsDirFromEnvironment());
  return {
    credentials: questions.credentials,
    hostKeyPrompt: options.acceptNewHostKey ? async () => 'accept-once' : questions.promptHostKey,
    knownHosts: new CliKnownHosts(appFile),
    // Unset: the user's ~/.ssh/known_hosts and known_hosts2, the same default as the app's.
    openSshKnownHostsFiles: options.knownHostsFile ? [options.knownHostsFile] : undefined,
    log: questions.log,
  };
}
