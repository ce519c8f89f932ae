// !pool Address [Flags]: the pool headers of the page holding Address; the block holding
// Address is marked with "*" and followed by its owner ("Owning component : …" or
// "Pooltag Xxxx : description, Binary : drv.sys").
// Special pool prints one line per allocation instead of the header walk:
//   *82940ff8 size: 8 non-paged special pool, Tag is xxxx                 (XP … Win10 kdexts)
//   *ffffb98851f06000 size:  4f0 data: ffffb98851f06b10 (NonPaged) *Scbf   (newer kdexts)
// The block's address is the allocation's data address (what the driver was given, what
// the verifier log is keyed by); the newer form prints the page/header address first.
import { isHexToken, normalizeAddress, parseHexNumber } from './hexAddress';
import { isOverlong } from './lineSplitter';
import { parseCommandsOfKind } from './commandsOfKind';
import { allocatedBlockLine, markedPoolTag, parsePoolHeaderLine, poolTagText } from './poolHeaderLine';
import type { MultiResult, PoolBlock, PoolResult } from './resultTypes';
import { WarningList } from './warningList';

const REGION = /^\s*Pool page\s+([0-9a-fA-F`]{1,17})\s+region is\s+(.{1,80}?)\s*$/;
const SPECIAL = /^\s*(?:(\*)\s*)?([0-9a-fA-F`]{8,17})\s+size:\s*([0-9a-fA-F]{1,16})\s+(?:([A-Za-z-]{1,16})\s*)?special pool,\s*tag\s+is\s?(.{0,4})/i;
const SPECIAL_DATA = /^\s*(?:(\*)\s*)?([0-9a-fA-F`]{8,17})\s+size:\s*([0-9a-fA-F]{1,16})\s+data:\s*([0-9a-fA-F`]{8,17})\s+\(([^)]{1,40})\)\s?(.*)$/i;
const OWNER = /^\s*(?:Owning component\s*:(.+)|Pooltag\s+.{1,4}\s*:(.+))$/;

/** One special-pool allocation line (either form), or null. */
function parseSpecialPoolLine(line: string): PoolBlock | null {
  const m = SPECIAL.exec(line);
  if (m) return { ...allocatedBlockLine(m[1], m[2], m[3], poolTagText(m[5] as string)), owner: null };
  const d = SPECIAL_DATA.exec(line);
  if (d) {
    const t = markedPoolTag(d[6] as string);
    return {
      address: normalizeAddress(d[4]) ?? normalizeAddress(d[2]),
      size: parseHexNumber(d[3]),
      previousSize: null,
      state: /free/i.test(d[5] as string) ? 'free' : 'allocated',
      tag: t.tag,
      marked: d[1] === '*' || t.marked,
      owner: null,
    };
  }
  return null;
}

function ownerFrom(text: string): string {
  const bin = /Binary\s*:\s*(\S+)/i.exec(text);
  return (bin ? (bin[1] as string) : text).trim();
}

export function parsePoolOutput(lines: string[], command: string | null = null): PoolResult {
  const warnings = new WarningList();
  const blocks: PoolBlock[] = [];
  let region: string | null = null;
  let pageAddress: string | null = null;
  let last: PoolBlock | null = null;
  const special: PoolBlock[] = [];
  for (const line of lines) {
    if (isOverlong(line) || line.trim().length === 0) continue;
    const r = REGION.exec(line);
    if (r) {
      pageAddress = normalizeAddress(r[1]);
      region = r[2] as string;
      continue;
    }
    const h = parsePoolHeaderLine(line);
    if (h) {
      last = { ...h, owner: null };
      blocks.push(last);
      continue;
    }
    const sp = parseSpecialPoolLine(line);
    if (sp) {
      last = sp;
      blocks.push(sp);
      special.push(sp);
      continue;
    }
    const o = OWNER.exec(line);
    if (o && last) {
      last.owner = ownerFrom((o[1] ?? o[2] ?? '') as string);
      continue;
    }
    if (/^\s*\.{3,}\s*$/.test(line)) warnings.add('the block list was elided with "..." in the source');
  }
  let address: string | null = null;
  const arg = command === null ? '' : (command.replace(/^!pool\s*/i, '').trim().split(/\s+/)[0] ?? '');
  if (arg.length > 0 && isHexToken(arg)) address = normalizeAddress(arg);
  if (address === null) address = blocks.find((b) => b.marked)?.address ?? pageAddress;
  if (blocks.length === 0) warnings.add('no pool headers found (bad address, or pool corruption?)');
  else if (!blocks.some((b) => b.marked)) warnings.add('no block is marked with "*" as holding the address');
  for (const b of special) {
    // One special-pool allocation fits in a page; XP's kdexts printed size - 8 (0 - 4 → fffffffc).
    if (b.size !== null && b.size >= 0x1000) warnings.add(`special pool block ${b.address ?? '?'} has an impossible size 0x${b.size.toString(16)} (misread by the debugger extension)`);
  }
  if (lines.some((l) => /corrupt|bad (previous|allocation size)/i.test(l) && !isOverlong(l))) {
    warnings.add('the output reports pool corruption: run !poolval on the page');
  }
  return { command, address, region, blocks, warnings: warnings.toArray() };
}

export function parsePool(text: string): PoolResult | MultiResult<PoolResult> {
  return parseCommandsOfKind(text, 'pool', parsePoolOutput);
}
