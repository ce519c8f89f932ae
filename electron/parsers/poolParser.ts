// !pool Address [Flags]: the pool headers of the page holding Address; the block holding
// Address is marked with "*" and followed by its owner ("Owning component : …" or
// "Pooltag Xxxx : description, Binary : drv.sys").
import { isHexToken, normalizeAddress } from './hexAddress';
import { isOverlong } from './lineSplitter';
import { parseCommandsOfKind } from './multiCommandRunner';
import { parsePoolHeaderLine } from './poolHeaderLine';
import type { MultiResult, PoolBlock, PoolResult } from './resultTypes';
import { WarningList } from './warningList';

const REGION = /^\s*Pool page\s+([0-9a-fA-F`]{1,17})\s+region is\s+(.{1,80}?)\s*$/;
const OWNER = /^\s*(?:Owning component\s*:\s*(.+)|Pooltag\s+.{1,4}\s*:\s*(.+))$/;

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
  if (lines.some((l) => /corrupt|bad (previous|allocation size)/i.test(l) && !isOverlong(l))) {
    warnings.add('the output reports pool corruption: run !poolval on the page');
  }
  return { command, address, region, blocks, warnings: warnings.toArray() };
}

export function parsePool(text: string): PoolResult | MultiResult<PoolResult> {
  return parseCommandsOfKind(text, 'pool', parsePoolOutput);
}
