// `investigate --ssh user@host[:port]`: the SSH target and the CLI's side of its
// environment. Auth from --identity, else the agent (SSH_AUTH_SOCK; on Windows always the
// OpenSSH agent pipe, whose presence is not checked), else a password; host keys
// checked against the user's OpenSSH known_hosts, or only against --known-hosts FILE,
// which pins them — an unknown key is accepted only with --accept-new-host-key or the
// user's yes, a changed key is always refused.
import type { CredentialProvider } from '../debugger/ssh/credentialProvider';
import type { AppKnownHostsStore, HostKeyPrompt, RememberedHostKey } from '../debugger/ssh/hostKeyVerifier';
// Types only: ssh2 is loaded when the transport is built, not when the CLI starts.
import type { SshTarget, SshTargetDependencies } from '../debugger/ssh/sshTargetTransport';

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

/** Host keys accepted during this run only (the CLI does not write the app's store). */
class SessionKnownHosts implements AppKnownHostsStore {
  readonly location = 'this run';
  private readonly keys: RememberedHostKey[] = [];
  list(): RememberedHostKey[] {
    return this.keys;
  }
  remember(key: RememberedHostKey): void {
    this.keys.push(key);
  }
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

export function sshEnvironmentOf(options: Pick<SshCommandLine, 'knownHostsFile' | 'acceptNewHostKey'>, questions: SshQuestions): SshTargetDependencies {
  return {
    credentials: questions.credentials,
    hostKeyPrompt: options.acceptNewHostKey ? async () => 'accept-once' : questions.promptHostKey,
    knownHosts: new SessionKnownHosts(),
    // Unset: the user's ~/.ssh/known_hosts and known_hosts2, the same default as the app's.
    openSshKnownHostsFiles: options.knownHostsFile ? [options.knownHostsFile] : undefined,
    log: questions.log,
  };
}
