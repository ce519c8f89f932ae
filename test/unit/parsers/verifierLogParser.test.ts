import { describe, expect, it } from 'vitest';
import { parsers, VerifierLogStream, type VerifierLogBlock } from '../../../electron/parsers/index';
import { generateVerifierLog } from '../../fixtures/parsers/synthetic-verifier-log';
import { crlf, many, publicFixture, seedFixture, single } from './fixtureText';

describe('verifier80 parser (!verifier 0x80)', () => {
  it('reads seed 003 (Windows 7 x64, re-flowed): one block of 8 frames, capacity 0x10000, finished', () => {
    const r = single(parsers.verifier80(seedFixture('seed003-verifier80.txt')));
    expect(r.command).toBe('!verifier 80 fffffa8005400000');
    expect(r.logCapacity).toBe(65536);
    expect(r.entriesToParse).toBe(0x10000);
    expect(r.searchedAddress).toBe('0xfffffa8005400000');
    expect(r.finished).toBe(true);
    expect(r.blocks).toHaveLength(1);
    const b = r.blocks[0]!;
    expect(b).toMatchObject({ address: '0xfffffa8005400000', size: 0xfa000, thread: '0xfffffa80044ceb60', operation: 'allocate' });
    expect(b.frames).toHaveLength(8);
    expect(b.frames[0]).toEqual({ address: '0xfffff80001927cc6', symbol: 'nt!VeAllocatePoolWithTagPriority+0x2b6' });
    expect(b.frames[2]).toEqual({ address: '0xfffff8800447d634', symbol: 'myfault!MyfaultDeviceControl+0x358' });
    expect(b.frames[7]).toEqual({ address: '0xfffff8000148bed3', symbol: 'nt!KiSystemServiceCopyEnd+0x13' });
    expect(r.warnings).toEqual([]);
  });

  it('reads the three seed 000 commands as {results}, x86', () => {
    const rs = many(parsers.verifier80(seedFixture('seed000-verifier80.txt')));
    expect(rs.map((r) => r.searchedAddress)).toEqual(['0x982a8fe0', '0x8645a000', '0x9a836fd0']);
    expect(rs.map((r) => r.blocks[0]!.size)).toEqual([0x20, 0x1000, 0x30]);
    expect(rs[0]!.blocks[0]!.thread).toBe('0x9c158bc0');
    expect(rs[0]!.blocks[0]!.frames[3]).toEqual({ address: '0x9a3bf6ac', symbol: 'MyDriver!DeviceControlDispatch+0x4c' });
    expect(rs[1]!.blocks[0]!.frames).toHaveLength(13);
    expect(rs[2]!.blocks[0]!.operation).toBe('allocate');
    // the doc cut the output before "Finished parsing": said, not hidden
    expect(rs[0]!.warnings.some((w) => w.includes('Finished parsing'))).toBe(true);
  });

  it('reads the Vista sample: "# Parsing … array entries", a free then an allocate entry', () => {
    const r = single(parsers.verifier80(publicFixture('msdocs-verifier80-vista.txt')));
    expect(r.entriesToParse).toBe(0x4000);
    expect(r.searchedAddress).toBe('0xa2b1cf20');
    expect(r.blocks.map((b) => [b.address, b.size, b.operation])).toEqual([
      ['0xa2b1ce98', 0x168, 'free'],
      ['0xa2b1ce98', 0x164, 'allocate'],
    ]);
    expect(r.blocks[0]!.frames[12]).toEqual({ address: '0x8ac4a8ba', symbol: 'test1!HandleCompletedTxPacket+0xea' });
  });

  it('warns on truncated output (block without frames, cut mid-line)', () => {
    const text = seedFixture('seed003-verifier80.txt');
    const cut = text.slice(0, text.indexOf('fffff80001927cc6') + 10);
    const r = single(parsers.verifier80(cut));
    expect(r.finished).toBe(false);
    expect(r.blocks[0]!.frames).toHaveLength(0);
    expect(r.warnings.some((w) => /truncated/.test(w))).toBe(true);
  });

  it('streams: any chunking (even 1-char chunks, CRLF) yields the same blocks as the whole text', () => {
    const text = crlf(generateVerifierLog({ entries: 40, seed: 7 }));
    const whole = single(parsers.verifier80(text));
    expect(whole.blocks).toHaveLength(40);
    for (const size of [1, 3, 17, 4096]) {
      const s = new VerifierLogStream();
      const got: VerifierLogBlock[] = [];
      for (let i = 0; i < text.length; i += size) got.push(...s.push(text.slice(i, i + size)));
      got.push(...s.end());
      expect(got).toEqual(whole.blocks);
      expect(s.result().logCapacity).toBe(0x10000);
      expect(s.result().finished).toBe(true);
    }
  });

  it('streams with a filter and without keeping blocks (one pass, filter by address while data arrives)', () => {
    const text = generateVerifierLog({ entries: 200, seed: 3, leakAddresses: ['fffffa80`05400000'] });
    const wanted = '0xfffffa8005400000';
    const s = new VerifierLogStream({ filter: (b) => b.address === wanted, keepBlocks: false });
    const hits: VerifierLogBlock[] = [];
    const half = Math.floor(text.length / 2);
    hits.push(...s.push(text.slice(0, half)), ...s.push(text.slice(half)), ...s.end());
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((b) => b.address === wanted)).toBe(true);
    expect(s.result().blocks).toEqual([]);
    expect(s.blocksSeen).toBe(200);
  });

  it('parses a full 0x10000-entry x64 log (about 680k lines)', () => {
    const text = generateVerifierLog({ entries: 0x10000, seed: 1 });
    const r = single(parsers.verifier80(text));
    expect(r.blocks).toHaveLength(0x10000);
    expect(r.blocks.every((b) => b.frames.length === 8)).toBe(true);
    expect(r.finished).toBe(true);
  }, 60_000);
});
