// Sorting of the allocation sites table by any column. Stable, with bytes and the
// site id as tie-breakers so equal rows keep a predictable order.
import type { AllocationSite } from '../../../../electron/contract';
import { baseName } from '../format/numberFormat';

export type SiteColumn = 'tag' | 'allocations' | 'bytes' | 'caller' | 'source';
export type SortDirection = 'ascending' | 'descending';
export interface SiteSort {
  column: SiteColumn;
  direction: SortDirection;
}

export const defaultSiteSort: SiteSort = { column: 'bytes', direction: 'descending' };

/** The direction a column starts with when its header is first pressed: numbers largest first. */
export function firstDirection(column: SiteColumn): SortDirection {
  return column === 'allocations' || column === 'bytes' ? 'descending' : 'ascending';
}

export function nextSort(current: SiteSort, column: SiteColumn): SiteSort {
  if (current.column !== column) return { column, direction: firstDirection(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** A comparable key per site for the column: computed once, so 100,000 rows sort fast. */
type SortKey = string | number | null;

function keyOf(column: SiteColumn, site: AllocationSite): SortKey {
  switch (column) {
    case 'tag':
      return site.tag.toLowerCase();
    case 'allocations':
      return site.allocations;
    case 'bytes':
      return site.bytes;
    case 'caller': {
      const text = site.symbol ?? site.caller;
      return text === null ? null : text.toLowerCase();
    }
    case 'source':
      return site.file === null ? null : baseName(site.file).toLowerCase();
  }
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  return (a as string | number) < (b as string | number) ? -1 : 1;
}

/** Numbers sort through typed arrays: no per-row objects, a cheap comparator. */
function sortByNumber(sites: readonly AllocationSite[], column: 'allocations' | 'bytes', sign: number): AllocationSite[] {
  const n = sites.length;
  const keys = new Float64Array(n);
  const bytes = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = sites[i]![column];
    bytes[i] = sites[i]!.bytes;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => sign * (keys[x]! - keys[y]!) || bytes[y]! - bytes[x]! || x - y);
  const out = new Array<AllocationSite>(n);
  for (let i = 0; i < n; i++) out[i] = sites[order[i]!]!;
  return out;
}

export function sortSites(sites: readonly AllocationSite[], sort: SiteSort): AllocationSite[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'allocations' || sort.column === 'bytes') return sortByNumber(sites, sort.column, sign);
  const decorated = sites.map((site, index) => ({ site, index, key: keyOf(sort.column, site) }));
  decorated.sort((x, y) => {
    // Sites without a caller or source stay at the end in both directions.
    if (x.key === null || y.key === null) {
      if (x.key !== y.key) return x.key === null ? 1 : -1;
    } else {
      const primary = compareKeys(x.key, y.key) || (sort.column === 'source' ? compareKeys(x.site.line ?? -1, y.site.line ?? -1) : 0);
      if (primary) return sign * primary;
      // Same tag in another case ("Leak" / "leak"): still a fixed order.
      if (sort.column === 'tag' && x.site.tag !== y.site.tag) return sign * (x.site.tag < y.site.tag ? -1 : 1);
    }
    return y.site.bytes - x.site.bytes || x.index - y.index;
  });
  return decorated.map((x) => x.site);
}
