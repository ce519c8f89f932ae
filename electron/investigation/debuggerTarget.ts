// Opens the debugger an investigation runs against (demo kdsim, a local kd/cdb command
// line, kd/cdb over SSH) as a DebuggerSession, with a console tap for progress and the
// target kind read from the banner. The transport comes from the one factory the app
// uses too (debugger/targetTransportFactory); the caller supplies the environment.
import { DebuggerSession } from '../debugger/debuggerSession';
import { createTargetTransport, type TransportEnvironment, type TransportTarget } from '../debugger/targetTransportFactory';
import type { TranscriptEntry } from '../debugger/transcriptEntry';
import { parseBanner, type BannerResult } from '../parsers';
import { sourceCliLauncher } from '../service/nodeEntryPoints';
import { ConsoleOutputTap } from './commandRunner';
import type { TargetKind } from './targetCapabilities';

export interface OpenTarget {
  session: DebuggerSession;
  tap: ConsoleOutputTap;
  banner: BannerResult;
  targetKind: TargetKind;
  description: string;
  transcript: TranscriptEntry[];
  close(): Promise<void>;
}

export interface OpenTargetOptions {
  commandTimeoutMs?: number;
  /** Default: kdsim from source (tsx); no SSH, which needs the caller's questions and host keys. */
  environment?: Partial<TransportEnvironment>;
}

const defaultEnvironment: TransportEnvironment = {
  kdsimLauncher: sourceCliLauncher,
  ssh: () => {
    throw new Error('An SSH target needs credential and host-key callbacks (environment.ssh).');
  },
};

/** Dump, live or local from the banner; command-line flags settle what the banner does not. */
export function targetKindOf(banner: BannerResult, argv: string[] = []): TargetKind {
  if (banner.target === 'dump' || banner.target === 'live' || banner.target === 'local') return banner.target;
  if (argv.some((a) => /^-z$/i.test(a))) return 'dump';
  if (argv.some((a) => /^-kl$/i.test(a))) return 'local';
  if (argv.some((a) => /^-k$/i.test(a))) return 'live';
  return 'dump';
}

export async function openDebuggerTarget(target: TransportTarget, options: OpenTargetOptions = {}): Promise<OpenTarget> {
  const tap = new ConsoleOutputTap();
  const transcript: TranscriptEntry[] = [];
  const transport = await createTargetTransport(target, { ...defaultEnvironment, ...options.environment });
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
    targetKind: targetKindOf(banner, target.kind === 'local' ? target.argv : target.kind === 'ssh' ? target.remoteArgv : []),
    description: transport.description,
    transcript,
    close: () => session.close(),
  };
}
