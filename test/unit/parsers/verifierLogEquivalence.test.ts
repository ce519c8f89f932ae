// The optimised !verifier 0x80 parser (verifierLogParser.ts + verifierLogFrames.ts) must give
// exactly the results of the straightforward one it replaced: same blocks, frames, strings,
// numbers, warnings, counters, for the whole text, any chunking, and the lines API. The
// reference is that parser as of commit c3ae949, kept verbatim in
// test/fixtures/parsers/legacyVerifierLogParser.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MultiResult, Verifier80Result, VerifierLogBlock } from '../../../electron/parsers/resultTypes';
import { parseLogFrameLine, parseVerifierLog, parseVerifierLogOutput, VerifierLogStream } from '../../../electron/parsers/verifierLogParser';
import { generateVerifierLog } from '../../fixtures/parsers/synthetic-verifier-log';
import { crlf, publicFixture, seedFixture } from './fixtureText';
import { PROPERTY_TEST_TIMEOUT_MS } from '../propertyTestBudget';
import { ReferenceStream, referenceFrameLine, referenceParse, referenceParseOutput } from '../../fixtures/parsers/legacyVerifierLogParser';

type Result = Verifier80Result | MultiResult<Verifier80Result>;

/** Both streams fed the same chunks: emitted blocks, counters and result must agree. */
function streamBoth(chunks: string[], options: { filter?: (b: VerifierLogBlock) => boolean; keepBlocks?: boolean } = {}) {
  const mine = new VerifierLogStream(options);
  const ref = new ReferenceStream(options);
  const got: VerifierLogBlock[] = [];
  const want: VerifierLogBlock[] = [];
  for (const c of chunks) {
    got.push(...mine.push(c));
    want.push(...ref.push(c));
  }
  got.push(...mine.end());
  want.push(...ref.end());
  return { mine, ref, got, want };
}

function expectSameStream(chunks: string[]): void {
  const { mine, ref, got, want } = streamBoth(chunks);
  expect(got).toEqual(want);
  expect(mine.result()).toEqual(ref.result());
  expect([mine.blocksSeen, mine.logCapacity, mine.finished, mine.searchedAddress, mine.entriesToParse, mine.entriesParsed]).toEqual([
    ref.blocksSeen,
    ref.logCapacity,
    ref.finished,
    ref.searchedAddress,
    ref.entriesToParse,
    ref.entriesParsed,
  ]);
}

function expectSame(text: string): void {
  const got: Result = parseVerifierLog(text);
  expect(got).toEqual(referenceParse(text));
  const lines = text.split('\n');
  expect(parseVerifierLogOutput(lines, 'cmd')).toEqual(referenceParseOutput(lines, 'cmd'));
  expectSameStream([text]);
}

function chunked(text: string, sizes: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const n = Math.max(1, sizes[k % sizes.length]!);
    out.push(text.slice(at, at + n));
    at += n;
  }
  return out;
}

// Lines a verifier log (or something pasted next to one) may contain, canonical and not.
const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));
const anyHex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-fA-F]{${n}}$`));
const symbol = fc.oneof(
  fc.constantFrom('nt!VeAllocatePoolWithTagPriority+0x2b6', 'nt!VerifierExFreePoolWithTag+0x44', 'myfault!MyfaultDeviceControl+0x358', 'nt!IovCallDriver+0xa0', 'MyDriver!DeviceControlDispatch+0x4c', 'undefined', 'nt!ExAllocatePoolWithTag', 'hal!HalpFree+0x1'),
  fc.stringMatching(/^[A-Za-z]{1,8}![A-Za-z]{1,12}(\+0x[0-9a-f]{1,4})?$/),
  fc.string({ maxLength: 12 }),
);
const frameAddress = fc.oneof(
  hex(16),
  hex(8),
  fc.tuple(hex(8), hex(8)).map(([a, b]) => `${a}\`${b}`),
  anyHex(16),
  anyHex(8),
  hex(15),
  hex(9),
  fc.constantFrom('fffff80001927cc6', 'fffff80001927d3d', 'fffff8800447d634', '9a3bf6ac', 'FFFFF80001927CC6', 'fffff800`01927cc6'),
);
const blanks = fc.constantFrom('', ' ', '  ', '\t', ' \t');
const frameLine = fc
  .tuple(blanks, fc.constantFrom('', '', '', '#', '# ', '0x', '0X'), frameAddress, fc.constantFrom(' ', '  ', '\t', ''), fc.option(symbol, { nil: '' }), blanks, fc.constantFrom('', '', '\r'))
  .map(([a, b, c, d, e, f, g]) => `${a}${b}${c}${d}${e}${f}${g}`);
