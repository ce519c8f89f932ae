// Reports show target text through the one sanitiser: C1 OSC/ST, ESC sequences, bidi
// overrides and zero-width characters become visible escapes in Markdown and HTML;
// the JSON report keeps the value but never carries them raw.
import { describe, expect, it } from 'vitest';
import type { AllocationSite } from '../../../electron/contract/findingTypes';
import type { InvestigationReport } from '../../../electron/investigation/reports/investigationReport';
import { renderReport } from '../../../electron/investigation/reports/reportFormats';
import { poolTagMeaning } from '../../../electron/investigation/poolTagMeaning';

const hostile = 'Drv\u009d8;;https://evil.example/\u009cclick\u009d8;;\u009c\x1b]0;T\x07\u202etxt.exe\u200b\ufeff\u2028';
const raw = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;

function site(): AllocationSite {
  return {
    id: '0x9a3bf6ac:VMdl', tag: 'VMdl', meaning: poolTagMeaning('VMdl'), allocations: 1, bytes: 0x20, poolKind: 'nonpaged',
    nonPagedBytes: 0x20, pagedBytes: 0, caller: '0x9a3bf6ac', symbol: `MyDriver!${hostile}`, file: `d:\\src\${hostile}.c`, line: 50,
    addresses: ['0x982a8fe0'], stacks: [{ frames: [{ address: '0x81b250cd', symbol: `nt!${hostile}` }], allocations: 1, exampleAddresses: ['0x982a8fe0'], threads: ['0x9c158bc0'] }],
    allocationsWithoutStack: 0,
  };
}

function report(): InvestigationReport {
  return {
    schemaVersion: 1, tool: 'PoolSleuth',
    conclusion: {
      verdict: 'found',
      summary: `MyDriver.sys leaked 1 allocation from ${hostile}`,
      suspects: [{ driver: 'MyDriver.sys', tag: 'VMdl', function: `MyDriver!${hostile}`, file: `d:\\src\\${hostile}.c`, line: 50, allocations: 1, bytes: 0x20, growthBytesPerMinute: null }],
      next: `Fix ${hostile}`,
    },
    generatedAt: '2025-01-01T00:00:00.000Z', status: 'finished', failure: null,
    playbook: 'leak-at-unload', playbookTitle: 'Leak at driver unload',
    target: { kind: 'dump', offline: false, description: `kd -z ${hostile}`, kernelVersion: null, debuggerVersion: null, dumpFile: null },
    bugcheck: null,
    driver: `${hostile}.sys`,
    leak: null,
    sites: [site()],
    findings: [{ id: 'f1', stepId: 'driver', kind: 'unsafe-target-text', severity: 'error', what: 'driver name', text: hostile, title: `Unsafe ${hostile}`, detail: hostile }],
    steps: [{ id: 'verifier-pool', title: 'Read', why: 'w', status: 'done', reason: null, durationMs: 1, roundTrips: 1, commands: [{ command: '!verifier 3 x.sys', output: `line one\r\n${hostile}\r\n\tTabbed`, outputOmittedChars: 0, durationMs: 1, recorded: true }] }],
    unavailableSteps: [],
    warnings: [hostile],
    roundTrips: 1,
  } as InvestigationReport;
}

describe('reports and hostile target text', () => {
  it.each(['markdown', 'html'] as const)('%s: no raw control/bidi/zero-width character; each is shown as an escape', (format) => {
    const text = renderReport(report(), format);
    expect(text).not.toMatch(raw);
    expect(text).toContain('\\x9d8;;https://evil.example/\\x9cclick\\x9d8;;\\x9c');
    expect(text).toContain('\\x1b]0;T\\x07');
    expect(text).toContain('\\u202etxt.exe\\u200b\\ufeff\\u2028');
    // Raw output keeps its line breaks and tabs.
    expect(text).toContain('line one\r\n');
    expect(text).toContain('\tTabbed');
  });

  it('json: no raw control/bidi/zero-width character, and the values parse back unchanged', () => {
    const text = renderReport(report(), 'json');
    expect(text).not.toMatch(raw);
    const parsed = JSON.parse(text);
    expect(parsed.driver).toBe(`${hostile}.sys`);
    expect(parsed.sites[0].symbol).toBe(`MyDriver!${hostile}`);
  });
});
