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

function tagFrom(rest: string): { tag: string | null; marked: boolean } {
  let r = rest.replace(/^\s+/, '');
  let marked = false;
  if (r.startsWith('*')) {
    marked = true;
    r = r.slice(1);
  }
  const tag = r.slice(0, 4).trimEnd();
  return { tag: tag.length > 0 ? tag : null, marked };
}

export function parsePoolHeaderLine(line: string): PoolHeaderLine | null {
  if (line.length > 4096) return null;
  const m = HEADER.exec(line);
  if (m) {
    const t = tagFrom(m[6] as string);
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
  if (l) {
    return {
      address: normalizeAddress(l[2]),
      size: parseHexNumber(l[4]),
      previousSize: null,
      state: 'allocated',
      tag: (l[3] as string).trimEnd() || null,
      marked: l[1] === '*',
    };
  }
  return null;
}
