// Leak at unload against kdsim's mydriver-x86 (seed 000, MS docs walkthrough) over real pipes.
import { describe, expect, it } from 'vitest';
import type { AllocationSite, Finding } from '../../../electron/contract/findingTypes';
import { investigateKdsim } from './kdsimInvestigation';

const seedStacks: Record<string, string[]> = {
  VMdl: [
    '81b250cd nt!IovAllocateMdl+0x3d',
    '8060e41d VerifierExt!IoAllocateMdl_internal_wrapper+0x35',
    '81b29388 nt!VerifierIoAllocateMdl+0x22',
    '9a3bf6ac MyDriver!DeviceControlDispatch+0x4c',
    '9a3bf611 MyDriver!NonPNPIRPDispatch0x51',
    '9a3bf05a MyDriver!AllIRPDispatch+0x1a',
    '80611710 VerifierExt!xdv_IRP_MJ_DEVICE_CONTROL_wrapper+0xd0',
    '81b3b635 nt!ViGenericDispatchHandler+0x2d',
    '81b3b784 nt!ViGenericDeviceControl+0x18',
    '81b24b4d nt!IovCallDriver+0x2cc',
    '81703772 nt!IofCallDriver+0x62',
    '8191165e nt!IopSynchronousServiceTail+0x16e',
    '81915518 nt!IopXxxControlFile+0x3e8',
  ],
  mdrv: [
    '8060ee4f VerifierExt!ExAllocatePoolWithTagPriority_internal_wrapper+0x5b',
    '81b2619e nt!VerifierExAllocatePoolWithTag+0x24',
    '9a3bf687 MyDriver!DeviceControlDispatch+0x27',
    '9a3bf611 MyDriver!NonPNPIRPDispatch0x51',
    '9a3bf05a MyDriver!AllIRPDispatch+0x1a',
    '80611710 VerifierExt!xdv_IRP_MJ_DEVICE_CONTROL_wrapper+0xd0',
    '81b3b635 nt!ViGenericDispatchHandler+0x2d',
    '81b3b784 nt!ViGenericDeviceControl+0x18',
    '81b24b4d nt!IovCallDriver+0x2cc',
    '81703772 nt!IofCallDriver+0x62',
    '8191165e nt!IopSynchronousServiceTail+0x16e',
    '81915518 nt!IopXxxControlFile+0x3e8',
    '81914516 nt!NtDeviceIoControlFile+0x2a',
  ],
  Vfwi: [
    '8151713d nt!IovAllocateWorkItem+0x1b',
    '84a133d9 VerifierExt!IoAllocateWorkItem_internal_wrapper+0x29',
    '8151b3a7 nt!VerifierIoAllocateWorkItem+0x16',
    '9a3bf6ed MyDriver!GetNecessaryObjects+0x1d',
    '9a3bf620 MyDriver!NonPNPIRPDispatch0x51',
    '9a3bf05a MyDriver!AllIRPDispatch+0x1a',
    '84a16710 VerifierExt!xdv_IRP_MJ_DEVICE_CONTROL_wrapper+0xd0',
    '8152d635 nt!ViGenericDispatchHandler+0x2d',
    '8152d784 nt!ViGenericDeviceControl+0x18',
    '81516b4d nt!IovCallDriver+0x2cc',
    '810f5772 nt!IofCallDriver+0x62',
    '8130365e nt!IopSynchronousServiceTail+0x16e',
    '81307518 nt!IopXxxControlFile+0x3e8',
  ],
};

function stackText(site: AllocationSite): string[] {
  return site.stacks[0]!.frames.map((f) => `${f.address.replace(/^0x/, '')} ${f.symbol}`);
}

