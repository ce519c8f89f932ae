// `!poolused 2` and `!poolused 4` (one round trip): the tags holding the most
// NonPagedPool and PagedPool. A leaking driver's tag is usually at the top.
import { parsePoolUsedOutput, type PoolUsedResult, type PoolUsedRow } from '../../../parsers';
import type { TagUsage } from '../../../contract/findingTypes';
import { outputLines } from '../../outputLines';
import { isKnownPoolTag, poolTagMeaning } from '../../poolTagMeaning';
import type { StepDefinition } from '../../stepTypes';

export function tagUsageOf(row: PoolUsedRow): TagUsage {
  return {
    tag: row.tag,
    nonPagedAllocs: row.nonPagedAllocs,
    nonPagedBytes: row.nonPagedBytes,
    pagedAllocs: row.pagedAllocs,
    pagedBytes: row.pagedBytes,
    owner: row.owner,
  };
}

export function topRows(result: PoolUsedResult, pool: 'nonpaged' | 'paged', n: number): PoolUsedRow[] {
  const bytes = (r: PoolUsedRow) => (pool === 'nonpaged' ? r.nonPagedBytes : r.pagedBytes) ?? 0;
  return [...result.rows].filter((r) => bytes(r) > 0).sort((a, b) => bytes(b) - bytes(a)).slice(0, n);
}

export const topTagsStep: StepDefinition = {
  id: 'top-tags',
  title: 'Find the tags using the most pool',
  why: '!poolused sorted by NonPagedPool (2) and PagedPool (4) bytes ranks pool tags: a leaking tag grows to the top.',
  async run(ctx) {
    const outputs = await ctx.runBatch(['!poolused 2', '!poolused 4']);
    const n = ctx.options.topTags;
    const tags: string[] = [];
    (['nonpaged', 'paged'] as const).forEach((pool, i) => {
      const output = outputs[i];
      if (output === null || output === undefined) return;
      const result = parsePoolUsedOutput(outputLines(output), i === 0 ? '!poolused 2' : '!poolused 4');
      if (pool === 'nonpaged') {
        ctx.facts.poolUsedByNonPaged = result;
        ctx.facts.snapshots.push({ takenAt: Date.now(), result });
      } else ctx.facts.poolUsedByPaged = result;
      topRows(result, pool, n).forEach((row, rank) => {
        if (!tags.includes(row.tag)) tags.push(row.tag);
        const bytes = (pool === 'nonpaged' ? row.nonPagedBytes : row.pagedBytes) ?? 0;
        const allocs = (pool === 'nonpaged' ? row.nonPagedAllocs : row.pagedAllocs) ?? 0;
        ctx.addFinding({
          kind: 'top-pool-tag',
          severity: 'info',
          pool,
          rank: rank + 1,
          usage: tagUsageOf(row),
          meaning: isKnownPoolTag(row.tag) ? poolTagMeaning(row.tag) : null,
          title: `#${rank + 1} ${pool === 'nonpaged' ? 'NonPagedPool' : 'PagedPool'}: '${row.tag}' ${bytes.toLocaleString('en-US')} bytes in ${allocs.toLocaleString('en-US')} allocations`,
          detail: row.description,
        });
      });
    });
    ctx.facts.topTags = tags;
  },
};
