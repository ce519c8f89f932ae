// A joined view of the target's pool for !poolused, !poolfind and !pool: tag usage
// (scenario counters plus live growth) and known blocks (pool pages, the verifier's
// outstanding allocations, blocks added by live growth).
import { parseHex } from './addressFormat';
import type { KdState } from './kdState';
import type { PoolPage, PoolTagUsage } from './scenarioSchema';

export interface KnownBlock {
  address: bigint;
  size: bigint;
  previousSize: bigint;
  state: 'allocated' | 'free';
  tag: string;
  large: boolean;
  pool: 'Nonpaged pool' | 'Paged pool' | 'Special pool';
  page: PoolPage | null;
}

export function tagUsage(state: KdState): PoolTagUsage[] {
  const rows = state.scenario.poolTags.map((row) => ({ ...row }));
  for (const [tag, grown] of state.grownUsage) {
    let row = rows.find((r) => r.tag === tag);
    if (!row) {
      row = { tag, nonPagedAllocs: 0, nonPagedBytes: 0, pagedAllocs: 0, pagedBytes: 0 };
      rows.push(row);
    }
    row.nonPagedAllocs += grown.nonPagedAllocs;
    row.nonPagedBytes += grown.nonPagedBytes;
    row.pagedAllocs += grown.pagedAllocs;
    row.pagedBytes += grown.pagedBytes;
  }
  return rows;
}

export function tagOwner(state: KdState, tag: string): string | undefined {
  return state.scenario.poolTags.find((r) => r.tag.trimEnd() === tag.trimEnd())?.owner;
}

export function knownBlocks(state: KdState): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const seen = new Set<bigint>();
  for (const page of state.scenario.poolPages) {
    for (const b of page.blocks) {
      const address = parseHex(b.address);
      seen.add(address);
      blocks.push({
        address,
        size: parseHex(b.size),
        previousSize: parseHex(b.previousSize),
        state: b.state,
        tag: b.tag,
        large: b.large,
        pool: page.region,
        page,
      });
    }
  }
  for (const driver of state.scenario.verifier?.drivers ?? []) {
    for (const a of driver.allocations) {
      const address = parseHex(a.address);
      if (seen.has(address)) continue;
      seen.add(address);
      const size = parseHex(a.size);
      blocks.push({
        address,
        size,
        previousSize: 0n,
        state: 'allocated',
        tag: a.tag,
        large: size >= 0xff0n,
        pool: a.poolType === 'Paged' ? 'Paged pool' : 'Nonpaged pool',
        page: null,
      });
    }
  }
  for (const g of state.grownBlocks) {
    if (seen.has(g.address)) continue;
    seen.add(g.address);
    blocks.push({
      address: g.address,
      size: g.size,
      previousSize: 0n,
      state: 'allocated',
      tag: g.tag,
      large: g.size >= 0xff0n,
      pool: g.poolType === 'Paged' ? 'Paged pool' : 'Nonpaged pool',
      page: null,
    });
  }
  return blocks;
}

/** kd's pool tag match: case-sensitive, * and ? wildcards, tags padded to 4 characters. */
export function tagMatcher(pattern: string): (tag: string) => boolean {
  if (!/[*?]/.test(pattern)) return (tag) => tag.padEnd(4) === pattern.padEnd(4);
  const re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
  return (tag) => re.test(tag.padEnd(4)) || re.test(tag.trimEnd());
}
