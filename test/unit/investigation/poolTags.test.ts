import { describe, expect, it } from 'vitest';
import { knownPoolTags } from '../../../electron/investigation/knownPoolTags';
import { lookupPoolTag, parsePoolTagFile } from '../../../electron/investigation/poolTagFile';
import { isKnownPoolTag, poolTagMeaning } from '../../../electron/investigation/poolTagMeaning';

describe('tag meanings', () => {
  it('Verifier tags name the object and the routine that frees it', () => {
    expect(poolTagMeaning('VMdl')).toMatchObject({ origin: 'verifier', allocator: 'IoAllocateMdl', release: 'IoFreeMdl' });
    expect(poolTagMeaning('Vfwi')).toMatchObject({ origin: 'verifier', allocator: 'IoAllocateWorkItem', release: 'IoFreeWorkItem' });
  });

  it("a driver's own tag means ExAllocatePoolWithTag without ExFreePoolWithTag", () => {
    const m = poolTagMeaning('mdrv');
    expect(m).toMatchObject({ origin: 'driver', release: 'ExFreePoolWithTag' });
    expect(m.fix).toContain("ExFreePoolWithTag(p, 'mdrv')");
  });

  it('matches kernel tags printed without their trailing space', () => {
    expect(isKnownPoolTag('Mdl')).toBe(true);
    expect(poolTagMeaning('Irp').origin).toBe('kernel');
    expect(isKnownPoolTag('toString')).toBe(false);
    expect(isKnownPoolTag('__proto__')).toBe(false);
  });

  it('every table entry is complete', () => {
    for (const [tag, e] of Object.entries(knownPoolTags)) {
      expect(tag.length).toBeLessThanOrEqual(4);
      for (const field of ['allocator', 'release', 'description', 'fix'] as const) {
        expect(e[field].trim().length, `${tag}.${field}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('pooltag.txt', () => {
  const text = [
    'rem',
    'rem Pool tag file',
    '',
    'AcpA - acpi.sys    - ACPI arbiter data',
    'Leak - myfault.sys - Memory leaked by NotMyFault',
    'Gla5 - win32k.sys                           -   Gdi look aside buffers',
    'Ntf? - ntfs.sys - NTFS general allocations',
    'Io   - nt!io - general IO allocations',
    'Obsd - Object security descriptors',
    'not a tag line',
  ].join('\r\n');

  it('parses "Tag - binary - description" lines and skips comments', () => {
    const entries = parsePoolTagFile(text);
    expect(entries).toContainEqual({ tag: 'Leak', binary: 'myfault.sys', description: 'Memory leaked by NotMyFault' });
    expect(entries).toContainEqual({ tag: 'Gla5', binary: 'win32k.sys', description: 'Gdi look aside buffers' });
    expect(entries).toContainEqual({ tag: 'Io', binary: 'nt!io', description: 'general IO allocations' });
    expect(entries).toContainEqual({ tag: 'Obsd', binary: null, description: 'Object security descriptors' });
    expect(entries).toHaveLength(6);
  });

  it('looks tags up exactly, then by wildcard', () => {
    const entries = parsePoolTagFile(text);
    expect(lookupPoolTag(entries, 'Leak').map((e) => e.binary)).toEqual(['myfault.sys']);
    expect(lookupPoolTag(entries, 'NtfF').map((e) => e.binary)).toEqual(['ntfs.sys']);
    expect(lookupPoolTag(entries, 'Io  ').map((e) => e.binary)).toEqual(['nt!io']);
    expect(lookupPoolTag(entries, 'Zzzz')).toEqual([]);
  });
});
