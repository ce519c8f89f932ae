// Live targets: let the target run, break in, take `!poolused` again, and diff — the
// tags that grow between snapshots are the leak candidates, with a rate per minute.
// (Local kernel debugging never stops the target: there we just wait.)
import { parsePoolUsedOutput } from '../../../parsers';
import { adviseOption } from '../../optionAdvice';
import { outputLines } from '../../outputLines';
import type { StepContext, StepDefinition } from '../../stepTypes';
import { growthOverSnapshots } from './poolUsedDiff';

const GROWTH_FINDINGS = 5;

async function snapshot(ctx: StepContext) {
  const output = await ctx.run('!poolused 2');
  return output === null ? null : { takenAt: Date.now(), result: parsePoolUsedOutput(outputLines(output), '!poolused 2') };
}

export const snapshotsStep: StepDefinition = {
  id: 'snapshots',
  title: 'Watch which tags grow',
  why: 'A snapshot is a moment; a leak is a trend. Comparing !poolused between runs of the target shows which tags keep growing, and how fast.',
  requires: ['time-passes'],
  async run(ctx) {
    const snaps = ctx.facts.snapshots;
    if (snaps.length === 0) {
      const first = await snapshot(ctx);
      if (!first) return;
      snaps.push(first);
    }
    const wanted = ctx.options.snapshots;
    const canResume = ctx.target.kind === 'live';
    while (snaps.length < wanted) {
      ctx.progress(snaps.length, wanted, `Letting the target run ${Math.round(ctx.options.snapshotIntervalMs / 100) / 10} s before snapshot ${snaps.length + 1}`);
      if (canResume) {
        const how = await ctx.runFor('g', ctx.options.snapshotIntervalMs);
        if (how === 'broke') ctx.warn('target-broke-in', 'A breakpoint, an exception or a bug check stopped it; the snapshot is taken at that point.');
      } else {
        await ctx.sleep(ctx.options.snapshotIntervalMs);
      }
      const next = await snapshot(ctx);
      if (!next) return;
      snaps.push(next);
    }
    ctx.progress(snaps.length, wanted);
    // Every snapshot's values go with each growing tag, so the chart can draw all points.
    const growth = growthOverSnapshots(snaps);
    ctx.facts.growth = growth;
    if (growth.length === 0) {
      ctx.addFinding({ kind: 'note', severity: 'info', title: 'No tag grew between the snapshots', detail: `Let the target run longer while the leak is being reproduced: ${adviseOption(ctx.options, 'snapshotInterval')}.` });
      return;
    }
    for (const g of growth.slice(0, GROWTH_FINDINGS)) {
      ctx.addFinding({
        kind: 'pool-growth',
        severity: 'warning',
        growth: g,
        title: `'${g.tag}' grew by ${(g.nonPagedBytesDelta + g.pagedBytesDelta).toLocaleString('en-US')} bytes (${g.allocsDelta.toLocaleString('en-US')} allocations) — ${g.bytesPerMinute.toLocaleString('en-US')} bytes/min`,
        detail: `NonPagedPool ${g.nonPagedBytesDelta.toLocaleString('en-US')} bytes, PagedPool ${g.pagedBytesDelta.toLocaleString('en-US')} bytes over ${(g.intervalMs / 1000).toFixed(1)} s.`,
      });
    }
  },
};
