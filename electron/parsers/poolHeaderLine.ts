// One pool header line as printed by !pool and (older) !poolfind:
//   *e1001050 size:   10 previous size:   10  (Allocated) *ObDi
//    82721c00 size:   10 previous size:   30  (Free)      SeSd
// and the large-allocation form:
//   *fffffa8005400000 : large page allocation, tag is Leak, size is 0xfb000 bytes
import { normalizeAddress, parseHexNumber } from './hexAddress';
import type { PoolBlock } from './resultTypes';

/** A block as its header line shows it: everything but the owner (printed on other lines). */
export type PoolHeaderLine = Omit<PoolBlock, 'owner'>;

const HEADER = /^\s*(?:(\*)\s*)?([0-9a-fA-F`]{8,17})\s+size:\s*([0-9a-fA-F]{1,16})\s+previous size:\s*([0-9a-fA-F]{1,16})\s+\(([^)]{1,40})\)\s?(.*)$/;
const LARGE = /^\s*(?:(\*)\s*)?([0-9a-fA-F`]{8,17})\s*:\s*large page allocation,\s*tag\s+is\s+(.{1,4}?)\s*,\s*size\s+is\s+(?:0x)?([0-9a-fA-F]{1,16})\s+bytes/i;

/** A tag field: its first four characters without trailing spaces; null when blank. */
export function poolTagText(text: string): string | null {
  const tag = text.slice(0, 4).trimEnd();
  return tag.length > 0 ? tag : null;
}

/** The text after "(Allocated)" / "(NonPaged)": spaces, a '*' when it is the block asked about, the tag. */
export function markedPoolTag(rest: string): { tag: string | null; marked: boolean } {
  const r = rest.replace(/^\s+/, '');
  const marked = r.startsWith('*');
  return { tag: poolTagText(marked ? r.slice(1) : r), marked };
}

/** A one-line allocated block without a previous size (a large-page or special-pool allocation). */
export function allocatedBlockLine(marker: string | undefined, address: string | undefined, size: string | undefined, tag: string | null): PoolHeaderLine {
  return { address: normalizeAddress(address), size: parseHexNumber(size), previousSize: null, state: 'allocated', tag, marked: marker === '*' };
}

export function parsePoolHeaderLine(line: string): PoolHeaderLine | null {
  if (line.length > 4096) return null;
  const m = HEADER.exec(line);
  if (m) {
    const t = markedPoolTag(m[6] as string);
    return {
      address: normalizeAddress(m[2]),
      size: parseHexNumber(m[3]),
      previousSize: parseHexNumber(m[4]),
      state: (m[5] as string).trim().toLowerCase(),
      tag: t.tag,
      marked: m[1] === '*' || t.marked,
    };
  }
  const l = LARGE.exec(line);
  if (l) return allocatedBlockLine(l[1], l[2], l[4], (l[3] as string).trimEnd() || null);
  return null;
}
