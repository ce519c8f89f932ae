// `!poolfind <tag> <pool>` for the primary tag: the actual blocks, so one can be
// inspected (!pool, dps) to recognise what the driver keeps allocating.
import { parsePoolFindOutput } from '../../../parsers';
import { outputLines } from '../../outputLines';
import { safeTag } from '../../safeCommandArguments';
import type { StepDefinition } from '../../stepTypes';
import { primaryTag } from './primaryTag';

const EXAMPLES = 10;

export const poolFindStep: StepDefinition = {
  id: 'pool-find',
  title: 'List the blocks of the top tag',
  why: '!poolfind lists the pool blocks carrying a tag: their addresses let you look inside one and recognise the structure being leaked.',
  skipReason: (facts, options) => (primaryTag(facts, options) ? null : { code: 'no-tag-to-find' }),
  async run(ctx) {
    const primary = primaryTag(ctx.facts, ctx.options)!;
    const tag = safeTag(ctx, primary.tag);
    const command = `!poolfind ${tag} ${primary.pool === 'paged' ? 1 : 0}`;
    const output = await ctx.run(command, { timeoutMs: ctx.options.longCommandTimeoutMs });
    if (output === null) return;
    const result = parsePoolFindOutput(outputLines(output), command);
    const allocated = result.hits.filter((h) => h.state === 'allocated');
    const free = result.hits.length - allocated.length;
    ctx.addFinding({
      kind: 'pool-blocks',
      severity: 'info',
      tag,
      allocated: allocated.length,
      free,
      examples: allocated.slice(0, EXAMPLES).map((h) => ({ address: h.address, size: h.size, state: h.state, tag: h.tag, owner: null, marked: false })),
      title: `!poolfind found ${allocated.length} allocated '${tag}' block${allocated.length === 1 ? '' : 's'}${free ? ` (and ${free} free)` : ''}`,
      detail: allocated[0]?.address ? `Look inside one: !pool ${allocated[0].address} 2, then dps ${allocated[0].address}.` : null,
    });
  },
};
