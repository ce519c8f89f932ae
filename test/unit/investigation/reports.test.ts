import { describe, expect, it } from 'vitest';
import type { AllocationSite } from '../../../electron/contract/findingTypes';
import { escapeHtml, renderHtmlReport } from '../../../electron/investigation/reports/htmlReport';
import type { InvestigationReport } from '../../../electron/investigation/reports/investigationReport';
import { codeSpan, renderMarkdownReport } from '../../../electron/investigation/reports/markdownReport';
import { renderReport, reportFormatOf } from '../../../electron/investigation/reports/reportFormats';
import { poolTagMeaning } from '../../../electron/investigation/poolTagMeaning';

const evil = `<script>alert("x")</script> & 'q' \`tick\``;

function site(overrides: Partial<AllocationSite> = {}): AllocationSite {
  return {
    id: '0x9a3bf6ac:VMdl', tag: 'VMdl', meaning: poolTagMeaning('VMdl'), allocations: 1, bytes: 0x20, poolKind: 'nonpaged',
    nonPagedBytes: 0x20, pagedBytes: 0, caller: '0x9a3bf6ac', symbol: `MyDriver!F+0x4c${evil}`, file: `d:\\src\${evil}.c`, line: 50,
    addresses: ['0x982a8fe0'], stacks: [{ frames: [{ address: '0x81b250cd', symbol: `nt!IovAllocateMdl+0x3d${evil}` }], allocations: 1, exampleAddresses: ['0x982a8fe0'], threads: ['0x9c158bc0'] }],
    allocationsWithoutStack: 0, ...overrides,
  };
}

function report(): InvestigationReport {
  return {
    schemaVersion: 1, tool: 'PoolSleuth',
    conclusion: {
      verdict: 'found',
      summary: `MyDriver.sys leaked 1 allocation from ${evil}`,
      suspects: [{ driver: 'MyDriver.sys', tag: 'VMdl', function: `MyDriver!${evil}`, file: `d:\\src\\${evil}.c`, line: 50, allocations: 1, bytes: 0x20, growthBytesPerMinute: null }],
      next: `Fix ${evil}`,
    },
    generatedAt: '2025-01-01T00:00:00.000Z', status: 'finished', failure: null,
    playbook: 'leak-at-unload', playbookTitle: 'Leak at driver unload',
    target: { kind: 'dump', offline: false, description: `kd -z ${evil}`, kernelVersion: null, debuggerVersion: null, dumpFile: null },
    bugcheck: { code: '0xc4', name: 'DRIVER_VERIFIER_DETECTED_VIOLATION', args: ['0x62', '0x1', '0x2', '0x3'], meaning: 'leak' },
    driver: `evil.sys;.shell calc`,
    leak: { allocations: 1, bytes: 0x20, nonPagedAllocations: 1, nonPagedBytes: 0x20, pagedAllocations: 0, pagedBytes: 0 },
    sites: [site()],
    findings: [{ id: 'f1', stepId: 'driver', kind: 'unsafe-target-text', severity: 'error', what: 'driver name', text: evil, title: `Unsafe ${evil}`, detail: evil }],
    steps: [{ id: 'verifier-pool', title: 'Read', why: 'w', status: 'done', reason: null, durationMs: 1, roundTrips: 1, commands: [{ command: '!verifier 3 x.sys', output: `${evil}\n\`\`\`\nfenced`, outputOmittedChars: 0, durationMs: 1, recorded: true }] }],
    unavailableSteps: [{ id: 'pool-hit-tag', title: 'PoolHitTag', why: 'w', reason: 'needs a live target' }],
    warnings: [evil],
    roundTrips: 6,
  };
}

describe('HTML report', () => {
  const html = renderHtmlReport(report());

  it('escapes every string from the target', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"x"');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(escapeHtml(`<>&"'\``)).toBe('&#60;&#62;&#38;&#34;&#39;&#96;');
  });

  it('is self-contained: no scripts, no external assets, a CSP that forbids loading any', () => {
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(/i);
    expect(html).toContain(`default-src 'none'`);
    expect(html).toContain('<table aria-label="Allocation sites">');
    for (const header of ['Tag', 'Allocations', 'Bytes', 'Caller', 'Source']) expect(html).toContain(`<th>${header}</th>`);
  });

  it('lists target, bug check, driver, totals, sites, stacks, steps with commands, warnings', () => {
    for (const text of ['0xc4', 'evil.sys;.shell calc', '0x20 (32 bytes)', 'IoAllocateMdl', '0x81b250cd', '!verifier 3 x.sys', 'Warnings', 'needs a live target']) {
      expect(html).toContain(escapeHtml(text));
    }
  });
});

describe('Markdown report', () => {
  const md = renderMarkdownReport(report());

  it('keeps target text inside code spans and fences that survive backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(md).toContain('```text');
    // The raw output contains ``` itself: the fence around it must be longer.
    expect(md).toContain('````text');
    // In running text HTML from the target is escaped; elsewhere it sits in code spans.
    expect(md).toContain('- **Target:** kd -z \\<script\\>alert("x")\\</script\\>');
    expect(md).toContain("- \\<script\\>alert(\"x\")\\</script\\> & 'q' \\`tick\\`");
    expect(md).toContain("`` MyDriver!F+0x4c<script>alert(\"x\")</script> & 'q' `tick` ``");
    expect(md).toContain('## Allocation sites');
    expect(md).toContain('| Tag | Allocations | Bytes | Pool | Caller | Source | Fix |');
  });
});

describe('report formats', () => {
  it('opens with the conclusion: verdict, escaped summary, the suspects table with target text in code spans, next', () => {
    const md = renderMarkdownReport(report());
    const html = renderHtmlReport(report());
    expect(md.indexOf('## Conclusion: Found')).toBeGreaterThan(0);
    expect(md.indexOf('## Conclusion: Found')).toBeLessThan(md.indexOf('- **Status:**'));
    expect(md).toContain('MyDriver.sys leaked 1 allocation from \\<script\\>');
    expect(md).toContain('| Driver | Tag | Function | Source | Allocations | Bytes | Growth |');
    expect(md).toContain("| `MyDriver.sys` | `VMdl` | `` MyDriver!<script>alert(\"x\")</script> & 'q' `tick` `` |");
    expect(md).toContain('| 1 | 0x20 (32 bytes) | — |');
    expect(md).toContain('**Next:** Fix \\<script\\>');
    expect(html.indexOf('<section aria-label="Conclusion" class="conclusion found">')).toBeLessThan(html.indexOf('<dt>Status</dt>'));
    expect(html).toContain('<table aria-label="Suspects">');
    expect(html).toContain('<td class="w"><code>MyDriver!&#60;script&#62;');
  });

  it('picks the format from the extension', () => {
    expect(reportFormatOf('out.md')).toBe('markdown');
    expect(reportFormatOf('C:\\r\\OUT.HTML')).toBe('html');
    expect(reportFormatOf('x.json')).toBe('json');
    expect(reportFormatOf('x.pdf')).toBeNull();
  });

  it('JSON is the findings model as it is', () => {
    const r = report();
    expect(JSON.parse(renderReport(r, 'json'))).toEqual(r);
  });
});
