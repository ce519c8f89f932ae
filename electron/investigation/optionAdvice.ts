// How advice names a user choice: a flag in the CLI, the playbook options in the app.
// Messages built from these fit the shell that shows them (no "--driver" in the UI,
// no UI screen in a terminal).
import { conclusionTemplates } from '../contract/conclusionMessages';
import type { InvestigationOptions } from './investigationOptions';

export type AdvisedOption = 'driver' | 'poolTagFile' | 'snapshotInterval' | 'poolHitTag';

/** "pass --driver NAME.sys" (CLI) or "name the driver in the playbook options (Driver)" (app). */
export function adviseOption(options: Pick<InvestigationOptions, 'shell'>, option: AdvisedOption): string {
  // One wording, in the contract's table, so the conclusion's typed advice says the same.
  return conclusionTemplates[`advise-${option}-${options.shell}`];
}

/** Where a driver the user named came from, for a finding's detail. */
export function userDriverOrigin(options: Pick<InvestigationOptions, 'shell'>): string {
  return options.shell === 'cli' ? 'given with --driver' : 'named in the playbook options';
}
