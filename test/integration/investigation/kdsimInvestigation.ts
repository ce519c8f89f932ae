// Test helper: a real kdsim child over pipes (DebuggerSession + LocalProcessTransport),
// wrapped in a CountingRunner, and a function to run a playbook on it.
import { CountingRunner } from '../../../electron/investigation/countingRunner';
import { openCoreTarget as openDebuggerTarget, type OpenTarget } from '../coreTarget';
import type { Investigation } from '../../../electron/investigation/investigationEngine';
import type { InvestigationEvent } from '../../../electron/contract/investigationEvents';
import type { InvestigationOptions } from '../../../electron/investigation/investigationOptions';
import { runInvestigation } from '../../../electron/investigation/runInvestigation';
import type { EngineEnvironment, PlaybookId } from '../../../electron/investigation/stepTypes';

export interface KdsimRun {
  target: OpenTarget;
  runner: CountingRunner;
  env: EngineEnvironment;
}

export async function startKdsim(scenario: string, flags: string[] = []): Promise<KdsimRun> {
  const target = await openDebuggerTarget({ kind: 'demo', scenario, flags });
  const runner = new CountingRunner(target.session);
  return { target, runner, env: { runner, tap: target.tap, target: { kind: target.targetKind, offline: false } } };
}

export async function investigateKdsim(
  scenario: string,
  options: { flags?: string[]; playbook?: PlaybookId | null; options?: Partial<InvestigationOptions>; signal?: AbortSignal; onInvestigation?: (i: Investigation) => void } = {},
): Promise<{ investigation: Investigation; run: KdsimRun; events: InvestigationEvent[] }> {
  const run = await startKdsim(scenario, options.flags);
  const events: InvestigationEvent[] = [];
  try {
    const investigation = await runInvestigation({
      env: run.env,
      playbook: options.playbook ?? null,
      options: options.options,
      facts: { banner: run.target.banner },
      signal: options.signal,
      onEvent: (e) => events.push(e),
      onInvestigation: options.onInvestigation,
    });
    return { investigation, run, events };
  } finally {
    await run.target.close();
  }
}
