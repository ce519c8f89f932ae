// The investigation's options as the user types them (text fields) and as
// `investigation.start`'s `tuning` (numbers, the pool-tag file's text). Every option
// the CLI has is here: --pooltag, --snapshots, --interval, --hit-tag, and the
// PoolHitTag hits and wait. Empty fields keep the playbook's defaults.
import type { RequestParams } from '../../../../electron/contract';
import { isSafeTag } from '../console/consoleCommands';

export interface PoolTagFileChoice {
  name: string;
  text: string;
}

export interface RunOptionsDraft {
  poolTagFile: PoolTagFileChoice | null;
  snapshots: string;
  intervalSeconds: string;
  hitTag: string;
  hitCount: string;
  hitWaitSeconds: string;
}

export const emptyRunOptions: RunOptionsDraft = { poolTagFile: null, snapshots: '', intervalSeconds: '', hitTag: '', hitCount: '', hitWaitSeconds: '' };

/** The playbooks' defaults (electron/investigation/investigationOptions.ts), shown as placeholders. */
export const runOptionDefaults = { snapshots: 2, intervalSeconds: 10, hitCount: 3, hitWaitSeconds: 30 } as const;

/** `investigation.start`'s tuning, as the contract declares it. */
export type RunTuning = NonNullable<RequestParams<'investigation.start'>['tuning']>;

export type RunOptionField = 'snapshots' | 'intervalSeconds' | 'hitTag' | 'hitCount' | 'hitWaitSeconds';

/** Limits the core accepts (the contract's tuning schema). */
const limits: Record<Exclude<RunOptionField, 'hitTag'>, { min: number; max: number }> = {
  snapshots: { min: 2, max: 1000 },
  intervalSeconds: { min: 1, max: 24 * 3600 },
  hitCount: { min: 1, max: 1000 },
  hitWaitSeconds: { min: 1, max: 24 * 3600 },
};

export function optionLimits(field: Exclude<RunOptionField, 'hitTag'>): { min: number; max: number } {
  return limits[field];
}

function wholeNumber(text: string, field: Exclude<RunOptionField, 'hitTag'>): number | 'invalid' | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,7}$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  const { min, max } = limits[field];
  return value >= min && value <= max ? value : 'invalid';
}

export type RunOptionsResult = { ok: true; tuning: RunTuning } | { ok: false; invalid: RunOptionField[] };

/** The draft as `tuning`, or the fields to fix. */
export function tuningOf(draft: RunOptionsDraft): RunOptionsResult {
  const invalid: RunOptionField[] = [];
  const tuning: RunTuning = {};
  const numbers = [
    ['snapshots', 'snapshots'],
    ['intervalSeconds', 'snapshotIntervalSeconds'],
    ['hitCount', 'poolHitCount'],
    ['hitWaitSeconds', 'poolHitWaitSeconds'],
  ] as const;
  for (const [field, key] of numbers) {
    const value = wholeNumber(draft[field], field);
    if (value === 'invalid') invalid.push(field);
    else if (value !== undefined) tuning[key] = value;
  }
  const tag = draft.hitTag.trim();
  // The tag goes onto a debugger command line (PoolHitTag): the same check as the click commands.
  if (tag !== '') {
    if (isSafeTag(tag)) tuning.poolHitTag = tag;
    else invalid.push('hitTag');
  }
  if (draft.poolTagFile) tuning.poolTagFile = draft.poolTagFile.text;
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, tuning };
}

/** How many options differ from the defaults (for the collapsed "Options" summary). */
export function changedOptionCount(draft: RunOptionsDraft): number {
  return [draft.poolTagFile !== null, ...(['snapshots', 'intervalSeconds', 'hitTag', 'hitCount', 'hitWaitSeconds'] as const).map((f) => draft[f].trim() !== '')].filter(Boolean).length;
}
