// Leak at unload: the driver(s) Driver Verifier still charges with allocations, one
// suspect per driver and allocation site (tag, function, file:line, count, bytes).
import type { AllocationSite } from '../../contract/findingTypes';
import { conclusionMessage, conclusionMessageText, type ConclusionMessage } from '../../contract/conclusionMessages';
import type { ConclusionSuspect } from '../../contract/conclusionTypes';
import { groupAllocationSites } from '../allocationSiteGrouping';
import { verifierPoolStep } from '../playbooks/leakAtUnload/verifierPoolStep';
import type { ConclusionInput, TypedConclusion } from './conclusionInput';
import { advice, functionAt, sourceText, noSuspectsYet } from './conclusionText';

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

function largestSite(site: AllocationSite): ConclusionMessage {
  const fn = site.symbol ?? site.caller ?? { message: conclusionMessage('unknown-caller') };
  return conclusionMessage('largest-site', {
    tag: site.tag,
    caller: { message: functionAt(fn, site.file, site.line) },
    allocations: { count: site.allocations, noun: 'allocation' },
    bytes: { bytes: site.bytes },
    allocator: site.meaning.allocator,
    release: site.meaning.release,
  });
}

type DriverVerb = 'leaked' | 'also-holds' | 'holds';

function driverSentence(driver: string, allocations: number, bytes: number, sites: AllocationSite[], verb: DriverVerb): ConclusionMessage {
  const amounts = { driver, allocations: { count: allocations, noun: 'allocation' as const }, bytes: { bytes } };
  if (sites.length === 0) return conclusionMessage(`driver-${verb}-unlisted`, amounts);
  const [first, ...rest] = sites;
  const named = rest.slice(0, 3).map((s) => conclusionMessage('site-at', { tag: s.tag, where: sourceText(s.file, s.line) ?? s.symbol ?? s.caller ?? '?' }));
  if (rest.length > 3) named.push(conclusionMessage('other-sites', { count: { count: rest.length - 3, noun: 'other' } }));
  const more = rest.length > 0 ? conclusionMessage('more-sites', { count: { count: rest.length, noun: 'more-site' }, sites: { list: named, join: 'comma' } }) : conclusionMessage('nothing');
  return conclusionMessage(`driver-${verb}`, { ...amounts, sites: { count: sites.length, noun: 'allocation-site' }, largest: { message: largestSite(first!) }, more: { message: more } });
}

/** Why the verifier kept no record, typed when it is one of the verifier step's two texts to the letter. */
function untrackedDetail(driver: string, detail: string): ConclusionMessage {
  for (const code of ['pool-tracking-disabled', 'driver-not-verified'] as const) {
    const typed = conclusionMessage(code, { driver });
    if (conclusionMessageText(typed) === detail) return typed;
  }
  return conclusionMessage('text', { text: detail });
}

export function leakConclusion({ facts, options }: ConclusionInput): TypedConclusion {
  const driver = facts.verifiedDriver?.name ?? facts.driver?.name ?? null;
  if (!driver) {
    return noSuspectsYet(conclusionMessage('leak-no-driver'), conclusionMessage('leak-no-driver-next', { advice: { message: advice(options, 'driver') } }));
  }
  if (facts.verifierUnavailable) {
    return noSuspectsYet(conclusionMessage('leak-untracked', { driver, detail: { message: untrackedDetail(driver, facts.verifierUnavailable) } }), conclusionMessage('leak-untracked-next', { driver }));
  }
  if (!facts.leak) {
    return noSuspectsYet(conclusionMessage('leak-unread', { driver }), conclusionMessage('leak-unread-next', { step: { step: verifierPoolStep.id, title: verifierPoolStep.title }, driver }));
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
  const parts: ConclusionMessage[] = [];
  if (facts.leak.allocations > 0) {
    parts.push(driverSentence(driver, facts.leak.allocations, facts.leak.bytes, sites, 'leaked'));
    if (sites.length === 0) suspects.unshift(driverOnly(driver, facts.leak.allocations, facts.leak.bytes));
  }
  for (const o of others) parts.push(driverSentence(o.name, o.leak.allocations, o.leak.bytes, o.sites, facts.leak.allocations > 0 ? 'also-holds' : 'holds'));
  if (parts.length === 0) {
    return { verdict: 'nothing-found', summary: conclusionMessage('leak-nothing', { driver }), suspects: [], next: null };
  }
  const listedAll = sites.reduce((n, s) => n + s.allocations, 0) >= facts.leak.allocations;
  const next = !listedAll ? conclusionMessage('leak-listed-some', { driver }) : facts.lineInfo === false ? conclusionMessage('leak-load-pdb', { driver }) : null;
  return { verdict: listedAll || sites.length > 0 ? 'found' : 'inconclusive', summary: conclusionMessage('leak-drivers', { drivers: { list: parts, join: 'sentences' } }), suspects, next };
}

function driverOnly(driver: string, allocations: number, bytes: number): ConclusionSuspect {
  return { driver, tag: null, function: null, file: null, line: null, allocations, bytes, growthBytesPerMinute: null };
}
