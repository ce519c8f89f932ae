// Pool growth: the tags that grow (by rate), who owns them, and — when PoolHitTag caught
// them — the allocating function and source line. On a dump (no snapshots) the largest
// tag of the fuller pool is the suspect.
import type { PoolHitStack, TagGrowth } from '../../contract/findingTypes';
import type { Conclusion, ConclusionSuspect } from '../../contract/conclusionTypes';
import type { InvestigationFacts } from '../investigationFacts';
import { adviseOption } from '../optionAdvice';
import { primaryTag } from '../playbooks/poolGrowth/primaryTag';
import type { ConclusionInput } from './conclusionInput';
import { bytesText, moduleOfSymbol, plural, rateText, sourceText } from './conclusionText';

/** Growth below this share of the fastest tag's is noise next to it. */
const SIGNIFICANT_SHARE = 0.1;
const MAX_TAGS = 5;

/** The driver a pooltag.txt line or the debugger's owner text names ("…, Binary: ntfs.sys"). */
export function ownerDriver(facts: InvestigationFacts, tag: string): string | null {
  const owner = facts.tagOwners.get(tag);
  if (!owner || owner.source === 'findstr-suggestion') return null;
  for (const text of owner.owners) {
    const binary = /Binary:\s*([A-Za-z0-9_.!-]+)/i.exec(text)?.[1] ?? (/^[A-Za-z0-9_.-]+\.(sys|dll|exe)$/i.test(text.trim()) ? text.trim() : null);
    if (binary) return binary.replace(/!.*$/, "");
  }
  return null;
}

function usageOf(facts: InvestigationFacts, tag: string): { allocations: number | null; bytes: number | null } {
  const row = facts.snapshots.at(-1)?.result.rows.find((r) => r.tag === tag) ?? facts.poolUsedByNonPaged?.rows.find((r) => r.tag === tag) ?? facts.poolUsedByPaged?.rows.find((r) => r.tag === tag);
  if (!row) return { allocations: null, bytes: null };
  return { allocations: (row.nonPagedAllocs ?? 0) + (row.pagedAllocs ?? 0), bytes: (row.nonPagedBytes ?? 0) + (row.pagedBytes ?? 0) };
}

/** The PoolHitTag call paths of a tag that allocate (frees say nothing about the leak). */
function allocatingPaths(facts: InvestigationFacts, tag: string): PoolHitStack[] {
  if (facts.poolHitTag !== tag) return [];
  return facts.poolHitStacks.filter((s) => s.operation !== 'free' && s.caller !== null);
}

function suspectsOfTag(facts: InvestigationFacts, tag: string, growth: TagGrowth | null): ConclusionSuspect[] {
  const usage = usageOf(facts, tag);
  const driver = ownerDriver(facts, tag);
  const base = { tag, allocations: usage.allocations, bytes: usage.bytes, growthBytesPerMinute: growth ? Math.round(growth.bytesPerMinute) : null };
  const paths = allocatingPaths(facts, tag);
  // One suspect per allocating call site; the tag's numbers belong to each of its sites.
  const bySite = new Map<string, ConclusionSuspect>();
  for (const path of paths) {
    if (bySite.has(path.caller!)) continue;
    const frame = path.frames.find((f) => f.symbol === path.caller);
    bySite.set(path.caller!, { driver: driver ?? moduleOfSymbol(path.caller), ...base, function: path.caller, file: frame?.file ?? null, line: frame?.line ?? null });
  }
  if (bySite.size > 0) return [...bySite.values()];
  return [{ driver, ...base, function: null, file: null, line: null }];
}

function suspectText(s: ConclusionSuspect): string {
  const where = sourceText(s.file, s.line);
  return s.function ? `${s.function}${where ? ` (${where})` : ''}` : '';
}

