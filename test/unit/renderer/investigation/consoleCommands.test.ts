import { describe, expect, it } from 'vitest';
import { commandFor, isSafeAddress, isSafeTag } from '../../../../renderer/src/investigation/console/consoleCommands';

describe('commands run on click', () => {
  it('builds the command for each kind of target text', () => {
    expect(commandFor({ kind: 'ln', address: '0x9a3bf6ac' })).toBe('ln 0x9a3bf6ac');
    expect(commandFor({ kind: 'pool', address: '0xfffffa8005400000' })).toBe('!pool 0xfffffa8005400000');
    expect(commandFor({ kind: 'verifier-log', address: '0x982a8fe0' })).toBe('!verifier 0x80 0x982a8fe0');
    expect(commandFor({ kind: 'poolfind', tag: 'VMdl' })).toBe('!poolfind VMdl');
    expect(commandFor({ kind: 'poolfind', tag: 'Mdl' })).toBe('!poolfind Mdl');
  });

  it('refuses hostile or malformed target text', () => {
    for (const address of ['0x1;.shell calc', '9a3bf6ac', '0X1A', '0x', '0x12345678901234567', '0x1 ', ' 0x1', '0x1\n', '0xg1', '0x1`2', '']) {
      expect(isSafeAddress(address), address).toBe(false);
      expect(commandFor({ kind: 'ln', address }), address).toBeNull();
      expect(commandFor({ kind: 'pool', address }), address).toBeNull();
    }
    for (const tag of ['Gb;q', 'a b', '', 'TooLong', 'Tag\n', 'Ta\u0000g', 'Täg', ' ab']) {
      expect(isSafeTag(tag), JSON.stringify(tag)).toBe(false);
      expect(commandFor({ kind: 'poolfind', tag }), tag).toBeNull();
    }
    expect(isSafeAddress(undefined)).toBe(false);
    expect(isSafeTag(42)).toBe(false);
  });
});