const headerToken = fc.oneof(hex(16), hex(8), hex(1), hex(17), anyHex(16), fc.tuple(hex(8), hex(8)).map(([a, b]) => `${a}\`${b}`), hex(20), fc.constant(''));
const headerLine = fc
  .tuple(blanks, headerToken, headerToken, headerToken, fc.constantFrom(', ', ',', ',  '), fc.constantFrom(' ', '  '), fc.constantFrom('', ' ', 'x', 'G', '`', ', extra', '\r'))
  .map(([lead, a, s, t, comma, sp, tail]) => `${lead}Pool block${sp}${a}${comma}Size ${s}${comma}Thread${sp}${t}${tail}`);
const otherLine = fc.oneof(
  fc.constantFrom(
    '======================================================================',
    '===',
    '  =====  ',
    '=== x',
    '',
    '   ',
    '\u00a0',
    'Log of recent kernel pool Allocate and Free operations:',
    'There are up to 0x10000 entries in the log.',
    'Parsing 0x0000000000010000 log entries, searching for address 0xfffffa8005400000.',
    '# Parsing 0x00004000 array entries, searching for address 0xa2b1cf20.',
    'Parsed entry 0000000000010000/0000000000010000...',
    'Finished parsing all pool tracking information.',
    '0: kd> !verifier 0x80',
    'kd> ',
    'some prose line',
    'fffff80001927cc6 two words',
    'Pool block',
    'Pool blocks are listed below',
    'P',
  ),
  fc.string({ maxLength: 30 }),
);
const logLine = fc.oneof({ weight: 6, arbitrary: frameLine }, { weight: 2, arbitrary: headerLine }, { weight: 2, arbitrary: otherLine });
const logText = fc.tuple(fc.array(logLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n')).map(([ls, nl]) => ls.join(nl));

describe('verifier80: optimised parser = reference parser', () => {
  it('frame lines: parseLogFrameLine as before', () => {
    fc.assert(
      fc.property(frameLine, (line) => {
        expect(parseLogFrameLine(line)).toEqual(referenceFrameLine(line));
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('random logs: whole text, lines API and one-chunk stream', () => {
    fc.assert(
      fc.property(logText, (text) => expectSame(text)),
      { numRuns: 1500 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('random logs, random chunking', () => {
    fc.assert(
      fc.property(logText, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), (text, sizes) => {
        expectSameStream(chunked(text, sizes));
      }),
      { numRuns: 800 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('the fixtures (x86, x64, Vista, truncated) and a synthetic log with CRLF', () => {
    for (const text of [
      seedFixture('seed000-verifier80.txt'),
      seedFixture('seed003-verifier80.txt'),
      publicFixture('msdocs-verifier80-vista.txt'),
      publicFixture('msdocs-verifier-win7.txt'),
      crlf(generateVerifierLog({ entries: 300, seed: 5, leakAddresses: ['fffffa80`05400000'] })),
    ]) {
      expectSame(text);
      expectSame(text.slice(0, Math.floor(text.length / 3)));
      expectSameStream(chunked(text, [7, 64, 1, 300]));
    }
  });

  it('one address with several symbols, and the same symbol at several addresses', () => {
    const lines: string[] = [];
    for (let k = 0; k < 40; k++) {
      lines.push(`Pool block fffffa80054${(k % 16).toString(16)}0000, Size 0000000000000020, Thread fffffa80044ceb60`);
      lines.push(`fffff80001927cc6 mod${k % 11}!Func+0x${k.toString(16)}`);
      lines.push(`fffff80001927cc6  mod${k % 11}!Func+0x${k.toString(16)}  `);
      lines.push(`FFFFF80001927CC6 mod${k % 3}!Free`);
      lines.push(`fffff800\`01927cc6 mod${k % 3}!Free`);
      lines.push(`fffff8000192${(k % 16).toString(16)}cc6 nt!Same+0x1`);
      lines.push('fffff80001927cc6');
      lines.push('fffff80001927cc6 not a frame');
    }
    const text = lines.join('\n');
    expectSame(text);
    const r = parseVerifierLog(text) as Verifier80Result;
    expect(r.blocks[5]!.frames.map((f) => f.symbol)).toEqual(['mod5!Func+0x5', 'mod5!Func+0x5', 'mod2!Free', 'mod2!Free', 'nt!Same+0x1', null]);
  });

  it('more distinct frame lines than the frame table holds', () => {
    const lines: string[] = [];
    for (let b = 0; b < 400; b++) {
      lines.push('======================================================================');
      lines.push(`Pool block fffffa80${(0x05400000 + b * 0x1000).toString(16).padStart(8, '0')}, Size 0000000000000020, Thread fffffa80044ceb60`);
      for (let f = 0; f < 100; f++) lines.push(`fffff880${(b * 100 + f).toString(16).padStart(8, '0')} drv${b % 7}!F${f}+0x${b.toString(16)}`);
    }
    const text = lines.join('\n');
    expectSame(text);
    // and again, so that the table is full of entries from the first pass
    const s = new VerifierLogStream();
    const r = new ReferenceStream();
    expect([...s.push(text), ...s.push('\n' + text), ...s.end()]).toEqual([...r.push(text), ...r.push('\n' + text), ...r.end()]);
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('a full 0x10000-entry log gives the same result', () => {
    const text = generateVerifierLog({ entries: 0x10000, seed: 1 });
    expect(parseVerifierLog(text)).toEqual(referenceParse(text));
  }, 120_000);
});

describe('verifier80 stream with a filter', () => {
  const text = generateVerifierLog({ entries: 500, seed: 9, leakAddresses: ['fffffa80`05400000', 'fffffa80`05401000'] });
  const wanted = new Set(['0xfffffa8005400000', '0xfffffa8005401000']);

  it('reports the same counters, capacity and warnings as without a filter, and emits only matching blocks', () => {
    const all = streamBoth(chunked(text, [4096, 17]));
    for (const keepBlocks of [true, false]) {
      const seen: VerifierLogBlock[] = [];
      const seenByReference: VerifierLogBlock[] = [];
      const accept = (b: VerifierLogBlock) => b.address !== null && wanted.has(b.address) && b.operation !== 'free';
      const mine = new VerifierLogStream({ keepBlocks, filter: (b) => (seen.push(b), accept(b)) });
      const ref = new ReferenceStream({ keepBlocks, filter: (b) => (seenByReference.push(b), accept(b)) });
      const got: VerifierLogBlock[] = [];
      const want: VerifierLogBlock[] = [];
      for (const c of chunked(text, [4096, 17])) {
        got.push(...mine.push(c));
        want.push(...ref.push(c));
      }
      got.push(...mine.end());
      want.push(...ref.end());
      expect(got).toEqual(want);
      expect(got.length).toBeGreaterThan(0);
      expect(got).toEqual(all.got.filter(accept));
      // the filter saw every block once, whole (frames and operation), as before
      expect(seen).toEqual(seenByReference);
      expect(seen).toEqual(all.got);
      expect(mine.blocksSeen).toBe(500);
      expect(mine.logCapacity).toBe(0x10000);
      const res = mine.result();
      expect(res).toEqual(ref.result());
      expect(res.warnings).toEqual(all.mine.result().warnings);
      expect(res.blocks).toEqual(keepBlocks ? got : []);
    }
  });

  it('a truncated, filtered log still warns (no frames in the last block, no "Finished parsing")', () => {
    const cut = text.slice(0, text.lastIndexOf('Pool block') + 90);
    const { mine, ref } = streamBoth([cut], { filter: () => false, keepBlocks: false });
    expect(mine.result()).toEqual(ref.result());
    expect(mine.result().warnings.some((w) => /has no frames/.test(w))).toBe(true);
    expect(mine.result().warnings.some((w) => /Finished parsing/.test(w))).toBe(true);
    expect(mine.result().blocks).toEqual([]);
  });
});

describe('verifier80 results share only frozen values between blocks', () => {
  it('equal frame lines give one frozen frame object; frame arrays and blocks are distinct', () => {
    const r = parseVerifierLog(generateVerifierLog({ entries: 50, seed: 2 })) as Verifier80Result;
    const frames = r.blocks.flatMap((b) => b.frames);
    const distinctLines = new Set(frames.map((f) => `${f.address} ${f.symbol ?? ''}`));
    expect(new Set(frames).size).toBe(distinctLines.size);
    expect(distinctLines.size).toBeLessThan(frames.length);
    expect(frames.every((f) => Object.isFrozen(f))).toBe(true);
    expect(() => {
      (frames[0] as { symbol: string | null }).symbol = 'edited';
    }).toThrow(TypeError);
    expect(new Set(r.blocks.map((b) => b.frames)).size).toBe(r.blocks.length);
  });
});
