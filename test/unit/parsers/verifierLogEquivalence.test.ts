// The optimised !verifier 0x80 parser (verifierLogParser.ts + verifierLogFrames.ts) must give
// exactly the results of the straightforward one it replaced: same blocks, frames, strings,
// numbers, warnings, counters, for the whole text, any chunking, and the lines API. The
// reference below is that parser as of commit c3ae949, verbatim apart from its names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandsOfKind } from '../../../electron/parsers/multiCommandRunner';
import { hasPasteDecoration } from '../../../electron/parsers/pastedTextDecoration';
import { parsePromptLine } from '../../../electron/parsers/commandEcho';
import { normalizeAddress, parseHexNumber } from '../../../electron/parsers/hexAddress';
import { MAX_LINE_LENGTH } from '../../../electron/parsers/lineSplitter';
import type { LogFrame, MultiResult, Verifier80Result, VerifierLogBlock } from '../../../electron/parsers/resultTypes';
import { WarningList } from '../../../electron/parsers/warningList';
import { parseLogFrameLine, parseVerifierLog, parseVerifierLogOutput, VerifierLogStream } from '../../../electron/parsers/verifierLogParser';
import { generateVerifierLog } from '../../fixtures/parsers/synthetic-verifier-log';
import { crlf, publicFixture, seedFixture } from './fixtureText';
import { PROPERTY_TEST_TIMEOUT_MS } from '../propertyTestBudget';

// ---- reference (pre-optimisation) implementation ----
const BLOCK_HEADER = /^\s*Pool block\s+([0-9a-fA-F`]{1,17}),\s*Size\s+([0-9a-fA-F`]{1,17}),\s*Thread\s+([0-9a-fA-F`]{1,17})/;
const CAPACITY = /There are up to\s+(?:0x)?([0-9a-fA-F`]{1,17})\s+entries in the log/;
const PARSING = /Parsing\s+(?:0x)?([0-9a-fA-F`]{1,17})\s+(?:log|array)\s+entries(?:,\s*searching for address\s+(?:0x)?([0-9a-fA-F`]{1,17}))?/;
const PARSED_ENTRY = /^\s*Parsed entry\s+([0-9a-fA-F`]{1,17})\/([0-9a-fA-F`]{1,17})/;

/** Fast path for "fffff8800447d634 myfault!MyfaultDeviceControl+0x358"; null when not a frame. */
function referenceFrameLine(line: string): LogFrame | null {
  return parseLogFrameRange(line, 0, line.length);
}

/** parseLogFrameLine on text[from, to) without slicing the line out first. */
function parseLogFrameRange(text: string, from: number, to: number): LogFrame | null {
  const n = to;
  let i = from;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) === 35 /* # (markdown-mangled samples) */) {
    i++;
    while (i < n && text.charCodeAt(i) === 32) i++;
  }
  if (i + 1 < n && text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) === 120 || text.charCodeAt(i + 1) === 88)) i += 2;
  const start = i;
  let digits = 0;
  let tick = false;
  let upper = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) digits++;
    else if (c >= 65 && c <= 70) {
      digits++;
      upper = true;
    } else if (c === 96 && !tick) tick = true;
    else break;
  }
  if (digits !== 8 && digits !== 16) return null;
  const addrEnd = i;
  if (i < n && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9 && text.charCodeAt(i) !== 13) return null;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let end = n;
  while (end > i && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9 || text.charCodeAt(end - 1) === 13)) end--;
  let symbol: string | null = null;
  if (end > i) {
    symbol = text.slice(i, end);
    if (symbol.indexOf('!') === -1 && /\s/.test(symbol)) return null; // prose, not a frame
  }
  let raw = text.slice(start, addrEnd);
  if (tick) raw = raw.replace('`', '');
  if (upper) raw = raw.toLowerCase();
  return { address: '0x' + raw, symbol };
}

/** "allocate" / "free" from the top frames (the verifier hook names the operation). */
function inferOperation(frames: LogFrame[]): 'allocate' | 'free' | null {
  for (let k = 0; k < frames.length && k < 4; k++) {
    const s = frames[k]!.symbol;
    if (s === null) continue;
    if (/free/i.test(s)) return 'free';
    if (/alloc/i.test(s)) return 'allocate';
  }
  return null;
}

