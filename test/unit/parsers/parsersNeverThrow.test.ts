// Totality: every parser returns an object with a `warnings` array for any input, and does
// bounded (linear) work — checked structurally on 1 MB adversarial inputs, where a quadratic
// parser would run for hours (timing belongs to the benchmark, not to tests).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMultiResult, parseKinds, parsers, VerifierLogStream, type ParserKind } from '../../../electron/parsers/index';
import { publicFixture, seedFixture } from './fixtureText';
import { PROPERTY_TEST_TIMEOUT_MS } from '../propertyTestBudget';

const REAL = [
  seedFixture('seed000-article.txt'),
  seedFixture('seed003-article-reflowed.txt'),
  seedFixture('seed002-article-ja.txt'),
  publicFixture('manurautela-poolhittag-session.txt'),
  publicFixture('msdocs-poolused.txt'),
  publicFixture('msdocs-poolfind.txt'),
  publicFixture('msdocs-pool.txt'),
  publicFixture('msdocs-vm.txt'),
  publicFixture('msdocs-lm.txt'),
  publicFixture('msdocs-poolmon.txt'),
  publicFixture('msdocs-verifier-win7.txt'),
  publicFixture('osr-analyze-c4-62-reflowed.txt'),
  publicFixture('stack-x64-k-inline-source.txt'),
  publicFixture('msdocs-kdnet-banner.txt'),
];

function checkShape(kind: ParserKind, value: unknown): void {
  expect(typeof value, kind).toBe('object');
  expect(value, kind).not.toBeNull();
  const v = value as { warnings: unknown; results?: unknown[] };
  expect(Array.isArray(v.warnings), kind).toBe(true);
  if (isMultiResult(v as never)) {
    for (const r of (v as { results: { warnings: unknown }[] }).results) expect(Array.isArray(r.warnings), kind).toBe(true);
  }
  // results must be plain JSON (what the CLI prints)
  expect(() => JSON.stringify(value)).not.toThrow();
}

function runAll(text: string): void {
  for (const kind of parseKinds) checkShape(kind, parsers[kind](text));
}

// A text made of fragments of real debugger output, shuffled: exercises partial matches.
const fragment = fc.constantFrom(
  'kd> ', '0: kd> ', '0:000:x86> ', 'Input> ', '!verifier 0x80 ', '!analyze -v', 'ln ', '!pool ', 'lm', 'kb',
  'Pool block ', ', Size ', ', Thread ', 'fffffa80`05400000', '9a3bf6ac', '0x', ' size: ', ' previous size: ', '(Allocated)',
  '(Free)', 'MODULE: ', 'Current Pool Allocations: ( ', ' / ', ' )', 'PoolAddress  SizeInBytes    Tag       CallersAddress',
  'Arg1: ', 'STACK_TEXT:', 'BUGCHECK_P1: ', 'Exact matches:', '|', '(', ')', '[', ' @ ', ']', '\n', '\r\n', '\r', '\t', ' ',
  '\u00a0', '`', '*', '...', 'Memory: ', 'K ', 'Tag  Type', 'Nonp', 'Sorting by', 'Tag    Allocs     Used    Allocs     Used',
  'Verify Flags Level 0x', '[X] (0x00000008) ', 'Parsing 0x', 'Finished parsing', '\u{1F600}', '\uD800', '\0',
);
const debuggerish = fc.array(fragment, { maxLength: 120 }).map((a) => a.join(''));

describe('parsers never throw and always return warnings', () => {
  it('arbitrary strings (including unicode and lone surrogates)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), debuggerish), (text) => {
        runAll(text);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('truncations and splices of real fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL), fc.nat(), fc.nat(), (text, a, b) => {
        const i = a % (text.length + 1);
        const j = b % (text.length + 1);
        runAll(text.slice(0, i));
        runAll(text.slice(Math.min(i, j), Math.max(i, j)));
      }),
      { numRuns: 80 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('random mutations of real fixtures (delete / duplicate / replace characters and lines)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REAL),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom('', '\n', ' ', '0', 'f', '`', '(', ':', '*', 'kd> ', 'x'.repeat(9000))), { minLength: 1, maxLength: 12 }),
        (text, edits) => {
          let t = text;
          for (const [pos, len, ins] of edits) {
            const p = pos % (t.length + 1);
            t = t.slice(0, p) + ins + t.slice(p + len);
          }
          const lines = t.split('\n');
          runAll(t);
          runAll(lines.reverse().join('\n'));
        },
      ),
      { numRuns: 60 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('non-string input does not crash the registry', () => {
    for (const kind of parseKinds) {
      checkShape(kind, (parsers[kind] as (x: unknown) => unknown)(undefined));
      checkShape(kind, (parsers[kind] as (x: unknown) => unknown)(12345));
    }
  });

  it('the stream accepts arbitrary chunk sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(debuggerish, fc.string({ maxLength: 50 })), { maxLength: 30 }), (chunks) => {
        const s = new VerifierLogStream();
        for (const c of chunks) expect(Array.isArray(s.push(c))).toBe(true);
        expect(Array.isArray(s.end())).toBe(true);
        expect(Array.isArray(s.result().warnings)).toBe(true);
        expect(s.push('more')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);
});

describe('bounded work on 1 MB adversarial inputs', () => {
  const MB = 1024 * 1024;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const adversarial: [string, string][] = [
    ['one line of spaces between two words', 'a' + ' '.repeat(MB) + 'b'],
    ['one huge line of hex digits', fill('f')],
    ['one huge line of "(" ', fill('(')],
    ['many lines "[X] (0x1) a   …   b"', fill('    [X] (0x00000001) a' + ' '.repeat(3000) + 'b\n')],
    ['many prompt lines', fill('0: kd> !verifier 0x80 fffffa80`05400000\n')],
    ['many block headers, no frames', fill('Pool block fffffa8005400000, Size 00000000000fa000, Thread fffffa80044ceb60\n')],
    ['many near-frames', fill('fffff80001927cc6 nt!VeAllocatePoolWithTagPriority+0x2b6 extra words here\n')],
    ['many ln-like lines', fill('(' + 'f'.repeat(4000) + ')   x!y   |  (1)   \n')],
    ['file(line) lookalikes', fill('c:\\' + 'a('.repeat(1500) + '12)+0x\n')],
    ['pool header lookalikes', fill('*e1001050 size:   10 previous size:   10  (' + 'A'.repeat(2000) + '\n')],
    ['poolused lookalikes', fill(' Tag    Allocs     Used    Allocs     Used\n 1394        1      520         0        0' + '9'.repeat(3000) + '\n')],
    ['CR only', fill('\r')],
    ['empty lines', fill('\n')],
    ['no-break spaces', fill('\u00a0')],
  ];

  it.each(adversarial)('%s', (_name, text) => {
    runAll(text);
  }, 120_000);
});
