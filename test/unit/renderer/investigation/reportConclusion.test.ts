import { describe, expect, it } from 'vitest';
import { readReportSnapshot } from '../../../../renderer/src/investigation/state/reportSnapshot';
import { mydriverReportJson } from './fixtures';

/** A real report (mydriver-x86) whose conclusion each test replaces. */
const base = JSON.parse(mydriverReportJson) as Record<string, unknown>;

describe('report conclusion', () => {
  it('is read from the report', () => {
    const report = readReportSnapshot(
      ({
        ...base,
        conclusion: { verdict: 'found', summary: 'Tag Leak grows.', suspects: [{ driver: 'leakydrv.sys', tag: 'Leak', function: null, file: null, line: null, allocations: 6, bytes: 600, growthBytesPerMinute: null }], next: null },
      }),
    );
    expect(report!.conclusion).toEqual({
      verdict: 'found',
      summary: 'Tag Leak grows.',
      suspects: [{ driver: 'leakydrv.sys', tag: 'Leak', function: null, file: null, line: null, allocations: 6, bytes: 600, growthBytesPerMinute: null }],
      next: null,
    });
  });

  it('is null when missing or not a conclusion (the rest of the report still reads)', () => {
    const { conclusion: _dropped, ...withoutConclusion } = base;
    expect(readReportSnapshot(withoutConclusion)?.conclusion ?? null).toBeNull();
    const odd = readReportSnapshot({ ...base, conclusion: { verdict: 'maybe', summary: 3 } });
    expect(odd!.conclusion).toBeNull();
    expect(odd!.playbook).toBe('leak-at-unload');
    // Checked against the contract's strict shape: a suspect with a wrong field is not shown half-read.
    const typo = readReportSnapshot({ ...base, conclusion: { verdict: 'inconclusive', summary: 's', suspects: [{ driver: 7 }], next: 'Run X' } });
    expect(typo!.conclusion).toBeNull();
  });
});
