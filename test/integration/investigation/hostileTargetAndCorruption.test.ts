// Text read from the target never reaches a command line unvalidated (a dump can name a
// module "evil.sys;.shell calc"), and the corruption triage on a special-pool overrun.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { findBuiltinScenario } from '../../../electron/kdsim/builtinScenarios';
import type { ScenarioInput } from '../../../electron/kdsim/scenarioSchema';
import { investigateKdsim } from './kdsimInvestigation';

const dir = mkdtempSync(path.join(tmpdir(), 'poolsleuth-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scenarioFile(name: string, edit: (s: ScenarioInput) => void): string {
  const scenario = structuredClone(findBuiltinScenario(name)!.load()) as ScenarioInput;
  edit(scenario);
  const file = path.join(dir, `${scenario.name}.json`);
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

describe('hostile target text', () => {
  it('refuses a module name with a command separator and sends nothing built from it', async () => {
    const file = scenarioFile('mydriver-x86', (s) => {
      s.name = 'hostile-module';
      s.bugcheck!.analysis!.imageName = 'evil.sys;.shell calc';
    });
    const { investigation, run } = await investigateKdsim(file);
    expect(investigation.status).toBe('failed');
    const step = investigation.step('driver')!;
    expect(step.status).toBe('failed');
    expect(step.reason).toMatch(/evil\.sys;\.shell calc/);
    const finding = investigation.findings.find((f) => f.kind === 'unsafe-target-text');
    expect(finding).toMatchObject({ kind: 'unsafe-target-text', what: 'driver name', text: 'evil.sys;.shell calc', severity: 'error' });
    expect(run.runner.commands.some((c) => /evil|shell|;/.test(c))).toBe(false);
    for (const id of ['verifier-pool', 'caller-lines', 'allocation-stacks']) expect(investigation.step(id)!.status).toBe('skipped');
  });

  it('refuses a pool tag with a command separator before !poolfind or PoolHitTag', async () => {
    const file = scenarioFile('no-verifier-dump-x64', (s) => {
      s.name = 'hostile-tag';
      for (const t of s.poolTags ?? []) if (t.tag === 'Gbuf') t.tag = 'Gb;q';
    });
    const { investigation, run } = await investigateKdsim(file, { playbook: 'pool-growth' });
    expect(investigation.facts.topTags[0]).toBe('Gb;q');
    expect(investigation.step('pool-find')!.status).toBe('failed');
    expect(investigation.findings.find((f) => f.kind === 'unsafe-target-text')).toMatchObject({ what: 'pool tag', text: 'Gb;q' });
    expect(run.runner.commands.some((c) => c.includes(';'))).toBe(false);
  });
});

describe('corruption triage (special-pool-corruption-x64)', () => {
  it('goes from bug check D6 to the pool page and the verifier log', async () => {
    const { investigation } = await investigateKdsim('special-pool-corruption-x64');
    expect(investigation.playbook.id).toBe('corruption');
    expect(investigation.facts.bugcheck).toMatchObject({ code: '0xd6', args: ['0xffffc10fa3e4f000', '0x1', '0xfffff80134561284', '0x0'] });
    expect(investigation.facts.faultingAddress).toBe('0xffffc10fa3e4f000');
    // The guard page cannot be read: the byte before it is asked about in the same round trip.
    const page = investigation.step('pool-page')!;
    expect(page.commands.map((c) => c.command)).toEqual(['!pool 0xffffc10fa3e4f000', '!pool 0xffffc10fa3e4efff']);
    expect(page.roundTrips).toBe(1);
    expect(investigation.findings.find((f) => f.kind === 'pool-block')).toMatchObject({ address: '0xffffc10fa3e4f000', region: 'Special pool' });
    expect(investigation.step('verifier-log-for-address')!.commands[0]!.command).toMatch(/^!verifier 0x80 0xffffc10fa3e4/);
    expect(investigation.status).toBe('finished');
  });

  it('names the special-pool block the overrun ran off and looks that block up in the verifier log', async () => {
    const { investigation } = await investigateKdsim('special-pool-corruption-x64');
    // "!pool <addr-1>" answers "*ffffc10f`a3e4efc0 size:   40 non-paged special pool, tag is Ovrn".
    expect(investigation.facts.pool?.blocks).toEqual([
      expect.objectContaining({ address: '0xffffc10fa3e4efc0', size: 0x40, state: 'allocated', tag: 'Ovrn', marked: true }),
    ]);
    const finding = investigation.findings.find((f) => f.kind === 'pool-block')!;
    expect(finding.title).toBe(
      'Arg1 0xffffc10fa3e4f000 is just past the end of allocated block 0xffffc10fa3e4efc0 (Ovrn, size 0x40): a write or read beyond the allocation',
    );
    expect(finding).toMatchObject({ blocks: [expect.objectContaining({ address: '0xffffc10fa3e4efc0', tag: 'Ovrn', marked: true })] });
    // The log is keyed by the allocation, not by the guard-page address that faulted.
    expect(investigation.step('verifier-log-for-address')!.commands.map((c) => c.command)).toEqual(['!verifier 0x80 0xffffc10fa3e4efc0']);
    expect(investigation.findings.find((f) => f.kind === 'verifier-log-entries')).toMatchObject({ address: '0xffffc10fa3e4efc0' });
  });
});
