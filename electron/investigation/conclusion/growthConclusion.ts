// Pool growth: the tags that grow (by rate), who owns them, and — when PoolHitTag caught
// them — the allocating function and source line. On a dump (no snapshots) the largest
// tag of the fuller pool is the suspect.
import type { PoolHitStack, TagGrowth } from '../../contract/findingTypes';
import { conclusionMessage, type ConclusionMessage } from '../../contract/conclusionMessages';
import type { ConclusionSuspect } from '../../contract/conclusionTypes';
import type { InvestigationFacts } from '../investigationFacts';
import { primaryTag } from '../playbooks/poolGrowth/primaryTag';
import type { ConclusionInput, TypedConclusion } from './conclusionInput';
import { advice, functionAt, moduleOfSymbol, noSuspectsYet } from './conclusionText';

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

function tagSentence(facts: InvestigationFacts, suspects: ConclusionSuspect[], growing: boolean): ConclusionMessage {
  const first = suspects[0]!;
  const amount = first.bytes !== null ? conclusionMessage('tag-amount', { bytes: { bytes: first.bytes }, allocations: { count: first.allocations ?? 0, noun: 'allocation' } }) : conclusionMessage('usage-unknown');
  // The owner a pooltag.txt names, else the module whose code PoolHitTag caught allocating.
  const owner = ownerDriver(facts, first.tag!) ? conclusionMessage('owned-by', { driver: first.driver! }) : first.driver ? conclusionMessage('in-module', { driver: first.driver }) : conclusionMessage('owner-unknown');
  const code = suspects.filter((s) => s.function).map((s) => functionAt(s.function!, s.file, s.line));
  const caught = code.length > 0 ? conclusionMessage('caught-allocating', { sites: { list: code, join: 'and' } }) : conclusionMessage('nothing');
  const parts = { tag: first.tag!, amount: { message: amount }, owner: { message: owner }, caught: { message: caught } };
  return growing ? conclusionMessage('tag-grows', { ...parts, rate: { rate: first.growthBytesPerMinute ?? 0 } }) : conclusionMessage('tag-holds-most', parts);
}

export function growthConclusion({ facts, options, steps, unavailable }: ConclusionInput): TypedConclusion {
  const snapshotsRan = facts.snapshots.length >= 2;
  const hitTagOffered = steps.some((s) => s.id === 'pool-hit-tag') && !unavailable.some((u) => u.id === 'pool-hit-tag');
  if (snapshotsRan) {
    const rising = facts.growth.filter((g) => g.bytesPerMinute > 0).sort((a, b) => b.bytesPerMinute - a.bytesPerMinute);
    if (rising.length === 0) {
      return {
        verdict: 'nothing-found',
        summary: conclusionMessage('growth-none', { snapshots: { count: facts.snapshots.length, noun: 'snapshot' } }),
        suspects: [],
        next: conclusionMessage('growth-none-next', { advice: { message: advice(options, 'snapshotInterval') } }),
      };
    }
    const fastest = rising[0]!.bytesPerMinute;
    const growing = rising.filter((g) => g.bytesPerMinute >= fastest * SIGNIFICANT_SHARE).slice(0, MAX_TAGS);
    const perTag = growing.map((g) => suspectsOfTag(facts, g.tag, g));
    const suspects = perTag.flat();
    const top = perTag[0]!;
    const named = top.some((s) => s.function !== null);
    const tags = { tags: { list: perTag.map((s) => tagSentence(facts, s, true)), join: 'sentences' as const } };
    if (named) return { verdict: 'found', summary: conclusionMessage('growth-tags', tags), suspects, next: null };
    const tag = top[0]!.tag!;
    return {
      verdict: 'inconclusive',
      summary: conclusionMessage('growth-tags-code-unknown', tags),
      suspects,
      next: hitTagOffered
        ? conclusionMessage('growth-catch-next', { tag, step: { step: 'pool-hit-tag', title: steps.find((s) => s.id === 'pool-hit-tag')!.title } })
        : ownerAdvice(facts, tag, options),
    };
  }
  const primary = primaryTag(facts, options);
  if (!primary) {
    return noSuspectsYet(conclusionMessage('growth-no-usage'), conclusionMessage('growth-no-usage-next'));
  }
  const suspects = suspectsOfTag(facts, primary.tag, null);
  const largest = { sentence: { message: tagSentence(facts, suspects, false) }, pool: primary.pool === 'paged' ? 'PagedPool' : 'NonPagedPool' };
  const summary = conclusionMessage('growth-largest', largest);
  const driver = suspects[0]!.driver;
  if (driver && suspects[0]!.function === null) {
    return { verdict: 'found', summary, suspects, next: conclusionMessage('growth-pool-tracking-next', { driver }) };
  }
  if (driver) return { verdict: 'found', summary, suspects, next: null };
  return { verdict: 'inconclusive', summary: conclusionMessage('growth-largest-owner-unknown', { ...largest, tag: primary.tag }), suspects, next: ownerAdvice(facts, primary.tag, options) };
}

function ownerAdvice(facts: InvestigationFacts, tag: string, options: ConclusionInput['options']): ConclusionMessage {
  const command = facts.tagOwners.get(tag)?.command;
  const pooltag = { message: advice(options, 'poolTagFile') };
  return command ? conclusionMessage('find-owner-findstr', { tag, command, advice: pooltag }) : conclusionMessage('find-owner', { tag, advice: pooltag });
}