interface VerifierLogStreamOptions {
  /** Only blocks for which this returns true are emitted and kept. */
  filter?: (block: VerifierLogBlock) => boolean;
  /** Keep emitted blocks for result() (default true). Set false to hold no blocks at all. */
  keepBlocks?: boolean;
  command?: string | null;
}

/**
 * Incremental parser: push() text chunks of any size (split anywhere, CRLF or LF), get back
 * the blocks completed so far; end() flushes. Memory: one partial line + one open block
 * (+ kept blocks when keepBlocks is true).
 */
class ReferenceStream {
  private partial = '';
  private skippingOverlong = false;
  private open: VerifierLogBlock | null = null;
  private readonly kept: VerifierLogBlock[] = [];
  private readonly warnings = new WarningList();
  private readonly filter: ((b: VerifierLogBlock) => boolean) | undefined;
  private readonly keepBlocks: boolean;
  private readonly command: string | null;
  private emitted: VerifierLogBlock[] = [];
  private ended = false;
  private strayFrames = 0;
  private unknownLines = 0;
  private firstUnknown: string | null = null;
  private overlongLines = 0;
  logCapacity: number | null = null;
  searchedAddress: string | null = null;
  entriesToParse: number | null = null;
  entriesParsed: number | null = null;
  finished = false;
  blocksSeen = 0;

  constructor(options: VerifierLogStreamOptions = {}) {
    this.filter = options.filter;
    this.keepBlocks = options.keepBlocks ?? true;
    this.command = options.command ?? null;
  }

