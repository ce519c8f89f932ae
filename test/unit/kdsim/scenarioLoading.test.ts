// Scenario loading: built-ins validate, bad files name the field, the generator is
// deterministic and produces a full log.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateScenario, parseGenerateSpec } from '../../../electron/kdsim/scenarioGenerator';
import { listScenarios, loadScenario, ScenarioError } from '../../../electron/kdsim/scenarioLoader';
import { VerifierLogModel } from '../../../electron/kdsim/verifierLogModel';
import mydriver from '../../../electron/kdsim/scenarios/mydriver-x86.json';
import { runCommands } from './kdsimTestSession';

describe('kdsim scenarios', () => {
  it('lists the built-in scenarios, each of which validates', () => {
    const names = listScenarios().map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['mydriver-x86', 'myfault-x64', 'win10-leak-x64', 'live-growth-x64', 'special-pool-corruption-x64', 'no-verifier-dump-x64', 'generated-large-x64']),
    );
    for (const name of names) expect(loadScenario(name).name).toMatch(/^[a-z0-9-]+$/);
  });

  it('an unknown name lists the valid ones', () => {
    expect(() => loadScenario('nope')).toThrow(/unknown scenario 'nope'; valid names: mydriver-x86, myfault-x64/);
  });

  it('a bad scenario file gets an error naming the field path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdsim-'));
    const bad = structuredClone(mydriver) as typeof mydriver;
    bad.verifier.drivers[0]!.allocations[1]!.address = 'not-hex';
    (bad.system as { arch: string }).arch = 'arm64';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    let message = '';
    try {
      loadScenario(file);
    } catch (err) {
      expect(err).toBeInstanceOf(ScenarioError);
      message = (err as Error).message;
    }
    expect(message).toContain(`invalid scenario ${file}:`);
    expect(message).toContain('verifier.drivers[0].allocations[1].address: expected a hex number');
    expect(message).toContain('system.arch:');
    writeFileSync(file, '{ "schemaVersion": 1, ');
    expect(() => loadScenario(file)).toThrow(/is not valid JSON/);
  });

  it('a scenario file with a good shape runs (CLI --scenario FILE path)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kdsim-'));
    const copy = structuredClone(mydriver) as typeof mydriver;
    copy.name = 'my-copy';
    const file = join(dir, 'copy.json');
    writeFileSync(file, JSON.stringify(copy));
    const r = await runCommands(loadScenario(file), ['ln 0x9a3bf6ed']);
    expect(r.outputs[0]).toContain('handleioctl.c(72)+0xa');
  });

  it('generated scenarios are deterministic, sized as asked, and fill the log', () => {
    const spec = parseGenerateSpec('allocations=3000,log=65536,sites=12,seed=5');
    expect(spec).toEqual({ allocations: 3000, log: 65536, sites: 12, seed: 5 });
    const a = generateScenario(spec);
    const b = generateScenario(spec);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const driver = a.verifier!.drivers[0]!;
    expect(driver.allocations).toHaveLength(3000);
    const log = new VerifierLogModel(a.verifier!.log!);
    expect(log.length).toBe(0x10000);
    expect(() => parseGenerateSpec('allocations=x')).toThrow(/bad --generate item/);
    const wrapped = new VerifierLogModel(generateScenario(parseGenerateSpec('allocations=200,log=100,sites=3')).verifier!.log!);
    expect(wrapped.length).toBe(100);
    expect(wrapped.wrapped).toBe(true);
  });
});
