// Builds the SSH transport options for `investigate --ssh user@host[:port]`: auth from
// --identity (else the agent, else a password), host keys checked against the user's
// OpenSSH known_hosts (or --known-hosts FILE) — an unknown key is accepted only with
// --accept-new-host-key or the user's yes, a changed key is always refused.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CredentialProvider } from '../debugger/ssh/credentialProvider';
import { createHostKeyVerifier, type AppKnownHostsStore, type HostKeyPrompt, type RememberedHostKey } from '../debugger/ssh/hostKeyVerifier';
import type { SshTransportOptions } from '../debugger/ssh/sshTransport';

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

export interface SshTargetRequest {
  destination: SshDestination;
  remoteArgv: string[];
  identityFile: string | null;
  knownHostsFile: string | null;
  acceptNewHostKey: boolean;
  credentials: CredentialProvider;
  /** Asked when the key is unknown and --accept-new-host-key was not given. */
  promptHostKey: HostKeyPrompt;
  log?(line: string): void;
}

export function sshTransportOptions(request: SshTargetRequest): SshTransportOptions {
  const home = os.homedir();
  const knownHostsFiles = request.knownHostsFile
    ? [request.knownHostsFile]
    : [path.join(home, '.ssh', 'known_hosts'), path.join(home, '.ssh', 'known_hosts2')];
  const hostKeys = createHostKeyVerifier({
    openSshKnownHostsFiles: knownHostsFiles,
    readFile: (file) => readFile(file, 'utf8'),
    appStore: new SessionKnownHosts(),
    prompt: request.acceptNewHostKey ? async () => 'accept-once' : request.promptHostKey,
  });
  const auth = request.identityFile
    ? { method: 'key' as const, identityFile: request.identityFile }
    : process.env.SSH_AUTH_SOCK || process.platform === 'win32'
      ? { method: 'agent' as const }
      : { method: 'password' as const };
  return {
    host: request.destination.host,
    port: request.destination.port,
    user: request.destination.user,
    auth,
    remoteArgv: request.remoteArgv,
    credentials: request.credentials,
    hostKeys,
    log: request.log,
  };
}
