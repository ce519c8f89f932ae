// Leak at unload: the driver(s) Driver Verifier still charges with allocations, one
// suspect per driver and allocation site (tag, function, file:line, count, bytes).
import type { AllocationSite } from '../../contract/findingTypes';
import type { Conclusion, ConclusionSuspect } from '../../contract/conclusionTypes';
import { groupAllocationSites } from '../allocationSiteGrouping';
import { adviseOption } from '../optionAdvice';
import type { ConclusionInput } from './conclusionInput';
import { bytesText, plural, sourceText } from './conclusionText';

export function siteSuspect(driver: string, site: AllocationSite): ConclusionSuspect {
  return {
    driver,
    tag: site.tag,
    function: site.symbol ?? site.caller,
    file: site.file,
    line: site.line,
    allocations: site.allocations,
    bytes: site.bytes,
    growthBytesPerMinute: null,
  };
}

function siteText(site: AllocationSite): string {
  const where = sourceText(site.file, site.line);
  const fn = site.symbol ?? site.caller ?? 'an unknown caller';
  return `'${site.tag}' from ${where ? `${fn} (${where})` : fn}, ${plural(site.allocations, 'allocation')}, ${bytesText(site.bytes)} — ${site.meaning.allocator} without ${site.meaning.release}`;
}

function driverText(name: string, allocations: number, bytes: number, sites: AllocationSite[], verb: string): string {
  const head = `${name} ${verb} ${plural(allocations, 'allocation')}, ${bytesText(bytes)}`;
  if (sites.length === 0) return `${head}, but Driver Verifier listed none of them`;
  const [first, ...rest] = sites;
  const named = rest.slice(0, 3).map((s) => `'${s.tag}' at ${sourceText(s.file, s.line) ?? s.symbol ?? s.caller ?? '?'}`);
  if (rest.length > 3) named.push(`${rest.length - 3} other${rest.length - 3 === 1 ? '' : 's'}`);
  const more = rest.length > 0 ? `; ${rest.length} more site${rest.length === 1 ? '' : 's'}: ${named.join(', ')}` : '';
  return `${head} from ${plural(sites.length, 'allocation site')}; the largest: ${siteText(first!)}${more}`;
}

export function leakConclusion({ facts, options }: ConclusionInput): Conclusion {
  const driver = facts.verifiedDriver?.name ?? facts.driver?.name ?? null;
  if (!driver) {
    return {
      verdict: 'inconclusive',
      summary: 'No driver was identified: the bug check names none and Driver Verifier lists none holding pool, so no allocations were read.',
      suspects: [],
      next: `Tell PoolSleuth which driver to examine (${adviseOption(options, 'driver')}), or run the pool-growth playbook to follow pool usage instead.`,
    };
  }
  if (facts.verifierUnavailable) {
    return {
      verdict: 'inconclusive',
      summary: `Driver Verifier kept no record of ${driver}'s allocations, so the leak cannot be traced to code from this target. ${facts.verifierUnavailable}`,
      suspects: [],
      next: `Enable Pool Tracking for the driver (verifier /flags 0x8 /driver ${driver}), reboot and reproduce; meanwhile run the pool-growth playbook (!poolused, !poolfind).`,
    };
  }
  if (!facts.leak) {
    return {
      verdict: 'inconclusive',
      summary: `${driver}'s outstanding allocations were not read (!verifier 3 ${driver} gave no usable answer).`,
      suspects: [],
      next: `Run the step ‘Read Driver Verifier’s outstanding allocations’ again, or !verifier 3 ${driver} in the console.`,
    };
  }
  // A later step that did not run leaves the listed allocations ungrouped: group them here.
  const sites =
    facts.sites.length > 0 || !facts.verifiedDriver
      ? facts.sites
      : groupAllocationSites({ allocations: facts.verifiedDriver.allocations, callers: facts.callers, stacks: facts.allocationStacks, poolKinds: facts.sitePoolKinds, totals: facts.leak });
  const others = facts.otherLeakingDrivers.filter((o) => o.leak.allocations > 0);
  const suspects: ConclusionSuspect[] = [
    ...sites.map((s) => siteSuspect(driver, s)),
    ...others.flatMap((o) => (o.sites.length > 0 ? o.sites.map((s) => siteSuspect(o.name, s)) : [driverOnly(o.name, o.leak.allocations, o.leak.bytes)])),
  ];
  const parts: string[] = [];
  if (facts.leak.allocations > 0) {
    parts.push(driverText(driver, facts.leak.allocations, facts.leak.bytes, sites, 'leaked'));
    if (sites.length === 0) suspects.unshift(driverOnly(driver, facts.leak.allocations, facts.leak.bytes));
  }
  for (const o of others) parts.push(driverText(o.name, o.leak.allocations, o.leak.bytes, o.sites, facts.leak.allocations > 0 ? 'also holds' : 'holds'));
  if (parts.length === 0) {
    return { verdict: 'nothing-found', summary: `${driver} holds no pool allocations: Driver Verifier found nothing leaked.`, suspects: [], next: null };
  }
  const listedAll = sites.reduce((n, s) => n + s.allocations, 0) >= facts.leak.allocations;
  const next = !listedAll
    ? `Driver Verifier listed only some of ${driver}'s allocations; run !verifier 3 ${driver} in the console for the rest.`
    : facts.lineInfo === false
      ? `Load ${driver}'s private PDB for source lines (.sympath+ <folder with the PDB>; .reload /f ${driver}) and run the investigation again.`
      : null;
  return { verdict: listedAll || sites.length > 0 ? 'found' : 'inconclusive', summary: `${parts.join('. ')}.`, suspects, next };
}

function driverOnly(driver: string, allocations: number, bytes: number): ConclusionSuspect {
  return { driver, tag: null, function: null, file: null, line: null, allocations, bytes, growthBytesPerMinute: null };
}
