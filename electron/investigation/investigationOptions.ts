// User choices that shape an investigation (CLI flags, UI settings).
import type { PoolTagDescription } from './poolTagFile';

export interface InvestigationOptions {
  /** --driver: overrides the driver detected from the bug check. */
  driver: string | null;
  /** Entries of a user-supplied pooltag.txt (tag -> binary, description). */
  poolTagFile: PoolTagDescription[] | null;
  /** Suggest `findstr /m /l <tag> *.sys` (only useful on a Windows host). */
  windowsHost: boolean;
  /** Allocation count above which stacks come from one pass over the whole verifier log. */
  perAddressLogLimit: number;
  /** How many top tags (per pool) the pool-growth playbook reports. */
  topTags: number;
  /** Live targets: `!poolused` snapshots taken, and how long the target runs between them. */
  snapshots: number;
  snapshotIntervalMs: number;
  /** PoolHitTag assistant: tag to watch (default: the fastest-growing tag) and hits to collect. */
  poolHitTag: string | null;
  poolHitCount: number;
  /** How long to let the target run waiting for one PoolHitTag hit before breaking in. */
  poolHitWaitMs: number;
  /** Timeout for commands that scan a whole log or the pool (!verifier 0x80, !poolfind). */
  longCommandTimeoutMs: number;
  /** Which shell shows the messages: advice names a CLI flag only in the CLI, a UI field only in the app. */
  shell: ShellKind;
}

export type ShellKind = 'app' | 'cli';

export const defaultInvestigationOptions: InvestigationOptions = {
  driver: null,
  poolTagFile: null,
  windowsHost: process.platform === 'win32',
  perAddressLogLimit: 4,
  topTags: 5,
  snapshots: 2,
  snapshotIntervalMs: 10_000,
  poolHitTag: null,
  poolHitCount: 3,
  poolHitWaitMs: 30_000,
  longCommandTimeoutMs: 15 * 60_000,
  shell: 'app',
};

export function withDefaults(partial: Partial<InvestigationOptions> = {}): InvestigationOptions {
  const merged = { ...defaultInvestigationOptions };
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
