import { describe, expect, it } from 'vitest';
import { parseReportSnapshot } from '../../../../renderer/src/investigation/state/reportSnapshot';

const base = { status: 'finished', failure: null, playbook: 'pool-growth', playbookTitle: 'Pool growth', target: null, findings: [], steps: [], unavailableSteps: [] };

describe('report conclusion', () => {
  it('is read from the report', () => {
    const report = parseReportSnapshot(
      JSON.stringify({
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
    expect(parseReportSnapshot(JSON.stringify(base))!.conclusion).toBeNull();
    const odd = parseReportSnapshot(JSON.stringify({ ...base, conclusion: { verdict: 'maybe', summary: 3 } }));
    expect(odd!.conclusion).toBeNull();
    expect(odd!.playbook).toBe('pool-growth');
    // Checked against the contract's strict shape: a suspect with a wrong field is not shown half-read.
    const typo = parseReportSnapshot(JSON.stringify({ ...base, conclusion: { verdict: 'inconclusive', summary: 's', suspects: [{ driver: 7 }], next: 'Run X' } }));
    expect(typo!.conclusion).toBeNull();
  });
});
