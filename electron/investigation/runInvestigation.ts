// One call for every shell (CLI, UI service): run a playbook — given, or chosen after a
// triage (`!analyze -v`, and `!verifier` when the bug check alone does not decide) —
// over a runner, and return the investigation.
import { classifyCommand } from '../parsers';
import { Investigation } from './investigationEngine';
import type { InvestigationListener } from '../contract/investigationEvents';
import type { InvestigationFacts } from './investigationFacts';
import type { InvestigationOptions } from './investigationOptions';
import { playbookById, triagePlaybook } from './playbookCatalog';
import { playbookForBugcheck } from './playbooks/shared/bugcheckCodes';
import type { EngineEnvironment, PlaybookId } from './stepTypes';

export interface RunInvestigationArgs {
  env: EngineEnvironment;
  /** null: choose from the bug check. */
  playbook: PlaybookId | null;
  options?: Partial<InvestigationOptions>;
  facts?: Partial<InvestigationFacts>;
  signal?: AbortSignal;
  onEvent?: InvestigationListener;
  /** Called once the playbook is known, with the investigation about to run (to cancel it, etc.). */
  onInvestigation?: (investigation: Investigation) => void;
}

/**
 * From the bug check and the triage's `!verifier` (a verified driver still holding tracked
 * pool means leak at unload); without a bug check, also from what the user named or what a
 * recorded log holds.
 */
function choosePlaybook(triage: Investigation, args: RunInvestigationArgs): PlaybookId {
  const { bugcheck, verifierLeakDriver } = triage.facts;
  if (bugcheck !== null || verifierLeakDriver !== null) return playbookForBugcheck(bugcheck, verifierLeakDriver);
  // No bug check but a driver named: the user wants its verifier data (live leak hunt).
  if (args.options?.driver) return 'leak-at-unload';
  const kinds = new Set((args.env.runner.recordedCommands?.() ?? []).map(classifyCommand));
  if (kinds.has('verifier3')) return 'leak-at-unload';
  return 'pool-growth';
}

export async function runInvestigation(args: RunInvestigationArgs): Promise<Investigation> {
  let adopt: Investigation | undefined;
  let playbookId = args.playbook;
  if (playbookId === null) {
    const triage = new Investigation({ playbook: triagePlaybook, env: args.env, options: args.options, facts: args.facts });
    const off = args.onEvent ? triage.on(args.onEvent) : () => undefined;
    args.onInvestigation?.(triage);
    const status = await triage.run(args.signal);
    off();
    if (status !== 'finished') return triage;
    playbookId = choosePlaybook(triage, args);
    adopt = triage;
  }
  const investigation = new Investigation({
    playbook: playbookById(playbookId),
    env: args.env,
    options: args.options,
    facts: adopt ? undefined : args.facts,
    adopt,
    id: adopt?.id,
  });
  const off = args.onEvent ? investigation.on(args.onEvent) : () => undefined;
  args.onInvestigation?.(investigation);
  await investigation.run(args.signal);
  off();
  return investigation;
}
