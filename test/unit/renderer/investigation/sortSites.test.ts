import { describe, expect, it } from 'vitest';
import { defaultSiteSort, nextSort, sortSites } from '../../../../renderer/src/investigation/findings/sortSites';
import { makeSite, mydriverSites } from './fixtures';

const tags = (sites: { tag: string }[]) => sites.map((s) => s.tag);

describe('sorting allocation sites', () => {
  it('defaults to bytes, largest first', () => {
    expect(tags(sortSites(mydriverSites, defaultSiteSort))).toEqual(['mdrv', 'Vfwi', 'VMdl']);
  });

  it('sorts by every column in both directions', () => {
    expect(tags(sortSites(mydriverSites, { column: 'tag', direction: 'ascending' }))).toEqual(['mdrv', 'Vfwi', 'VMdl']);
    expect(tags(sortSites(mydriverSites, { column: 'tag', direction: 'descending' }))).toEqual(['VMdl', 'Vfwi', 'mdrv']);
    expect(tags(sortSites(mydriverSites, { column: 'source', direction: 'ascending' }))).toEqual(['mdrv', 'VMdl', 'Vfwi']); // lines 38, 50, 72
    expect(tags(sortSites(mydriverSites, { column: 'caller', direction: 'descending' }))).toEqual(['Vfwi', 'VMdl', 'mdrv']);
    expect(tags(sortSites(mydriverSites, { column: 'bytes', direction: 'ascending' }))).toEqual(['VMdl', 'Vfwi', 'mdrv']);
  });

  it('orders source lines numerically and keeps sites without a source last', () => {
    const sites = [
      makeSite({ id: 'a', file: 'x.c', line: 100 }),
      makeSite({ id: 'b', file: null, line: null }),
      makeSite({ id: 'c', file: 'x.c', line: 9 }),
    ];
    expect(sortSites(sites, { column: 'source', direction: 'ascending' }).map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(sortSites(sites, { column: 'source', direction: 'descending' }).map((s) => s.id)).toEqual(['a', 'c', 'b']);
  });

  it('breaks ties by bytes, then keeps the input order (stable)', () => {
    const sites = [makeSite({ id: 'a', allocations: 2, bytes: 1 }), makeSite({ id: 'b', allocations: 2, bytes: 5 }), makeSite({ id: 'c', allocations: 2, bytes: 5 })];
    expect(sortSites(sites, { column: 'allocations', direction: 'descending' }).map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });

  it('starts numbers largest first and toggles on a second press', () => {
    expect(nextSort(defaultSiteSort, 'allocations')).toEqual({ column: 'allocations', direction: 'descending' });
    expect(nextSort(defaultSiteSort, 'tag')).toEqual({ column: 'tag', direction: 'ascending' });
    expect(nextSort(defaultSiteSort, 'bytes')).toEqual({ column: 'bytes', direction: 'ascending' });
  });

  it('sorts 100,000 sites', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => makeSite({ id: `s${i}`, bytes: (i * 7919) % 100_003, tag: `T${i % 977}` }));
    const sorted = sortSites(many, { column: 'tag', direction: 'ascending' });
    expect(sorted).toHaveLength(100_000);
    expect(sorted[0]!.tag).toBe('T0');
  });
});
