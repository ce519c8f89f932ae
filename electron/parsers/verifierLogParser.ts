// !verifier 0x80 [address]: the verifier's kernel pool Allocate/Free log.
//   There are up to 0x10000 entries in the log.
//   Parsing 0x00010000 log entries, searching for address 0x982a8fe0.
//   ======================================================================
//   Pool block 982a8fe0, Size 00000020, Thread 9c158bc0
//   81b250cd nt!IovAllocateMdl+0x3d
//   …
//   Parsed entry 0000000000010000/0000000000010000...
//   Finished parsing all pool tracking information.
// A full log is ~65,536 blocks (about a million lines), so the parser streams: feed
// VerifierLogStream chunks of text as they arrive and receive completed blocks; only a
// partial line is buffered. parseVerifierLog(text) is the whole-text convenience.
import { normalizeAddress, parseHexNumber } from './hexAddress';
import { MAX_LINE_LENGTH } from './lineSplitter';
import { parsePromptLine } from './commandEcho';
import { parseCommandsOfKind } from './multiCommandRunner';
import type { LogFrame, MultiResult, Verifier80Result, VerifierLogBlock } from './resultTypes';
import { WarningList } from './warningList';

const BLOCK_HEADER = /^\s*Pool block\s+([0-9a-fA-F`]{1,17}),\s*Size\s+([0-9a-fA-F`]{1,17}),\s*Thread\s+([0-9a-fA-F`]{1,17})/;
const CAPACITY = /There are up to\s+(?:0x)?([0-9a-fA-F`]{1,17})\s+entries in the log/;
const PARSING = /Parsing\s+(?:0x)?([0-9a-fA-F`]{1,17})\s+(?:log|array)\s+entries(?:,\s*searching for address\s+(?:0x)?([0-9a-fA-F`]{1,17}))?/;
const PARSED_ENTRY = /^\s*Parsed entry\s+([0-9a-fA-F`]{1,17})\/([0-9a-fA-F`]{1,17})/;

/** Fast path for "fffff8800447d634 myfault!MyfaultDeviceControl+0x358"; null when not a frame. */
export function parseLogFrameLine(line: string): LogFrame | null {
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
export function inferOperation(frames: LogFrame[]): 'allocate' | 'free' | null {
  for (let k = 0; k < frames.length && k < 4; k++) {
    const s = frames[k]!.symbol;
    if (s === null) continue;
    if (/free/i.test(s)) return 'free';
    if (/alloc/i.test(s)) return 'allocate';
  }
  return null;
}

export interface VerifierLogStreamOptions {
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
export class VerifierLogStream {
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
    const frame = parseLogFrameLine(line);
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

export function parseVerifierLogOutput(lines: string[], command: string | null = null): Verifier80Result {
  const s = new VerifierLogStream({ command });
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

export function parseVerifierLog(text: string): Verifier80Result | MultiResult<Verifier80Result> {
  if (typeof text === 'string' && !hasPromptLine(text)) {
    // bare output: stream the text directly (no line array), same result as the general path
    const s = new VerifierLogStream();
    s.push(text);
    s.end();
    return s.result();
  }
  return parseCommandsOfKind(text, 'verifier80', parseVerifierLogOutput);
}
