// Builds an SshTransport for a validated `ssh` target of the contract: the
// one call the core service needs, with the user-facing callbacks injected.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TargetSpec } from '../../contract';
import type { CredentialProvider } from './credentialProvider';
import { createHostKeyVerifier, type AppKnownHostsStore, type HostKeyPrompt } from './hostKeyVerifier';
import { SshTransport, type SshTransportOptions } from './sshTransport';

export type SshTarget = Extract<TargetSpec, { kind: 'ssh' }>;

export interface SshTargetDependencies {
  credentials: CredentialProvider;
  hostKeyPrompt: HostKeyPrompt;
  /** PoolSleuth's own known hosts (electron/settings/knownHostsStore). */
  knownHosts: AppKnownHostsStore;
  /** Default: ~/.ssh/known_hosts and ~/.ssh/known_hosts2 (read only). */
  openSshKnownHostsFiles?: string[];
  log?(line: string): void;
  /** Test/advanced overrides (keepalive, timeouts, interrupt method). */
  overrides?: Partial<SshTransportOptions>;
}

export function defaultOpenSshKnownHostsFiles(home = os.homedir()): string[] {
  return [path.join(home, '.ssh', 'known_hosts'), path.join(home, '.ssh', 'known_hosts2')];
}

export function createSshTransport(target: SshTarget, deps: SshTargetDependencies): SshTransport {
  const hostKeys = createHostKeyVerifier({
    openSshKnownHostsFiles: deps.openSshKnownHostsFiles ?? defaultOpenSshKnownHostsFiles(),
    readFile: (file) => readFile(file, 'utf8'),
    appStore: deps.knownHosts,
    prompt: deps.hostKeyPrompt,
  });
  return new SshTransport({
    host: target.host,
    port: target.port,
    user: target.user,
    auth: target.auth,
    remoteArgv: target.remoteArgv,
    encoding: target.encoding,
    credentials: deps.credentials,
    hostKeys,
    log: deps.log,
    ...deps.overrides,
  });
}
