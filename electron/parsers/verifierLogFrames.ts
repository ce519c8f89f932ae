// Frame lines of !verifier 0x80 ("fffff8800447d634 myfault!MyfaultDeviceControl+0x358").
// A full log has ~500k of them but only a few thousand distinct ones (the same return
// addresses over and over), so FrameCache remembers distinct lines with their parsed
// frame: a repeated line costs a few character reads and one native string compare,
// and yields the same frozen frame object (its strings do not pin the input text). Pure and bounded: a fixed-size table whose entries are overwritten on collision
// (still linear time, only less sharing); nothing here is visible in the results.
import type { LogFrame } from './resultTypes';

/**
 * A flat copy of s that does not keep a larger parent string alive (V8 represents slices
 * of 13+ characters as views into the parent; slicing a concatenation copies it first).
 * Used only for strings that are stored: once per distinct value.
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/** Allocate/free class of a symbol, as inferOperation reads it: 0 neither, 1 free, 2 allocate. */
export function operationClass(symbol: string | null): number {
  if (symbol === null) return 0;
  if (/free/i.test(symbol)) return 1;
  if (/alloc/i.test(symbol)) return 2;
  return 0;
}

export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isHexOrTick(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 96;
}

/** Where the address of a would-be frame line starts: after blanks, a "#" (markdown-mangled samples) and "0x". */
function addressStart(text: string, from: number, n: number): number {
  let i = from;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 35) {
    i++;
    while (i < n && text.charCodeAt(i) === 32) i++;
  }
  if (i + 1 < n && text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) === 120 || text.charCodeAt(i + 1) === 88)) i += 2;
  return i;
}

/**
 * The frame on text[from, n), or null when the line is not a frame. The result depends
 * only on text[addressStart, trimmed end), which is what FrameCache keys on.
 */
export function readFrame(text: string, from: number, n: number): LogFrame | null {
  let i = addressStart(text, from, n);
  const start = i;
  let digits = 0;
  let tick = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) digits++;
    else if (c === 96 && !tick) tick = true;
    else break;
  }
  if (digits !== 8 && digits !== 16) return null;
  const addrEnd = i;
  if (i < n && !isBlank(text.charCodeAt(i)) && text.charCodeAt(i) !== 13) return null;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  let end = n;
  while (end > i && (isBlank(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 13)) end--;
  let symbol: string | null = null;
  if (end > i) {
    symbol = text.slice(i, end);
    if (symbol.indexOf('!') === -1 && /\s/.test(symbol)) return null; // prose, not a frame
  }
  let raw = text.slice(start, addrEnd);
  if (tick) raw = raw.replace('`', '');
  return { address: '0x' + raw.toLowerCase(), symbol };
}

interface CachedFrame {
  /** The line from its address to its trimmed end, as printed. */
  key: string;
  /** readFrame's result for that line, frozen: handed out for every repeat of the line. */
  frame: Readonly<LogFrame>;
  /** operationClass(frame.symbol) */
  tag: number;
}

/**
 * Slots of the frame table (fixed: bounded memory, no clearing). 2^13: a table of 2^14
 * pointers is past V8's regular object size and lands in the large-object space, which
 * made each new table cost ~3 ms — a cache is made per command, so output with many
 * short commands (many prompts) spent nearly all its time there.
 */
const TABLE_BITS = 13;
/** Slots tried per line before giving up and parsing it. */
const PROBES = 4;

/** True for a character that ends a frame's address (blank, CR, or the end of the line). */
function endsAddress(text: string, p: number, n: number): boolean {
  if (p >= n) return p === n;
  const c = text.charCodeAt(p);
  return c === 32 || c === 9 || c === 13;
}

/**
 * readFrame through a table of the distinct frame lines seen: a repeated line is found
 * by a hash of a few of its characters (the low digits of the address, the end of the
 * symbol, the length) and confirmed by one native string compare of the whole line;
 * anything else goes through readFrame. The result is always readFrame's: a cached
 * entry is used only for a line equal to the one it was made from, and readFrame's
 * result depends only on that part of the line.
 */
export class FrameCache {
  private readonly mask = (1 << TABLE_BITS) - 1;
  /** Made on the first frame line: a cache is made per command, and most commands have none. */
  private table: (CachedFrame | null)[] | null = null;
  /** operationClass of the symbol of the last frame returned by read(). */
  tag = 0;

  /**
   * readFrame(text, from, n), frozen. Equal lines give the same object: a full log has
   * ~500k frame lines but a few thousand distinct ones, and a frame is a value.
   */
  read(text: string, from: number, n: number): Readonly<LogFrame> | null {
    if (n <= from) return null;
    let start = from;
    let c = text.charCodeAt(from);
    if (c === 32 || c === 9 || c === 35 || (c === 48 && n - from > 1 && (text.charCodeAt(from + 1) | 32) === 120)) {
      start = addressStart(text, from, n);
      if (start >= n) return null;
      c = text.charCodeAt(start);
    }
    if (!isHexOrTick(c)) return null; // not an address: no lookup
    let end = n;
    let last = text.charCodeAt(n - 1);
    while (end > start && (last === 32 || last === 9 || last === 13)) last = text.charCodeAt(--end - 1);
    const length = end - start;
    // hash: the last 4 characters of a 16-, 8- or 8`8-digit address, the last of the line, the length
    const len = endsAddress(text, start + 16, n) ? 16 : endsAddress(text, start + 8, n) ? 8 : endsAddress(text, start + 17, n) ? 17 : 4;
    let h = Math.imul(length ^ (last << 8), 0x01000193);
    if (start + len <= end) {
      const p = start + len;
      h = Math.imul(h ^ text.charCodeAt(p - 1), 0x01000193);
      h = Math.imul(h ^ text.charCodeAt(p - 2), 0x01000193);
      h = Math.imul(h ^ text.charCodeAt(p - 3), 0x01000193);
      h = Math.imul(h ^ text.charCodeAt(p - 4), 0x01000193);
    }
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const slot = h & this.mask;
    const table = (this.table ??= new Array<CachedFrame | null>(this.mask + 1).fill(null));
    let line: string | null = null;
    let free = -1;
    for (let q = 0; q < PROBES; q++) {
      const at = (slot + q) & this.mask;
      const e = table[at]!;
      if (e === null) {
        free = at;
        break;
      }
      if (e.key.length !== length) continue;
      if (line === null) line = text.slice(start, end);
      if (line === e.key) {
        this.tag = e.tag;
        return e.frame;
      }
    }
    const f = readFrame(text, from, n);
    if (f === null) return null;
    const address = detachString(f.address);
    const symbol = f.symbol === null ? null : detachString(f.symbol);
    this.tag = operationClass(symbol);
    const frame = Object.freeze({ address, symbol });
    table[free === -1 ? slot : free] = { key: detachString(line ?? text.slice(start, end)), frame, tag: this.tag };
    return frame;
  }
}
