// "Automatic": the triage picks the playbook from !analyze -v and, when the bug check does
// not decide (not a C4 leak at unload, not pool corruption), from one `!verifier`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBuiltinScenario } from '../../../electron/kdsim/builtinScenarios';
import type { ScenarioInput } from '../../../electron/kdsim/scenarioSchema';
import { investigateKdsim } from './kdsimInvestigation';

const dir = mkdtempSync(path.join(tmpdir(), 'poolsleuth-automatic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scenarioFile(name: string, edit: (s: ScenarioInput) => void): string {
  const scenario = structuredClone(findBuiltinScenario(name)!.load()) as ScenarioInput;
  edit(scenario);
  const file = path.join(dir, `${scenario.name}.json`);
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

const fast = { snapshots: 2, snapshotIntervalMs: 100, poolHitCount: 1, poolHitWaitMs: 2_000 };

describe('automatic playbook choice', () => {
  it('myfault-x64: D1, but pool tracking holds ten Leak allocations of myfault.sys -> leak at unload', async () => {
    const { investigation, run } = await investigateKdsim('myfault-x64');
    expect(investigation.status).toBe('finished');
    expect(investigation.facts.bugcheck).toMatchObject({ code: '0xd1', name: 'DRIVER_IRQL_NOT_LESS_OR_EQUAL' });
    expect(investigation.playbook.id).toBe('leak-at-unload');
    const check = investigation.step('verifier-check')!;
    expect(check.status).toBe('done');
    expect(check.commands.map((c) => c.command)).toEqual(['!verifier']);
    expect(check.roundTrips).toBe(1);
    // The triage's two steps run before the playbook's own (preflight comes after them).
    expect(investigation.steps.map((s) => s.id).slice(0, 4)).toEqual(['preflight', 'analyze', 'verifier-check', 'driver']);
    expect(investigation.facts.driver).toEqual({ name: 'myfault.sys', source: 'image-name' });
    const f = investigation.facts;
    expect(f.leak).toMatchObject({ allocations: 10, bytes: 0x9ce000 });
    expect(f.sites).toHaveLength(1);
    expect(f.sites[0]).toMatchObject({ tag: 'Leak', allocations: 10, bytes: 0x9ce000, symbol: 'myfault!MyfaultDeviceControl+0x358' });
    expect(run.runner.roundTrips).toBe(investigation.roundTrips);
  });

  it('mydriver-x86: C4/0x62 decides alone; no !verifier in the triage', async () => {
    const { investigation, run } = await investigateKdsim('mydriver-x86');
    expect(investigation.playbook.id).toBe('leak-at-unload');
    expect(investigation.step('verifier-check')).toBeUndefined();
    // The only plain !verifier (which other drivers hold pool) rides in verifier-pool's round trip.
    expect(run.runner.commands.filter((c) => c === '!verifier')).toHaveLength(1);
    expect(investigation.step('verifier-pool')!.commands.map((c) => c.command)).toEqual(['!verifier 3 MyDriver.sys', '!verifier']);
    expect(investigation.step('verifier-pool')!.roundTrips).toBe(1);
    expect(investigation.step('other-drivers')).toMatchObject({ status: 'skipped', reason: 'No other verified driver holds pool.' });
    expect(investigation.facts.driver).toEqual({ name: 'MyDriver.sys', source: 'image-name' });
    expect(investigation.facts.sites).toHaveLength(3);
  });

  it('special-pool-corruption-x64: D6 decides alone (corruption)', async () => {
    const { investigation, run } = await investigateKdsim('special-pool-corruption-x64');
    expect(investigation.playbook.id).toBe('corruption');
    expect(investigation.facts.bugcheck!.meaning).toMatch(/beyond the end of its pool allocation/);
    expect(investigation.step('verifier-check')).toBeUndefined();
    expect(run.runner.commands).not.toContain('!verifier');
  });

  it('live-growth-x64: no bug check and no verifier -> pool growth', async () => {
    const { investigation } = await investigateKdsim('live-growth-x64', { options: fast });
    expect(investigation.playbook.id).toBe('pool-growth');
    expect(investigation.facts.verifierLeakDriver).toBeNull();
    expect(investigation.step('verifier-check')!.commands.map((c) => c.command)).toEqual(['!verifier']);
    expect(investigation.facts.growth[0]).toMatchObject({ tag: 'Leak' });
  });

  it('no-verifier-dump-x64: manual crash without Pool Tracking -> pool growth, saying Pool Tracking was not enabled', async () => {
    const { investigation } = await investigateKdsim('no-verifier-dump-x64');
    expect(investigation.status).toBe('finished');
    expect(investigation.playbook.id).toBe('pool-growth');
    const warning = investigation.findings.find((x) => x.kind === 'warning' && x.code === 'pool-tracking-disabled');
    expect(warning?.title).toBe('Pool Tracking was not enabled');
    expect(warning?.detail).toMatch(/verifier \/flags 0x8/);
    expect(investigation.facts.topTags[0]).toBe('Gbuf');
  });

  it('prefers the faulting module over the verified driver holding the most pool', async () => {
    // win10-leak-x64 with its bug check turned into a D1 in fabrikam.sys (verified, holds
    // pool) while contoso.sys holds more: the faulting module wins.
    const file = scenarioFile('win10-leak-x64', (s) => {
      s.name = 'd1-in-fabrikam';
      s.bugcheck = { ...s.bugcheck!, code: 'd1', args: ['ffffc10fa3e4f000', '2', '0', 'fffff80689a31234'] };
      s.bugcheck.analysis!.imageName = 'fabrikam.sys';
      s.bugcheck.analysis!.moduleName = 'fabrikam';
    });
    const { investigation } = await investigateKdsim(file);
    expect(investigation.playbook.id).toBe('leak-at-unload');
    expect(investigation.facts.verifierLeakDriver).toBe('fabrikam.sys');
    expect(investigation.facts.driver).toEqual({ name: 'fabrikam.sys', source: 'image-name' });
    expect(investigation.findings.find((x) => x.kind === 'warning' && x.code === 'several-verified-drivers')).toBeDefined();
  });

  it('takes the verified driver holding pool when the faulting image is not verified', async () => {
    const file = scenarioFile('myfault-x64', (s) => {
      s.name = 'd1-in-ntfs';
      s.bugcheck!.analysis!.imageName = 'Ntfs.sys';
      s.bugcheck!.analysis!.moduleName = 'Ntfs';
    });
    const { investigation } = await investigateKdsim(file);
    expect(investigation.playbook.id).toBe('leak-at-unload');
    expect(investigation.facts.driver).toEqual({ name: 'myfault.sys', source: 'verifier' });
    expect(investigation.facts.sites.map((x) => [x.tag, x.allocations])).toEqual([['Leak', 10]]);
  });
});
