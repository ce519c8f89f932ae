// The same warning code has the same title on every target: the numbers and names
// differ between runs, and they live in the detail.
import { describe, expect, it } from 'vitest';
import type { InvestigationOptions } from '../../../electron/investigation/investigationOptions';
import type { PlaybookId } from '../../../electron/investigation/stepTypes';
import { WARNING_TITLES, type WarningCode } from '../../../electron/investigation/warningTitles';
import { investigateKdsim } from './kdsimInvestigation';

const fast: Partial<InvestigationOptions> = { snapshots: 2, snapshotIntervalMs: 100, poolHitCount: 1, poolHitWaitMs: 2_000 };

const runs: { scenario: string; playbook: PlaybookId | null; options?: Partial<InvestigationOptions> }[] = [
  { scenario: 'mydriver-x86', playbook: null },
  { scenario: 'myfault-x64', playbook: null },
  { scenario: 'win10-leak-x64', playbook: null },
  { scenario: 'no-verifier-dump-x64', playbook: null },
  { scenario: 'no-verifier-dump-x64', playbook: 'leak-at-unload' },
  { scenario: 'live-growth-x64', playbook: null, options: fast },
];

describe('warning titles across runs', () => {
  it('titles each code the same on mydriver-x86, myfault-x64, win10-leak-x64, no-verifier-dump-x64 and live-growth-x64', async () => {
    const found: { run: string; code: string; title: string; detail: string | null }[] = [];
    for (const r of runs) {
      const { investigation } = await investigateKdsim(r.scenario, { playbook: r.playbook, options: r.options });
      for (const f of investigation.findings) {
        if (f.kind === 'warning') found.push({ run: `${r.scenario}/${r.playbook ?? 'automatic'}`, code: f.code, title: f.title, detail: f.detail });
      }
    }
    for (const w of found) expect(w.title, `${w.run}: ${w.code}`).toBe(WARNING_TITLES[w.code as WarningCode]);
    // A code seen in several runs with different details (numbers, names) keeps one title.
    const shared = found.filter((w) => found.some((o) => o.run !== w.run && o.code === w.code && o.detail !== w.detail));
    expect(shared.length).toBeGreaterThan(0);
    for (const w of shared) expect(new Set(found.filter((o) => o.code === w.code).map((o) => o.title)).size).toBe(1);
  }, 90_000);
});