describe('leak at unload: mydriver-x86 (seed 000)', () => {
  it('finds the three allocation sites with their lines, stacks and fixes', async () => {
    const { investigation, run, events } = await investigateKdsim('mydriver-x86');
    expect(investigation.status).toBe('finished');
    expect(investigation.playbook.id).toBe('leak-at-unload');
    const f = investigation.facts;
    expect(f.bugcheck).toMatchObject({ code: '0xc4', args: ['0x62', '0x9707712c', '0x9c1faf70', '0x3'] });
    expect(f.driver).toEqual({ name: 'MyDriver.sys', source: 'image-name' });
    expect(f.leak).toMatchObject({ allocations: 3, bytes: 0x1058, nonPagedBytes: 0x1058, pagedBytes: 0 });

    const byTag = new Map(f.sites.map((s) => [s.tag, s]));
    expect([...byTag.keys()].sort()).toEqual(['VMdl', 'Vfwi', 'mdrv']);
    const expected = {
      VMdl: { line: 50, bytes: 0x20, caller: '0x9a3bf6ac', symbol: 'MyDriver!DeviceControlDispatch+0x4c', origin: 'verifier', release: 'IoFreeMdl' },
      mdrv: { line: 38, bytes: 0x1008, caller: '0x9a3bf687', symbol: 'MyDriver!DeviceControlDispatch+0x27', origin: 'driver', release: 'ExFreePoolWithTag' },
      Vfwi: { line: 72, bytes: 0x30, caller: '0x9a3bf6ed', symbol: 'MyDriver!GetNecessaryObjects+0x1d', origin: 'verifier', release: 'IoFreeWorkItem' },
    } as const;
    for (const [tag, want] of Object.entries(expected)) {
      const site = byTag.get(tag)!;
      expect(site).toMatchObject({
        allocations: 1,
        bytes: want.bytes,
        poolKind: 'nonpaged',
        nonPagedBytes: want.bytes,
        caller: want.caller,
        symbol: want.symbol,
        file: 'd:\\coding\\wdmdrivers\\mydriver\\handleioctl.c',
        line: want.line,
        allocationsWithoutStack: 0,
      });
      expect(site.meaning.origin).toBe(want.origin);
      expect(site.meaning.release).toBe(want.release);
      expect(site.stacks).toHaveLength(1);
      expect(stackText(site)).toEqual(seedStacks[tag]);
    }
    expect(f.sites.reduce((n, s) => n + s.nonPagedBytes, 0)).toBe(0x1058);

    // Few allocations: the article's per-address lookups, all pipelined.
    const stacksStep = investigation.step('allocation-stacks')!;
    expect(stacksStep.commands.map((c) => c.command)).toEqual(['!verifier 0x80 0x982a8fe0', '!verifier 0x80 0x8645a000', '!verifier 0x80 0x9a836fd0']);
    expect(stacksStep.roundTrips).toBe(1);
    expect(investigation.step('caller-lines')!.commands.map((c) => c.command)).toEqual(['ln 0x9a3bf6ac', 'ln 0x9a3bf687', 'ln 0x9a3bf6ed']);
    expect(investigation.step('caller-lines')!.roundTrips).toBe(1);
    expect(run.runner.roundTrips).toBe(investigation.roundTrips);
    expect(investigation.roundTrips).toBeLessThanOrEqual(7);

    // Every command and its raw output stays with its step.
    const verifier = investigation.step('verifier-pool')!.commands[0]!;
    expect(verifier.command).toBe('!verifier 3 MyDriver.sys');
    expect(verifier.output).toContain('0x8645a000  0x00001008  mdrv  0x9a3bf687');

    // The event stream: started, every step finished, one finding event per finding.
    expect(events[0]?.type).toBe('investigation-started');
    expect(events.at(-1)).toMatchObject({ type: 'investigation-finished', status: 'finished' });
    const siteEvents = events.filter((e): e is Extract<typeof e, { type: 'finding-added' }> => e.type === 'finding-added' && e.finding.kind === 'allocation-site');
    expect(siteEvents).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
    const warnings = investigation.findings.filter((x: Finding) => x.severity !== 'info' && x.kind === 'warning');
    expect(warnings).toEqual([]);
  });
});
