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

const textCompare = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

function compareNullable<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1; // missing values last
  return compare(a, b);
}

function compareColumn(column: SiteColumn, a: AllocationSite, b: AllocationSite): number {
  switch (column) {
    case 'tag':
      return textCompare(a.tag, b.tag) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
    case 'allocations':
      return a.allocations - b.allocations;
    case 'bytes':
      return a.bytes - b.bytes;
    case 'caller':
      return compareNullable(a.symbol ?? a.caller, b.symbol ?? b.caller, textCompare);
    case 'source':
      return (
        compareNullable(a.file && baseName(a.file), b.file && baseName(b.file), textCompare) ||
        compareNullable(a.line, b.line, (x, y) => x - y)
      );
  }
}

export function sortSites(sites: readonly AllocationSite[], sort: SiteSort): AllocationSite[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const missingLast = sort.column === 'caller' || sort.column === 'source';
  return sites
    .map((site, index) => ({ site, index }))
    .sort((x, y) => {
      const raw = compareColumn(sort.column, x.site, y.site);
      // Missing callers/sources stay at the end in both directions.
      const bothPresent = !missingLast || (hasValue(sort.column, x.site) && hasValue(sort.column, y.site));
      const primary = bothPresent ? sign * raw : raw;
      return primary || y.site.bytes - x.site.bytes || x.index - y.index;
    })
    .map((x) => x.site);
}

function hasValue(column: SiteColumn, site: AllocationSite): boolean {
  return column === 'caller' ? (site.symbol ?? site.caller) !== null : site.file !== null;
}
