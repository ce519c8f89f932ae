// Test helper: a debugger target opened the way every shell opens one — through the
// core service (`session.connect`) — and handed to in-process tests and benchmarks
// that drive a playbook themselves: the session, its console tap, the banner and the
// target kind the core read from it, and the session's transcript.
import type { DebuggerSession } from '../../electron/debugger/debuggerSession';
import type { TransportTarget } from '../../electron/debugger/targetTransportFactory';
import type { TranscriptEntry } from '../../electron/debugger/transcriptEntry';
import type { ConsoleOutputTap } from '../../electron/investigation/commandRunner';
import type { TargetKind } from '../../electron/contract';
import type { BannerResult } from '../../electron/parsers';
import { listScenarios } from '../../electron/kdsim/scenarioLoader';
import { createCoreService, type CoreService, type CoreServiceOptions } from '../../electron/service/coreService';
import { ownCliLauncher } from '../../electron/service/nodeEntryPoints';

export interface OpenTarget {
  core: CoreService;
  session: DebuggerSession;
  tap: ConsoleOutputTap;
  banner: BannerResult;
  targetKind: TargetKind;
  description: string;
  transcript: readonly TranscriptEntry[];
  close(): Promise<void>;
}

/**
 * In-process, a demo target may carry kdsim flags (`--latency`, `--generate`); the
 * contract's schema would strip them. A scenario that is a file (a test's own JSON) is
 * kdsim started as a local debugger, as a user would run it: the demo target offers
 * only the built-in scenarios.
 */
export async function openCoreTarget(target: Exclude<TransportTarget, { kind: 'ssh' }>, options: CoreServiceOptions = {}): Promise<OpenTarget> {
  const core = createCoreService(options);
  const builtIn = target.kind !== 'demo' || listScenarios().some((s) => s.name === target.scenario);
  const connected: Exclude<TransportTarget, { kind: 'ssh' }> =
    builtIn || target.kind !== 'demo'
      ? target
      : { kind: 'local', argv: [...ownCliLauncher().argvPrefix, 'kdsim', '--scenario', target.scenario, ...(target.flags ?? [])] };
  try {
    await core.handlers['session.connect']({ target: connected });
  } catch (err) {
    await core.dispose();
    throw err;
  }
  const opened = core.investigationTarget!;
  return {
    core,
    session: core.session!,
    tap: opened.tap,
    banner: opened.banner!,
    targetKind: opened.kind,
    description: opened.description,
    get transcript() {
      return core.transcript;
    },
    close: () => core.dispose(),
  };
}
