// Every demo scenario ends in a conclusion that names its suspect: kdsim over real pipes,
// through the core service, the playbook chosen automatically (as Run does). The
// conclusion also reaches the UI as an event, valid against the contract's schema.
import { describe, expect, it } from 'vitest';
import { conclusionSchema, investigationEventSchema, type Conclusion, type ConclusionSuspect } from '../../../electron/contract';
import { buildReport } from '../../../electron/investigation/reports/investigationReport';
import { renderHtmlReport } from '../../../electron/investigation/reports/htmlReport';
import { renderMarkdownReport } from '../../../electron/investigation/reports/markdownReport';
import { investigateKdsim } from './kdsimInvestigation';

const SUSPECT_KEYS = ['allocations', 'bytes', 'driver', 'file', 'function', 'growthBytesPerMinute', 'line', 'tag'];

async function concludeScenario(scenario: string, options: Parameters<typeof investigateKdsim>[1] = {}) {
  const { investigation, events } = await investigateKdsim(scenario, options);
  const conclusion = investigation.conclusion!;
  expect(conclusionSchema.parse(conclusion)).toEqual(conclusion);
  for (const s of conclusion.suspects) expect(Object.keys(s).sort()).toEqual(SUSPECT_KEYS);
  // The UI gets the same conclusion, just before investigation-finished, and the contract accepts the event.
  const last = events.slice(-2);
  expect(last.map((e) => e.type)).toEqual(['conclusion', 'investigation-finished']);
  expect(investigationEventSchema.safeParse(last[0]).success).toBe(true);
  expect(last[0]).toMatchObject({ conclusion });
  // One answer per run: the triage that chose the playbook does not conclude on its own.
  expect(events.filter((e) => e.type === 'conclusion')).toHaveLength(1);
  // First in every report.
  const report = buildReport(investigation, { kind: 'dump', offline: false }, { description: `demo target ${scenario}` });
  expect(Object.keys(JSON.parse(JSON.stringify(report)))).toContain('conclusion');
  expect(report.conclusion).toEqual(conclusion);
  const md = renderMarkdownReport(report);
  expect(md.indexOf('## Conclusion')).toBeLessThan(md.indexOf('- **Status:**'));
  const html = renderHtmlReport(report);
  expect(html.indexOf('aria-label="Conclusion"')).toBeLessThan(html.indexOf('<dt>Status</dt>'));
  return { investigation, conclusion };
}

function suspectOf(c: Conclusion, match: Partial<ConclusionSuspect>): ConclusionSuspect {
  const found = c.suspects.filter((s) => Object.entries(match).every(([k, v]) => s[k as keyof ConclusionSuspect] === v));
  expect(found, JSON.stringify(c.suspects)).toHaveLength(1);
  return found[0]!;
}