  push(chunk: string): VerifierLogBlock[] {
    if (this.ended || typeof chunk !== 'string' || chunk.length === 0) return [];
    this.emitted = [];
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', pos);
      if (nl === -1) break;
      const from = pos;
      pos = nl + 1;
      if (this.skippingOverlong) {
        this.skippingOverlong = false;
        this.partial = '';
        continue;
      }
      if (this.partial.length > 0) {
        const piece = this.partial + chunk.slice(from, nl);
        this.partial = '';
        this.line(piece);
        continue;
      }
      if (this.open !== null && nl - from <= MAX_LINE_LENGTH) {
        const frame = parseLogFrameRange(chunk, from, nl);
        if (frame) {
          this.open.frames.push(frame);
          continue;
        }
      }
      this.line(chunk.slice(from, nl));
    }
    if (pos < chunk.length) {
      if (!this.skippingOverlong) {
        this.partial += chunk.slice(pos);
        if (this.partial.length > MAX_LINE_LENGTH) {
          this.partial = '';
          this.skippingOverlong = true;
          this.overlongLines++;
        }
      }
    }
    return this.emitted;
  }

  end(): VerifierLogBlock[] {
    if (this.ended) return [];
    this.emitted = [];
    if (this.partial.length > 0 && !this.skippingOverlong) this.line(this.partial);
    this.partial = '';
    this.closeBlock(true);
    this.ended = true;
    return this.emitted;
  }

  /** Feeds one whole line (no newline). */
  line(rawLine: string): void {
    let line = rawLine;
    if (line.length > 0 && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.length > MAX_LINE_LENGTH) {
      this.overlongLines++;
      return;
    }
    const frame = referenceFrameLine(line);
    if (frame) {
      if (this.open) this.open.frames.push(frame);
      else this.strayFrames++;
      return;
    }
    const trimmed = line.trim();
    if (trimmed.length === 0) return;
    const c0 = trimmed.charCodeAt(0);
    if (c0 === 61 /* = */ && /^=+$/.test(trimmed)) {
      this.closeBlock(false);
      return;
    }
    if (c0 === 80 /* P */) {
      const h = BLOCK_HEADER.exec(trimmed);
      if (h) {
        this.closeBlock(false);
        this.open = {
          address: normalizeAddress(h[1]),
          size: parseHexNumber(h[2]),
          thread: normalizeAddress(h[3]),
          operation: null,
          frames: [],
        };
        return;
      }
      const pe = PARSED_ENTRY.exec(trimmed);
      if (pe) {
        this.closeBlock(false);
        this.entriesParsed = parseHexNumber(pe[1]);
        if (this.entriesToParse === null) this.entriesToParse = parseHexNumber(pe[2]);
        return;
      }
    }
    const p = PARSING.exec(trimmed);
    if (p) {
      this.closeBlock(false);
      this.entriesToParse = parseHexNumber(p[1]);
      if (p[2] !== undefined) this.searchedAddress = normalizeAddress(p[2]);
      return;
    }
    const cap = CAPACITY.exec(trimmed);
    if (cap) {
      this.logCapacity = parseHexNumber(cap[1]);
      return;
    }
    if (/^Finished parsing/i.test(trimmed)) {
      this.closeBlock(false);
      this.finished = true;
      return;
    }
    if (/^Log of recent kernel pool Allocate and Free operations/i.test(trimmed)) return;
    if (parsePromptLine(line)) {
      this.closeBlock(false);
      return;
    }
    this.closeBlock(false);
    this.unknownLines++;
    if (this.firstUnknown === null) this.firstUnknown = trimmed;
  }

  private closeBlock(atEnd: boolean): void {
    const b = this.open;
    if (!b) return;
    this.open = null;
    this.blocksSeen++;
    b.operation = inferOperation(b.frames);
    if (b.frames.length === 0) {
      this.warnings.add(
        atEnd
          ? `the last pool block (${b.address ?? '?'}) has no frames: output truncated?`
          : `pool block ${b.address ?? '?'} has no frames`,
      );
    }
    if (this.filter && !this.filter(b)) return;
    this.emitted.push(b);
    if (this.keepBlocks) this.kept.push(b);
  }

  result(): Verifier80Result {
    const w = new WarningList();
    for (const x of this.warnings.toArray()) w.add(x);
    if (this.logCapacity === null && this.entriesToParse === null && this.blocksSeen === 0) {
      w.add('no verifier pool log found in the output');
    } else if (this.entriesToParse !== null && !this.finished) {
      w.add('output ends before "Finished parsing all pool tracking information." (truncated or interrupted)');
    }
    if (this.searchedAddress !== null && this.finished && this.blocksSeen === 0) {
      w.add(`address ${this.searchedAddress} not found in the log (the log may have wrapped)`);
    }
    w.addCount('frame lines outside any pool block', this.strayFrames, null);
    w.addCount('unrecognised lines', this.unknownLines, this.firstUnknown);
    w.addCount('overlong lines ignored', this.overlongLines, null);
    return {
      command: this.command,
      logCapacity: this.logCapacity,
      searchedAddress: this.searchedAddress,
      entriesToParse: this.entriesToParse,
      finished: this.finished,
      blocks: this.kept.slice(),
      warnings: w.toArray(),
    };
  }
}

function referenceParseOutput(lines: string[], command: string | null = null): Verifier80Result {
  const s = new ReferenceStream({ command });
  for (const l of lines) s.line(l);
  s.end();
  return s.result();
}

/** True when some line of the text is a debugger prompt (found via '>' only: linear, no split). */
function hasPromptLine(text: string): boolean {
  let pos = 0;
  for (;;) {
    const gt = text.indexOf('>', pos);
    if (gt === -1) return false;
    const start = text.lastIndexOf('\n', gt) + 1;
    let end = text.indexOf('\n', gt);
    if (end === -1) end = text.length;
    if (end - start <= 4096 && parsePromptLine(text.slice(start, end).replace(/\r$/, ''))) return true;
    pos = end + 1;
  }
}

function referenceParse(text: string): Verifier80Result | MultiResult<Verifier80Result> {
  // (pasted text with a decoration, e.g. a run of "# "-commented lines, takes the general path: issue 13's pre-pass)
  if (typeof text === 'string' && !hasPromptLine(text) && !hasPasteDecoration(text)) {
    // bare output: stream the text directly (no line array), same result as the general path
    const s = new ReferenceStream();
    s.push(text);
    s.end();
    return s.result();
  }
  return parseCommandsOfKind(text, 'verifier80', referenceParseOutput);
}

// ---- end of reference ----

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
