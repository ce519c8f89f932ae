// !poolfind Tag [PoolType]: every pool block with a tag.
//   Scanning large pool allocation table for Tag: SeSd (827d1000 : 827e9000)
//   Searching NonPaged pool (823b1000 : 82800000) for Tag: SeSd
//   826fa130 size:   c0 previous size:   40  (Allocated) SeSd
//   ...terminating - searched pool to e1224000
// Newer debuggers: "ffffe000`ce6c6000 : tag Leak, size     0xfb000, Nonpaged pool"
// A hit keeps the pool its line names ("Nonpaged pool" also under the large pool table); `largePool` (extra) says
// whether it came from the large pool allocation table.
import { normalizeAddress, parseHexNumber } from './hexAddress';
import { isOverlong } from './lineSplitter';
import { parseCommandsOfKind } from './commandsOfKind';
import { parsePoolHeaderLine } from './poolHeaderLine';
import type { MultiResult, PoolFindHit, PoolFindResult } from './resultTypes';
import { WarningList } from './warningList';

const SEARCHING = /^\s*Searching\s+(.{1,40}?)\s+pool\b/i;
const SCANNING_LARGE = /^\s*Scanning large pool allocation table for (?:Tag|tag)\s*(?::\s*)?(?:0x[0-9a-fA-F]{1,8}\s+\((.{1,4})\)|(.{1,4}?))\s*\(/;
const NEW_HIT = /^\s*\*?([0-9a-fA-F`]{8,17})\s*:\s*tag\s+(.{1,4}?)\s*,\s*size\s+(?:0x)?([0-9a-fA-F]{1,16})\s*,\s*(.{0,80})$/i;

export function normalizePoolName(text: string | null): string | null {
  if (text === null) return null;
  const t = text.toLowerCase();
  if (t.includes('large')) return 'large';
  if (t.includes('session')) return 'session';
  if (t.includes('special')) return 'special';
  if (t.includes('nonpaged') || t.includes('non-paged') || t.startsWith('nonp')) return 'nonpaged';
  if (t.includes('paged')) return 'paged';
  return t.trim() || null;
}

/**
 * The tag on the command line: "!poolfind Leak 0" (classic) or "!poolfind -tag Leak -nonpaged"
 * (newer kdexts options); null when the line names none.
 */
function tagArgument(command: string): string | null {
  const args = command.replace(/^\s*!poolfind\s*/i, '').trim().split(/\s+/);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (/^-tag$/i.test(a)) return args[i + 1] ?? null;
    if (a.length > 0 && !a.startsWith('-')) return a;
  }
  return null;
}

export function parsePoolFindOutput(lines: string[], command: string | null = null): PoolFindResult {
  const warnings = new WarningList();
  const hits: PoolFindHit[] = [];
  let pool: string | null = null;
  let inLargeTable = false;
  let tag: string | null = null;
  let interrupted = false;
  let elided = false;
  if (command !== null) {
    const arg = tagArgument(command);
    if (arg !== null) tag = /^0x[0-9a-f]{1,8}$/i.test(arg) ? arg.toLowerCase() : arg;
  }
  for (const line of lines) {
    if (isOverlong(line) || line.trim().length === 0) continue;
    const sl = SCANNING_LARGE.exec(line);
    if (sl) {
      pool = 'large';
      inLargeTable = true;
      const t = (sl[1] ?? sl[2] ?? '').trimEnd();
      if (tag === null && t.length > 0) tag = t;
      continue;
    }
    const s = SEARCHING.exec(line);
    if (s) {
      pool = normalizePoolName(s[1] as string);
      inLargeTable = pool === 'large';
      const ft = /for Tag:\s*(.{1,4})\s*$/i.exec(line);
      if (tag === null && ft) tag = (ft[1] as string).trimEnd();
      continue;
    }
    const h = parsePoolHeaderLine(line);
    if (h) {
      hits.push({ address: h.address, size: h.size, state: h.state === 'free' ? 'free' : 'allocated', tag: h.tag, pool, largePool: inLargeTable });
      continue;
    }
    const n = NEW_HIT.exec(line);
    if (n) {
      const rest = n[4] as string;
      hits.push({
        address: normalizeAddress(n[1]),
        size: parseHexNumber(n[3]),
        state: /\bfree\b/i.test(rest) ? 'free' : 'allocated',
        tag: (n[2] as string).trimEnd(),
        pool: normalizePoolName(rest) ?? pool,
        largePool: inLargeTable,
      });
      continue;
    }
    if (/terminating/i.test(line)) interrupted = true;
    else if (/^\s*(?:\.{3}|\[snip\])/i.test(line)) elided = true;
  }
  if (elided) warnings.add('the hit list was elided ("..." or "[snip]") in the source');
  if (interrupted) warnings.add('the search was interrupted before it covered all pools ("...terminating")');
  if (hits.length === 0) warnings.add('no blocks with the tag were found');
  return { command, tag, hits, interrupted, warnings: warnings.toArray() };
}

export function parsePoolFind(text: string): PoolFindResult | MultiResult<PoolFindResult> {
  return parseCommandsOfKind(text, 'poolfind', parsePoolFindOutput);
}
