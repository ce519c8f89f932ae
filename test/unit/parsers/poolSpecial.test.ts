// !pool on special pool: one line per allocation instead of the header walk, in two forms
// (XP … Win10 kdexts "… non-paged special pool, Tag is X"; newer "size: N data: ADDR (NonPaged) *Tag").
import { describe, expect, it } from 'vitest';
import { parsers } from '../../../electron/parsers/index';
import { many, publicFixture, reflow, crlf, single } from './fixtureText';

describe('pool parser: special pool', () => {
  it('reads the three Windows XP x86 special-pool answers of analyze-v.com (real, spacing collapsed)', () => {
    const [a, b, c] = many(parsers.pool(publicFixture('analyzev-pool-special-xp.txt')));
    expect(a!.command).toBe('!pool 0x82a5aff8');
    expect(a!.address).toBe('0x82a5aff8');
    expect(a!.region).toBe('Special pool');
    expect(a!.blocks).toEqual([{ address: '0x82a5b000', size: 0xfffffffc, previousSize: null, state: 'allocated', tag: 'xxxx', marked: true, owner: 'Unknown (update pooltag.txt)' }]);
    // kdexts printed "allocation size - 8" there (4 bytes -> fffffffc): flagged, not hidden.
    expect(a!.warnings.join('\n')).toMatch(/special pool block 0x82a5b000 has an impossible size 0xfffffffc/);
    expect(b!.blocks).toEqual([{ address: '0x824ef000', size: 0, previousSize: null, state: 'allocated', tag: 'xxxx', marked: true, owner: 'Unknown (update pooltag.txt)' }]);
    expect(c!.blocks).toEqual([{ address: '0x82940ff8', size: 8, previousSize: null, state: 'allocated', tag: 'xxxx', marked: true, owner: 'Unknown (update pooltag.txt)' }]);
    expect(c!.warnings).toEqual([]);
  });

  it('reads the newer "size: … data: … (NonPaged) *Tag" line (Project Zero report, Windows 11 x64, real)', () => {
    const r = single(parsers.pool(publicFixture('p0-pool-special-win11.txt')));
    expect(r.command).toBe('!pool ffffb98851f06b10');
    expect(r.address).toBe('0xffffb98851f06b10');
    expect(r.region).toBe('Special pool');
    // The block address is the allocation (data) address, which holds the queried address.
    expect(r.blocks).toEqual([{ address: '0xffffb98851f06b10', size: 0x4f0, previousSize: null, state: 'allocated', tag: 'Scbf', marked: true, owner: 'Mass storage driver tags' }]);
    expect(r.warnings).toEqual([]);
  });

  it('survives blog re-flow and CRLF on the real samples', () => {
    const r = single(parsers.pool(crlf(reflow(publicFixture('p0-pool-special-win11.txt')))));
    expect(r.blocks[0]).toMatchObject({ address: '0xffffb98851f06b10', size: 0x4f0, tag: 'Scbf', marked: true, owner: 'Mass storage driver tags' });
    expect(many(parsers.pool(reflow(publicFixture('analyzev-pool-special-xp.txt')))).map((x) => x.blocks[0]?.address)).toEqual(['0x82a5b000', '0x824ef000', '0x82940ff8']);
  });

  it('reads the x64 "non-paged special pool, tag is" line with kd padding and a backticked address (synthetic)', () => {
    const text = [
      '0: kd> !pool 0xffffc10fa3e4efff',
      'Pool page ffffc10fa3e4efff region is Special pool',
      '*ffffc10f`a3e4efc0 size:   40 non-paged special pool, tag is Ovrn',
      '\t\tPooltag Ovrn : overrun test driver, Binary : overrun.sys',
    ].join('\n');
    const r = single(parsers.pool(text));
    expect(r.blocks).toEqual([{ address: '0xffffc10fa3e4efc0', size: 0x40, previousSize: null, state: 'allocated', tag: 'Ovrn', marked: true, owner: 'overrun.sys' }]);
    expect(r.warnings).toEqual([]);
  });

  it('reads paged special pool and short tags (synthetic)', () => {
    const r = single(parsers.pool('Pool page 9a836ff0 region is Special pool\n*9a836ff0 size:   10 pagable special pool, Tag is Ab  \nOwning component : Unknown (update pooltag.txt)\n'));
    expect(r.blocks).toEqual([{ address: '0x9a836ff0', size: 0x10, previousSize: null, state: 'allocated', tag: 'Ab', marked: true, owner: 'Unknown (update pooltag.txt)' }]);
  });

  it('reads the x86 header-walk form on a "region is Special pool" page (synthetic)', () => {
    const r = single(parsers.pool('kd> !pool 8bf4eff8\nPool page 8bf4eff8 region is Special pool\n*8bf4eff0 size:   10 previous size:    0  (Allocated) *Ovrn\n\t\tOwning component : Unknown (update pooltag.txt)\n'));
    expect(r.region).toBe('Special pool');
    expect(r.blocks).toEqual([{ address: '0x8bf4eff0', size: 0x10, previousSize: 0, state: 'allocated', tag: 'Ovrn', marked: true, owner: 'Unknown (update pooltag.txt)' }]);
  });

  it('still reports an unreadable special-pool guard page as no block (synthetic)', () => {
    const r = single(parsers.pool('Pool page ffffc10fa3e4f000 region is Special pool\nAddress ffffc10fa3e4f000 could not be read. It may be a freed, invalid or paged out page\n'));
    expect(r.region).toBe('Special pool');
    expect(r.blocks).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(/no pool headers found/);
  });
});
