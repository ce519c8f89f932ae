// Pool growth on kdsim's live KDNET target: snapshots between runs (g, wait, break) and
// the PoolHitTag assistant — which must leave nt!PoolHitTag cleared, also after a cancel.
import { describe, expect, it } from 'vitest';
import { Investigation } from '../../../electron/investigation/investigationEngine';
import { poolGrowthPlaybook } from '../../../electron/investigation/playbooks/poolGrowth/poolGrowthPlaybook';
import { startKdsim, type KdsimRun } from './kdsimInvestigation';

const fast = { snapshots: 3, snapshotIntervalMs: 150, poolHitCount: 3, poolHitWaitMs: 5_000 };

async function poolHitTagValue(run: KdsimRun): Promise<string> {
  const { output } = await run.target.session.execute('dd nt!PoolHitTag L1');
  const m = /^\s*[0-9a-f`]+\s+([0-9a-f]{8})/im.exec(output);
  if (!m) throw new Error(`unexpected dd output: ${output}`);
  return m[1]!;
}

describe('pool growth on a live target (live-growth-x64)', () => {
  it('finds the growing tag between snapshots and collects PoolHitTag stacks, then clears the tag', async () => {
    const run = await startKdsim('live-growth-x64');
    try {
      expect(run.env.target.kind).toBe('live');
      const investigation = new Investigation({ playbook: poolGrowthPlaybook, env: run.env, options: fast, facts: { banner: run.target.banner } });
      expect(investigation.unavailable).toEqual([]);
      expect(await investigation.run()).toBe('finished');
      const f = investigation.facts;
      expect(f.snapshots).toHaveLength(3);
      expect(f.growth[0]).toMatchObject({ tag: 'Leak' });
      expect(f.growth[0]!.nonPagedBytesDelta).toBeGreaterThan(0);
      expect(f.growth[0]!.bytesPerMinute).toBeGreaterThan(0);
      // Every snapshot's values, in order: the Leak tag grows 240 allocations / 983040 bytes per run.
      const samples = f.growth[0]!.samples;
      expect(samples).toHaveLength(3);
      expect(samples[0]!.atMs).toBe(0);
      expect(samples.map((s) => s.nonPagedBytes - samples[0]!.nonPagedBytes)).toEqual([0, 983_040, 2 * 983_040]);
      expect(samples.map((s) => s.allocs - samples[0]!.allocs)).toEqual([0, 240, 480]);
      // !vm: NonPagedPool 163840 + NonPagedPoolNx 147456 Kb used; the 17179869184 Kb (16 TB) x64 maximum is address space,
      // not a limit, so the share is of the 8387568 Kb physical memory.
      expect(investigation.findings.find((x) => x.kind === 'pool-usage')?.title).toBe(
        'NonPagedPool 304 MB (4% of 8,191 MB physical memory), PagedPool 284 MB (3% of 8,191 MB physical memory)',
      );
      expect(investigation.findings.find((x) => x.kind === 'pool-usage')).toMatchObject({ nonPagedMaxKb: 17179869184, physicalMemoryKb: 8387568 });
      const growthFinding = investigation.findings.find((x) => x.kind === 'pool-growth' && x.growth.tag === 'Leak');
      expect(growthFinding?.kind === 'pool-growth' && growthFinding.growth.samples).toEqual(samples);
      const snapshots = investigation.step('snapshots')!.commands.map((c) => c.command);
      expect(snapshots.filter((c) => c === 'g')).toHaveLength(2);

      const hit = investigation.step('pool-hit-tag')!;
      const commands = hit.commands.map((c) => c.command);
      expect(commands[0]).toBe('ed nt!PoolHitTag 0x6b61654c'); // "Leak" as a little-endian DWORD
      expect(commands.filter((c) => c === 'k')).toHaveLength(3);
      expect(commands.at(-1)).toBe('ed nt!PoolHitTag 0');
      const stacks = investigation.findings.find((x) => x.kind === 'pool-hit-stacks');
      expect(stacks).toMatchObject({ kind: 'pool-hit-stacks', tag: 'Leak', hits: 3 });
      if (stacks?.kind === 'pool-hit-stacks') {
        expect(stacks.stacks[0]!.caller).toMatch(/^leakydrv!/);
        expect(stacks.stacks[0]!.operation).toBe('allocate');
      }
      expect(await poolHitTagValue(run)).toBe('00000000');
    } finally {
      await run.target.close();
    }
  });

  it('clears nt!PoolHitTag and breaks in when cancelled while the target runs', async () => {
    const run = await startKdsim('live-growth-x64');
    try {
      // A tag no code allocates: the target runs until PoolSleuth breaks in.
      const investigation = new Investigation({
        playbook: poolGrowthPlaybook,
        env: run.env,
        options: { ...fast, snapshots: 2, poolHitTag: 'Zzzz', poolHitWaitMs: 60_000 },
      });
      investigation.on((event) => {
        if (event.type === 'command-finished' && event.stepId === 'pool-hit-tag' && event.command.startsWith('ed nt!PoolHitTag 0x')) {
          setTimeout(() => investigation.cancel(), 300);
        }
      });
      expect(await investigation.run()).toBe('cancelled');
      const hit = investigation.step('pool-hit-tag')!;
      expect(hit.status).toBe('cancelled');
      expect(hit.commands.map((c) => c.command)).toEqual(['ed nt!PoolHitTag 0x7a7a7a5a', 'g', 'ed nt!PoolHitTag 0']);
      expect(run.target.session.state.state).toBe('ready');
      expect(await poolHitTagValue(run)).toBe('00000000');
    } finally {
      await run.target.close();
    }
  });

  it('clears nt!PoolHitTag when cancelled between hits', async () => {
    const run = await startKdsim('live-growth-x64');
    try {
      const investigation = new Investigation({ playbook: poolGrowthPlaybook, env: run.env, options: { ...fast, snapshots: 2, poolHitCount: 50 } });
      investigation.on((event) => {
        if (event.type === 'command-finished' && event.stepId === 'pool-hit-tag' && event.command === 'k') investigation.cancel();
      });
      expect(await investigation.run()).toBe('cancelled');
      const commands = investigation.step('pool-hit-tag')!.commands.map((c) => c.command);
      expect(commands.at(-1)).toBe('ed nt!PoolHitTag 0');
      expect(commands.filter((c) => c === 'k').length).toBeLessThan(50);
      expect(await poolHitTagValue(run)).toBe('00000000');
    } finally {
      await run.target.close();
    }
  });
});
