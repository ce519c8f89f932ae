// Leak at unload on the other kdsim scenarios: myfault-x64 (seed 003), a generated large
// leak (round trips independent of the allocation count), win10 with paged pool, and a
// dump without Driver Verifier.
import { describe, expect, it } from 'vitest';
import { investigateKdsim } from './kdsimInvestigation';

const myfaultSeedStack = [
  'fffff80001927cc6 nt!VeAllocatePoolWithTagPriority+0x2b6',
  'fffff80001927d3d nt!VerifierExAllocatePoolEx+0x1d',
  'fffff8800447d634 myfault!MyfaultDeviceControl+0x358',
  'fffff8800447d727 myfault!MyfaultDispatch+0xb7',
  'fffff80001932750 nt!IovCallDriver+0xa0',
  'fffff800017a7a97 nt!IopXxxControlFile+0x607',
  'fffff800017a82f6 nt!NtDeviceIoControlFile+0x56',
  'fffff8000148bed3 nt!KiSystemServiceCopyEnd+0x13',
];

describe('leak at unload on kdsim scenarios', () => {
  it('myfault-x64: one site of ten Leak allocations, 0x9ce000 bytes, with the seed stack', async () => {
    const { investigation } = await investigateKdsim('myfault-x64', { playbook: 'leak-at-unload', options: { driver: 'myfault.sys' } });
    expect(investigation.status).toBe('finished');
    const f = investigation.facts;
    expect(f.driver).toEqual({ name: 'myfault.sys', source: 'user' });
    expect(f.leak).toMatchObject({ allocations: 10, bytes: 0x9ce000, nonPagedBytes: 0x9ce000, pagedBytes: 0 });
    expect(f.sites).toHaveLength(1);
    const site = f.sites[0]!;
    expect(site).toMatchObject({ tag: 'Leak', allocations: 10, bytes: 0x9ce000, caller: '0xfffff8800447d634', symbol: 'myfault!MyfaultDeviceControl+0x358', poolKind: 'nonpaged' });
    expect(site.meaning.origin).toBe('driver');
    expect(site.meaning.fix).toContain("ExFreePoolWithTag(p, 'Leak')");
    expect(site.addresses).toContain('0xfffffa8005400000');
    // Ten allocations (more than a few): one pass over the whole log, not ten scans.
    expect(investigation.step('allocation-stacks')!.commands.map((c) => c.command)).toEqual(['!verifier 0x80']);
    const withSeedStack = site.stacks.find((s) => s.exampleAddresses.includes('0xfffffa8005400000'))!;
    expect(withSeedStack.frames.map((fr) => `${fr.address.replace(/^0x/, '')} ${fr.symbol}`)).toEqual(myfaultSeedStack);
    expect(site.stacks.reduce((n, s) => n + s.allocations, 0) + site.allocationsWithoutStack).toBe(10);
  });

  it('chooses leak-at-unload from bug check C4/62 and reads paged and nonpaged sites (win10-leak-x64)', async () => {
    const { investigation } = await investigateKdsim('win10-leak-x64');
    expect(investigation.playbook.id).toBe('leak-at-unload');
    const f = investigation.facts;
    expect(f.leak!.pagedBytes).toBeGreaterThan(0);
    expect(f.leak!.nonPagedBytes).toBeGreaterThan(0);
    // Mixed pools: one !pool per site, pipelined.
    const kinds = investigation.step('site-pool-kinds')!;
    expect(kinds.status).toBe('done');
    expect(kinds.roundTrips).toBe(1);
    expect(f.sites.reduce((n, s) => n + s.pagedBytes, 0)).toBe(f.leak!.pagedBytes);
    expect(f.sites.reduce((n, s) => n + s.nonPagedBytes, 0)).toBe(f.leak!.nonPagedBytes);
    expect(f.sites.map((s) => s.tag)).toEqual(expect.arrayContaining(['VMdl', 'Vfwi']));
    expect(f.sites.every((s) => s.file !== null && s.line !== null)).toBe(true);
  }, 120_000);

  it('costs the same number of round trips for 100 and 1,000 allocations (generated, full log)', async () => {
    const trips: number[] = [];
    for (const allocations of [100, 1000]) {
      const { investigation, run } = await investigateKdsim('generated-large-x64', { flags: ['--generate', `allocations=${allocations},log=65536,sites=20`] });
      expect(investigation.status).toBe('finished');
      expect(investigation.facts.leak!.allocations).toBe(allocations);
      expect(investigation.facts.sites.reduce((n, s) => n + s.allocations, 0)).toBe(allocations);
      expect(investigation.step('allocation-stacks')!.commands.map((c) => c.command)).toEqual(['!verifier 0x80']);
      trips.push(run.runner.roundTrips);
    }
    expect(trips[0]).toBe(trips[1]);
    expect(trips[1]).toBeLessThanOrEqual(10);
  }, 180_000);

  it('says plainly that Pool Tracking was not enabled on a dump without verifier data', async () => {
    const { investigation } = await investigateKdsim('no-verifier-dump-x64', { playbook: 'leak-at-unload' });
    expect(investigation.status).toBe('finished');
    const finding = investigation.findings.find((x) => x.kind === 'warning' && x.code === 'pool-tracking-disabled');
    expect(finding?.title).toMatch(/Pool Tracking was not enabled/);
    expect(finding?.detail).toMatch(/verifier \/flags 0x8 \/driver/);
    expect(investigation.facts.sites).toEqual([]);
    for (const id of ['caller-lines', 'allocation-stacks', 'allocation-sites']) expect(investigation.step(id)!.status).toBe('skipped');
  });
});
