// Builds the transport for a validated target: kdsim for the demo, a local
// process for kd/cdb, ssh2 for a lab host.
import type { TargetSpec } from '../contract';
import type { DebuggerTransport } from '../debugger/debuggerTransport';
import { LocalProcessTransport } from '../debugger/localProcessTransport';
import { createSshTransport } from '../debugger/ssh';
import type { AppKnownHostsStore } from '../debugger/ssh/hostKeyVerifier';
import type { CliLauncher } from './nodeEntryPoints';
import type { UserPromptBroker } from './userPromptBroker';

export interface TargetTransportDeps {
  cliLauncher: CliLauncher;
  prompts: UserPromptBroker;
  knownHosts(): AppKnownHostsStore;
  /** Test hook: the user's OpenSSH known_hosts files (default ~/.ssh/known_hosts*). */
  openSshKnownHostsFiles?: string[];
}

/** kdsim serving `scenario` as a child process over pipes, exactly like a local kd. */
export function demoTransport(launcher: CliLauncher, scenario: string, extraFlags: readonly string[] = []): LocalProcessTransport {
  return new LocalProcessTransport({
    argv: [...launcher.argvPrefix, 'kdsim', '--scenario', scenario, ...extraFlags],
    env: { ...process.env, ...launcher.env },
    description: `demo target ${scenario}`,
  });
}

export function transportForTarget(target: TargetSpec, deps: TargetTransportDeps): DebuggerTransport {
  switch (target.kind) {
    case 'demo':
      return demoTransport(deps.cliLauncher, target.scenario);
    case 'local':
      return new LocalProcessTransport({ argv: target.argv, cwd: target.cwd });
    case 'ssh':
      return createSshTransport(target, {
        credentials: deps.prompts.credentials,
        hostKeyPrompt: deps.prompts.hostKeyPrompt,
        knownHosts: deps.knownHosts(),
        openSshKnownHostsFiles: deps.openSshKnownHostsFiles,
      });
  }
}

export function describeTarget(target: TargetSpec): string {
  switch (target.kind) {
    case 'demo':
      return `Demo: ${target.scenario}`;
    case 'local':
      return target.argv.join(' ');
    case 'ssh':
      return `${target.user}@${target.host}:${target.port} — ${target.remoteArgv.join(' ')}`;
  }
}