// Real kdsim processes on a shared machine: generous time, no timing assertions.
describe('conclusions on the demo scenarios', { timeout: 120_000 }, () => {
  it('mydriver-x86: MyDriver.sys, three sites from handleioctl.c', async () => {
    const { conclusion } = await concludeScenario('mydriver-x86');
    expect(conclusion.verdict).toBe('found');
    expect(conclusion.suspects).toHaveLength(3);
    expect(suspectOf(conclusion, { tag: 'VMdl' })).toEqual({
      driver: 'MyDriver.sys',
      tag: 'VMdl',
      function: 'MyDriver!DeviceControlDispatch+0x4c',
      file: 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c',
      line: 50,
      allocations: 1,
      bytes: 0x20,
      growthBytesPerMinute: null,
    });
    expect(conclusion.summary).toMatch(/^MyDriver\.sys leaked 3 allocations/);
  });

  it("myfault-x64 (bug check D1, verifier pool tracking): myfault.sys, ten 'Leak' allocations, 0x9ce000 bytes", async () => {
    const { conclusion, investigation } = await concludeScenario('myfault-x64');
    expect(investigation.playbook.id).toBe('leak-at-unload');
    expect(conclusion.verdict).toBe('found');
    expect(conclusion.suspects).toEqual([
      expect.objectContaining({ driver: 'myfault.sys', tag: 'Leak', function: 'myfault!MyfaultDeviceControl+0x358', allocations: 10, bytes: 0x9ce000 }),
    ]);
  });

  it('win10-leak-x64: contoso.sys and the second verified driver fabrikam.sys with its 6 allocations', async () => {
    const { conclusion, investigation } = await concludeScenario('win10-leak-x64');
    expect(conclusion.verdict).toBe('found');
    expect(investigation.step('other-drivers')!.commands.map((c) => c.command)).toEqual(['!verifier 3 fabrikam.sys', 'ln 0xfffff80689a5143c', 'ln 0xfffff80689a51661']);
    const fabrikam = conclusion.suspects.filter((s) => s.driver === 'fabrikam.sys');
    expect(fabrikam.reduce((n, s) => n + s.allocations!, 0)).toBe(6);
    expect(suspectOf(conclusion, { driver: 'fabrikam.sys', tag: 'FbRq' })).toEqual({
      driver: 'fabrikam.sys',
      tag: 'FbRq',
      function: 'fabrikam!FbAllocateRequest+0x3c',
      file: 'c:\\src\\fabrikam\\request.cpp',
      line: 27,
      allocations: 5,
      bytes: 5 * 0x180,
      growthBytesPerMinute: null,
    });
    expect(conclusion.suspects.filter((s) => s.driver === 'contoso.sys').reduce((n, s) => n + s.allocations!, 0)).toBe(17);
    expect(suspectOf(conclusion, { driver: 'contoso.sys', tag: 'CtsP' })).toMatchObject({ function: 'contoso!CtsoCacheDeviceName+0x55', file: 'c:\\src\\contoso\\registry.c', line: 95, allocations: 2, bytes: 0x2000 });
    expect(conclusion.summary).toContain('fabrikam.sys also holds 6 allocations');
    // The other driver's sites are findings too, not only conclusion text.
    expect(investigation.findings.filter((f) => f.kind === 'allocation-site' && f.title.startsWith('fabrikam.sys:'))).toHaveLength(2);
  });

  it("live-growth-x64: 'Leak' grows, leakydrv!LeakyAllocateRecord+0x29 at record.c:41 from PoolHitTag", async () => {
    const { conclusion, investigation } = await concludeScenario('live-growth-x64', { options: { snapshotIntervalMs: 2000 } });
    expect(investigation.playbook.id).toBe('pool-growth');
    expect(conclusion.verdict).toBe('found');
    const record = suspectOf(conclusion, { function: 'leakydrv!LeakyAllocateRecord+0x29' });
    expect(record).toMatchObject({ driver: 'leakydrv', tag: 'Leak', file: 'c:\\src\\leakydrv\\record.c', line: 41 });
    const growth = investigation.facts.growth.find((g) => g.tag === 'Leak')!;
    expect(record.growthBytesPerMinute).toBe(Math.round(growth.bytesPerMinute));
    expect(record.growthBytesPerMinute).toBeGreaterThan(0);
    const last = investigation.facts.snapshots.at(-1)!.result.rows.find((r) => r.tag === 'Leak')!;
    expect(record.bytes).toBe(last.nonPagedBytes! + last.pagedBytes!);
    expect(record.allocations).toBe(last.nonPagedAllocs! + last.pagedAllocs!);
    expect(record.bytes).toBeGreaterThan(19660800);
    expect(conclusion.summary).toMatch(/^'Leak' grows [\d.]+ [KM]B\/min .*in leakydrv; PoolHitTag caught it allocating at leakydrv!LeakyAllocateRecord\+0x29 \(record\.c:41\)/);
  });

  it('special-pool-corruption-x64: overrun.sys at OvrnFillBuffer+0x44, fill.c line 19, the Ovrn block and the fix', async () => {
    const { conclusion } = await concludeScenario('special-pool-corruption-x64');
    expect(conclusion.verdict).toBe('found');
    expect(conclusion.suspects).toEqual([
      { driver: 'overrun.sys', tag: 'Ovrn', function: 'overrun!OvrnFillBuffer+0x44', file: 'c:\\src\\overrun\\fill.c', line: 19, allocations: null, bytes: 0x40, growthBytesPerMinute: null },
    ]);
    expect(conclusion.summary).toContain('(allocated)');
    expect(conclusion.summary).toContain('What to fix');
  });

  it("no-verifier-dump-x64: 'Gbuf' holds 1.4 GB, owner unknown — inconclusive, and the next step says how to find the driver", async () => {
    const { conclusion } = await concludeScenario('no-verifier-dump-x64');
    expect(conclusion.verdict).toBe('inconclusive');
    expect(conclusion.suspects).toEqual([
      { driver: null, tag: 'Gbuf', function: null, file: null, line: null, allocations: 187412, bytes: 1535279104, growthBytesPerMinute: null },
    ]);
    expect(conclusion.next).toMatch(/^Find the driver that uses 'Gbuf'/);
    expect(conclusion.next).not.toMatch(/--pooltag/);
  });
});
