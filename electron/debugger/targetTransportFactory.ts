// The one place a debugger target becomes a DebuggerTransport, for the app and the
// CLI alike: demo → kdsim over pipes, local → kd/cdb as a child process, ssh → kd/cdb
// on a lab host over ssh2. What differs between the shells is injected through a
// TransportEnvironment: how kdsim is started and, for SSH, who answers the questions
// (the app's dialogs, the CLI's terminal) and which host keys are known.
//
// Targets arrive validated by the caller's boundary (the contract's zod schemas, the
// CLI's argument checks): their argv is spawned, or quoted for the remote shell, as is.
import type { TargetSpec } from '../contract';
import type { DebuggerTransport } from './debuggerTransport';
import { LocalProcessTransport } from './localProcessTransport';
import type { SshTarget, SshTargetDependencies } from './ssh/sshTargetTransport';

/**
 * The contract's demo target. In-process callers (tests, benchmarks) may add kdsim
 * flags (`--latency`, `--generate`); a request from the UI cannot, because the
 * contract's schema strips keys it does not know.
 */
export type DemoTarget = Extract<TargetSpec, { kind: 'demo' }> & { flags?: readonly string[] };
export type LocalTarget = Extract<TargetSpec, { kind: 'local' }>;
export type TransportTarget = DemoTarget | LocalTarget | SshTarget;

/** How to start kdsim: the leading argv of our own CLI (`kdsim --scenario …` follows) and its extra environment. */
export interface KdsimLauncher {
  readonly argvPrefix: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** What the shell supplies; each part is asked for only when a target needs it. */
export interface TransportEnvironment {
  kdsimLauncher(): KdsimLauncher;
  /** Starts kdsim some other way than as a child process (Electron: a utilityProcess); replaces kdsimLauncher for demo targets. */
  kdsimTransport?(scenario: string, flags: readonly string[], encoding: DemoTarget['encoding']): DebuggerTransport;
  /** The shipped Send-DebuggerBreak.ps1 for Windows break-ins (the app's resources); without it the script is sent inline. */
  breakHelperScript?: string;
  /** Credentials, host-key decisions and known-hosts stores for an SSH target. */
  ssh(): SshTargetDependencies;
}

export async function createTargetTransport(target: TransportTarget, environment: TransportEnvironment): Promise<DebuggerTransport> {
  switch (target.kind) {
    case 'demo':
      if (environment.kdsimTransport) return environment.kdsimTransport(target.scenario, target.flags ?? [], target.encoding);
      return kdsimTransport(environment.kdsimLauncher(), target.scenario, target.flags ?? [], target.encoding);
    case 'local':
      return new LocalProcessTransport({ argv: target.argv, cwd: target.cwd, encoding: target.encoding, breakHelperScript: environment.breakHelperScript });
    case 'ssh': {
      // Loaded on demand: ssh2 is needed only for SSH targets, so `investigate --demo` does not pay for it.
      const { createSshTransport } = await import('./ssh/sshTargetTransport');
      return createSshTransport(target, environment.ssh());
    }
  }
}

/** kdsim serving `scenario` as a child process over pipes, exactly like a local kd. */
function kdsimTransport(launcher: KdsimLauncher, scenario: string, flags: readonly string[], encoding: DemoTarget['encoding']): LocalProcessTransport {
  // kdsim writes the code page it is told to, like kd on a CJK Windows; the pipe is decoded the same way.
  const encodingFlags = encoding ? ['--encoding', encoding] : [];
  return new LocalProcessTransport({
    argv: [...launcher.argvPrefix, 'kdsim', '--scenario', scenario, ...encodingFlags, ...flags],
    env: { ...process.env, ...launcher.env },
    description: `demo target ${scenario}`,
    encoding: encoding ?? 'utf-8',
  });
}
