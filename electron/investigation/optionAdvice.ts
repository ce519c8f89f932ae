// How advice names a user choice: a flag in the CLI, the playbook options in the app.
// Messages built from these fit the shell that shows them (no "--driver" in the UI,
// no UI screen in a terminal).
import type { InvestigationOptions, ShellKind } from './investigationOptions';

export type AdvisedOption = 'driver' | 'poolTagFile' | 'snapshotInterval' | 'poolHitTag';

const phrases: Record<AdvisedOption, Record<ShellKind, string>> = {
  driver: { cli: 'pass --driver NAME.sys', app: 'name the driver in the playbook options (Driver)' },
  poolTagFile: { cli: 'pass --pooltag FILE', app: 'choose a pooltag.txt in the playbook options (Pool-tag file)' },
  snapshotInterval: { cli: 'raise --interval SECONDS', app: 'raise the snapshot interval in the playbook options' },
  poolHitTag: { cli: 'pass --hit-tag TAG', app: 'set the PoolHitTag tag in the playbook options' },
};

/** "pass --driver NAME.sys" (CLI) or "name the driver in the playbook options (Driver)" (app). */
export function adviseOption(options: Pick<InvestigationOptions, 'shell'>, option: AdvisedOption): string {
  return phrases[option][options.shell];
}

/** Where a driver the user named came from, for a finding's detail. */
export function userDriverOrigin(options: Pick<InvestigationOptions, 'shell'>): string {
  return options.shell === 'cli' ? 'given with --driver' : 'named in the playbook options';
}
