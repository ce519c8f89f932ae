// Opens the debugger an investigation runs against (demo kdsim, a local kd/cdb command
// line, later SSH) as a DebuggerSession, with a console tap for progress and the
// target kind read from the banner.
import { DebuggerSession } from '../debugger/debuggerSession';
import type { DebuggerTransport } from '../debugger/debuggerTransport';
import { LocalProcessTransport } from '../debugger/localProcessTransport';
import type { SshTransportOptions } from '../debugger/ssh/sshTransport';
import type { TranscriptEntry } from '../debugger/transcriptEntry';
import { parseBanner, type BannerResult } from '../parsers';
import { sourceCliLauncher, type CliLauncher } from '../service/nodeEntryPoints';
import { demoTransport } from '../service/targetTransports';
import { ConsoleOutputTap } from './commandRunner';
import type { TargetKind } from './targetCapabilities';

export type DebuggerTargetSpec =
  | { kind: 'demo'; scenario: string; /** Extra kdsim flags (--latency, --generate). */ flags?: string[]; launcher?: CliLauncher }
  | { kind: 'command'; argv: string[] }
  /** kd/cdb on a lab host over SSH; host keys and credentials come with the options. */
  | { kind: 'ssh'; options: SshTransportOptions };

export interface OpenTarget {
  session: DebuggerSession;
  tap: ConsoleOutputTap;
  banner: BannerResult;
  targetKind: TargetKind;
  description: string;
  transcript: TranscriptEntry[];
  close(): Promise<void>;
}

async function transportFor(spec: DebuggerTargetSpec): Promise<DebuggerTransport> {
  if (spec.kind === 'demo') return demoTransport(spec.launcher ?? sourceCliLauncher(), spec.scenario, spec.flags);
  if (spec.kind === 'ssh') {
    // Loaded on demand: ssh2 is only needed for SSH targets.
    const { SshTransport } = await import('../debugger/ssh/sshTransport');
    return new SshTransport(spec.options);
  }
  return new LocalProcessTransport({ argv: spec.argv });
}

/** Dump, live or local from the banner; command-line flags settle what the banner does not. */
export function targetKindOf(banner: BannerResult, argv: string[] = []): TargetKind {
  if (banner.target === 'dump' || banner.target === 'live' || banner.target === 'local') return banner.target;
  if (argv.some((a) => /^-z$/i.test(a))) return 'dump';
  if (argv.some((a) => /^-kl$/i.test(a))) return 'local';
  if (argv.some((a) => /^-k$/i.test(a))) return 'live';
  return 'dump';
}

export async function openDebuggerTarget(spec: DebuggerTargetSpec, options: { commandTimeoutMs?: number } = {}): Promise<OpenTarget> {
  const tap = new ConsoleOutputTap();
  const transcript: TranscriptEntry[] = [];
  const transport = await transportFor(spec);
  const session = new DebuggerSession(
    transport,
    { console: tap.push, transcript: (entry) => transcript.push(entry) },
    { commandTimeoutMs: options.commandTimeoutMs },
  );
  const bannerText = await session.start();
  const banner = parseBanner(bannerText);
  return {
    session,
    tap,
    banner,
    targetKind: targetKindOf(banner, spec.kind === 'command' ? spec.argv : spec.kind === 'ssh' ? spec.options.remoteArgv : []),
    description: transport.description,
    transcript,
    close: () => session.close(),
  };
}