function tagSentence(facts: InvestigationFacts, suspects: ConclusionSuspect[], growing: boolean): string {
  const first = suspects[0]!;
  const amount = first.bytes !== null ? `${bytesText(first.bytes)} in ${plural(first.allocations ?? 0, 'allocation')}` : 'usage unknown';
  const head = growing
    ? `'${first.tag}' grows ${rateText(first.growthBytesPerMinute ?? 0)} (now ${amount})`
    : `'${first.tag}' holds the most pool: ${amount}`;
  // The owner a pooltag.txt names, else the module whose code PoolHitTag caught allocating.
  const owner = ownerDriver(facts, first.tag!) ? `, owned by ${first.driver}` : first.driver ? `, in ${first.driver}` : ', owner unknown';
  const code = suspects.map(suspectText).filter(Boolean);
  return `${head}${owner}${code.length > 0 ? `; PoolHitTag caught it allocating at ${code.join(' and ')}` : ''}`;
}

export function growthConclusion({ facts, options, steps, unavailable }: ConclusionInput): Conclusion {
  const snapshotsRan = facts.snapshots.length >= 2;
  const hitTagOffered = steps.some((s) => s.id === 'pool-hit-tag') && !unavailable.some((u) => u.id === 'pool-hit-tag');
  if (snapshotsRan) {
    const rising = facts.growth.filter((g) => g.bytesPerMinute > 0).sort((a, b) => b.bytesPerMinute - a.bytesPerMinute);
    if (rising.length === 0) {
      return {
        verdict: 'nothing-found',
        summary: `No pool tag grew over ${plural(facts.snapshots.length, 'snapshot')}.`,
        suspects: [],
        next: `Reproduce the leak while the snapshots are taken, or ${adviseOption(options, 'snapshotInterval')}.`,
      };
    }
    const fastest = rising[0]!.bytesPerMinute;
    const growing = rising.filter((g) => g.bytesPerMinute >= fastest * SIGNIFICANT_SHARE).slice(0, MAX_TAGS);
    const perTag = growing.map((g) => suspectsOfTag(facts, g.tag, g));
    const suspects = perTag.flat();
    const top = perTag[0]!;
    const named = top.some((s) => s.function !== null);
    const summary = `${perTag.map((s) => tagSentence(facts, s, true)).join('. ')}.`;
    if (named) return { verdict: 'found', summary, suspects, next: null };
    const tag = top[0]!.tag!;
    return {
      verdict: 'inconclusive',
      summary: `${summary} The allocating code is not known yet.`,
      suspects,
      next: hitTagOffered
        ? `Catch the allocations of '${tag}' with PoolHitTag (the step ‘${steps.find((s) => s.id === 'pool-hit-tag')!.title}’) while the leak is reproduced.`
        : ownerAdvice(facts, tag, options),
    };
  }
  const primary = primaryTag(facts, options);
  if (!primary) {
    return {
      verdict: 'inconclusive',
      summary: 'No pool tag usage was read (!poolused gave no table), so nothing points at a driver yet.',
      suspects: [],
      next: 'Check that the kernel symbols load (!poolused needs nt’s PDB), then run the investigation again.',
    };
  }
  const suspects = suspectsOfTag(facts, primary.tag, null);
  const summary = `${tagSentence(facts, suspects, false)} (${primary.pool === 'paged' ? 'PagedPool' : 'NonPagedPool'}).`;
  const driver = suspects[0]!.driver;
  if (driver && suspects[0]!.function === null) {
    return { verdict: 'found', summary, suspects, next: `To see the allocating code, enable Pool Tracking for ${driver} (verifier /flags 0x8 /driver ${driver}), reboot and reproduce, or watch the tag with PoolHitTag on a live target.` };
  }
  if (driver) return { verdict: 'found', summary, suspects, next: null };
  return { verdict: 'inconclusive', summary: `${summary} Which driver uses '${primary.tag}' is not known yet.`, suspects, next: ownerAdvice(facts, primary.tag, options) };
}

function ownerAdvice(facts: InvestigationFacts, tag: string, options: ConclusionInput['options']): string {
  const findstr = facts.tagOwners.get(tag)?.command;
  return findstr
    ? `Find the driver that uses '${tag}': run ${findstr} on the target (or a machine with the same drivers), or ${adviseOption(options, 'poolTagFile')}.`
    : `Find the driver that uses '${tag}' (its pooltag.txt entry), or ${adviseOption(options, 'poolTagFile')}.`;
}
