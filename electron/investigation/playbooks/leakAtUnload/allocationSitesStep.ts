// Groups what the earlier steps read into allocation sites and reports each with its
// tag meaning, counts, source line, stacks and the likely fix. Issues no commands.
import { groupAllocationSites } from '../../allocationSiteGrouping';
import type { AllocationSite } from '../../../contract/findingTypes';
import type { StepDefinition } from '../../stepTypes';
import { skipWithoutAllocations } from './leakStepPreconditions';

export function describeSite(site: AllocationSite): string {
  const where = site.file ? `${site.file.split(/[\\/]/).pop()}:${site.line}` : (site.symbol ?? site.caller ?? 'unknown caller');
  const count = `${site.allocations} allocation${site.allocations === 1 ? '' : 's'}`;
  return `${site.tag} at ${where}: ${count}, 0x${site.bytes.toString(16)} bytes — ${site.meaning.allocator} without ${site.meaning.release}`;
}

export const allocationSitesStep: StepDefinition = {
  id: 'allocation-sites',
  title: 'Group the leak by allocation site',
  why: 'One bug usually leaks from one line many times: grouping by caller and tag turns a list of allocations into a list of fixes.',
  skipReason: skipWithoutAllocations('no-allocations'),
  async run(ctx) {
    const f = ctx.facts;
    const sites = groupAllocationSites({
      allocations: f.verifiedDriver!.allocations,
      callers: f.callers,
      stacks: f.allocationStacks,
      poolKinds: f.sitePoolKinds,
      totals: f.leak,
    });
    f.sites = sites;
    sites.forEach((site, i) => {
      ctx.progress(i + 1, sites.length);
      ctx.addFinding({
        kind: 'allocation-site',
        severity: 'warning',
        site,
        title: describeSite(site),
        detail: site.meaning.fix,
      });
    });
  },
};
