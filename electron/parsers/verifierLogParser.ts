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
import { parseCommandsOfKind } from './commandsOfKind';
import { hasPasteDecoration } from './pastedTextDecoration';
import type { LogFrame, MultiResult, Verifier80Result, VerifierLogBlock } from './resultTypes';
import { WarningList } from './warningList';
import { detachString, FrameCache, isBlank, readFrame } from './verifierLogFrames';

const BLOCK_HEADER = /^\s*Pool block\s+([0-9a-fA-F`]{1,17}),\s*Size\s+([0-9a-fA-F`]{1,17}),\s*Thread\s+([0-9a-fA-F`]{1,17})/;
const CAPACITY = /There are up to\s+(?:0x)?([0-9a-fA-F`]{1,17})\s+entries in the log/;
const PARSING = /Parsing\s+(?:0x)?([0-9a-fA-F`]{1,17})\s+(?:log|array)\s+entries(?:,\s*searching for address\s+(?:0x)?([0-9a-fA-F`]{1,17}))?/;
const PARSED_ENTRY = /^\s*Parsed entry\s+([0-9a-fA-F`]{1,17})\/([0-9a-fA-F`]{1,17})/;

/**
 * "Pool block …, Size …, Thread …" as kd prints it (lower-case hex, single spaces), tested
 * in place (sticky, no captures); BLOCK_HEADER reads every other spelling.
 */
const CANONICAL_HEADER = /Pool block [0-9a-f]{1,16}, Size [0-9a-f]{1,16}, Thread [0-9a-f]{1,16}(?![0-9a-fA-F`])/y;

/** Fast path for "fffff8800447d634 myfault!MyfaultDeviceControl+0x358"; null when not a frame. */
export function parseLogFrameLine(line: string): LogFrame | null {
  return readFrame(line, 0, line.length);
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
 * (+ kept blocks when keepBlocks is true) + a fixed-size table of distinct frame lines.
 * Lines are read in place: frames through FrameCache, "=====" lines by character checks,
 * "Pool block" headers in kd's own spelling by CANONICAL_HEADER; every other line (and any
 * other spelling) by the regular expressions, exactly as before. The filter sees each
 * block whole (frames and operation), so frames are read for every block.
 */
export class VerifierLogStream {
  private partial = '';
  private skippingOverlong = false;
  // the open block: its header and its frames so far (the block object is made when it closes)
  private isOpen = false;
  private openAddress: string | null = null;
  private openSize: number | null = null;
  private openThread: string | null = null;
  private readonly openFrames: LogFrame[] = [];
  private openFrameCount = 0;
  /** Operation class (operationClass) of the open block so far: first non-zero of its top 4 frames. */
  private openClass = 0;
  private readonly kept: VerifierLogBlock[] = [];
  private readonly warnings = new WarningList();
  private readonly filter: ((b: VerifierLogBlock) => boolean) | undefined;
  private readonly keepBlocks: boolean;
  private readonly command: string | null;
  private readonly frameCache = new FrameCache();
  /** The last "=====" line seen (compared natively before checking character by character). */
  private separator = '';
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
        this.lineIn(piece, 0, piece.length);
        continue;
      }
      this.lineIn(chunk, from, nl);
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
    if (typeof rawLine !== 'string') return;
    this.lineIn(rawLine, 0, rawLine.length);
  }

  /** One line: text[from, to), without its newline. */
  private lineIn(text: string, from: number, to: number): void {
    if (to > from && text.charCodeAt(to - 1) === 13) to--;
    if (to - from > MAX_LINE_LENGTH) {
      this.overlongLines++;
      return;
    }
    const frame = this.frameCache.read(text, from, to);
    if (frame !== null) {
      if (!this.isOpen) this.strayFrames++;
      else {
        const k = this.openFrameCount++;
        if (this.openClass === 0 && k < 4) this.openClass = this.frameCache.tag;
        if (k < this.openFrames.length) this.openFrames[k] = frame;
        else this.openFrames.push(frame);
      }
      return;
    }
    let i = from;
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    if (i === to) return; // blank
    const c0 = text.charCodeAt(i);
    if (c0 === 61 /* = */) {
      let p = i;
      const sep = this.separator;
      if (to - i === sep.length && text.slice(i, to) === sep) p = to;
      while (p < to && text.charCodeAt(p) === 61) p++;
      const sepEnd = p;
      while (p < to && isBlank(text.charCodeAt(p))) p++;
      if (p === to) {
        if (sepEnd - i !== sep.length) this.separator = detachString(text.slice(i, sepEnd));
        this.closeBlock(false);
        return;
      }
    } else if (c0 === 80 /* P */ && this.header(text, i)) return;
    this.otherLine(text.slice(from, to));
  }

  /**
   * "Pool block fffffa8005400000, Size 00000000000fa000, Thread fffffa80044ceb60" read in
   * place; false (nothing done) for any other spelling, which BLOCK_HEADER then reads.
   * Same values as BLOCK_HEADER + normalizeAddress / parseHexNumber on that spelling.
   */
  private header(text: string, i: number): boolean {
    CANONICAL_HEADER.lastIndex = i;
    if (!CANONICAL_HEADER.test(text)) return false;
    const tEnd = CANONICAL_HEADER.lastIndex;
    const a = i + 11; // after "Pool block "
    const aEnd = text.indexOf(',', a);
    const s = aEnd + 7; // after ", Size "
    const sEnd = text.indexOf(',', s);
    // the tokens are 1-16 lower-case hex digits: normalizeAddress adds "0x", parseHexNumber is parseInt
    this.openBlock('0x' + text.slice(a, aEnd), Number.parseInt(text.slice(s, sEnd), 16), '0x' + text.slice(sEnd + 9, tEnd));
    return true;
  }

  private openBlock(address: string | null, size: number | null, thread: string | null): void {
    this.closeBlock(false);
    this.isOpen = true;
    this.openAddress = address;
    this.openSize = size;
    this.openThread = thread;
    this.openFrameCount = 0;
    this.openClass = 0;
  }

  /** Any line that is neither a frame nor a blank line (CR already removed). */
  private otherLine(line: string): void {
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
        this.openBlock(normalizeAddress(h[1]), parseHexNumber(h[2]), normalizeAddress(h[3]));
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
    if (!this.isOpen) return;
    this.isOpen = false;
    this.blocksSeen++;
    const count = this.openFrameCount;
    const frames = this.openFrames.slice(0, count);
    if (this.openFrames.length > 64) this.openFrames.length = 0; // do not hold a long block's frames
    const b: VerifierLogBlock = {
      address: this.openAddress,
      size: this.openSize,
      thread: this.openThread,
      operation: this.openClass === 1 ? 'free' : this.openClass === 2 ? 'allocate' : null,
      frames,
    };
    if (count === 0) {
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
  if (typeof text === 'string' && !hasPromptLine(text) && !hasPasteDecoration(text)) {
    // bare output: stream the text directly (no line array), same result as the general path
    const s = new VerifierLogStream();
    s.push(text);
    s.end();
    return s.result();
  }
  return parseCommandsOfKind(text, 'verifier80', parseVerifierLogOutput);
}
