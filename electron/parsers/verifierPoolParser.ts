// !verifier 3 [driver] / !verifier [flags]: verify flags, global statistics, verified drivers
// with their pool counters and outstanding allocations. Three driver layouts:
//   Windows 8+:  "MODULE: 0x84226b28 MyDriver.sys (Loaded)" + "( NonPagedPool / PagedPool )" pairs
//   Windows 8+:  "nt!_VF_TARGET_DRIVER 0xa013f2c8: Sample.sys (Loaded and Unloaded)"
//   Windows 7:   "Entry State NonPagedPool PagedPool Module" table + "Current Pool Allocations  0000000a 00000000"
// Allocation tables: "PoolAddress SizeInBytes Tag CallersAddress" (Win7) and
// "Address Length Tag Caller" with a trailing symbol (Win8+), x86 and x64.
import { counterKey } from './counterKey';
import { isHexToken, normalizeAddress, parseHexNumber } from './hexAddress';
import { isOverlong, tokens } from './lineSplitter';
import { parseCommandsOfKind } from './commandsOfKind';
import type { MultiResult, PoolCounters, VerifiedDriver, VerifierAllocation, Verifier3Result } from './resultTypes';
import { WarningList } from './warningList';

const FLAGS_WIN8 = /^\s*Verify Flags Level\s+(?:0x)?([0-9a-fA-F]{1,8})\b/;
const FLAGS_WIN7 = /^\s*Verify Level\s+(?:0x)?([0-9a-fA-F]{1,8})\s*\.\.\.\s*enabled options are:?/;
const FLAG_ITEM = /^\s*\[([Xx ])\]\s*\(0x[0-9a-fA-F]{1,8}\)\s*(\S.*)$/;
const MODULE_HEADER = /^\s*(?:MODULE:|nt!_VF_TARGET_DRIVER)\s+(0x[0-9a-fA-F`]{1,17}):?\s+(\S+)\s+\(([^)]{0,80})\)\s*$/;
const PAIR_LINE = /^\s*(Current|Peak) Pool (Allocations|Bytes):\s*\(\s*(?:0x)?([0-9a-fA-F]{1,16})\s*\/\s*(?:0x)?([0-9a-fA-F]{1,16})\s*\)/i;
const WIN7_COUNTER = /^\s*(Current|Peak) Pool (Allocations|Bytes)\s+([0-9a-fA-F]{1,16})\s+([0-9a-fA-F]{1,16})\s*$/i;
const WIN7_TABLE_HEADER = /^\s*Entry\s+State\s+NonPagedPool\s+PagedPool\s+Module\s*$/i;
/** The column header; a re-flowed paste can carry the "Pool Allocations:" label on the same line. */
const ALLOC_HEADER = /^\s*(?:Pool Allocations:\s*)?(?:PoolAddress\s+SizeInBytes\s+Tag\s+CallersAddress|Address\s+Length\s+Tag\s+Caller)\b/i;
/** The driver named on the command line: "!verifier 3 MyDriver.sys", "!verifier 0xb x.sys". */
const COMMAND_DRIVER = /^!verifier\s+(?:0x)?[0-9a-fA-F]{1,8}\s+([A-Za-z0-9_][A-Za-z0-9_.-]{0,63})\s*$/i;

/** The driver a fragment belongs to when its MODULE header was not pasted: the one on the command line. */
export function commandLineDriver(command: string | null): string | null {
  const m = command === null ? null : COMMAND_DRIVER.exec(command.trim());
  return m ? (m[1] as string) : null;
}

function emptyCounters(): PoolCounters {
  return { nonPagedAllocations: null, nonPagedBytes: null, pagedAllocations: null, pagedBytes: null };
}

function newDriver(name: string, state: string | null, entry: string | null): VerifiedDriver {
  return { name, state, entry, current: emptyCounters(), peak: emptyCounters(), allocations: [], allocationsTruncated: false };
}

function setPair(d: VerifiedDriver, which: string, what: string, nonPaged: string, paged: string): void {
  const c = which.toLowerCase() === 'current' ? d.current : d.peak;
  if (what.toLowerCase() === 'allocations') {
    c.nonPagedAllocations = parseHexNumber(nonPaged);
    c.pagedAllocations = parseHexNumber(paged);
  } else {
    c.nonPagedBytes = parseHexNumber(nonPaged);
    c.pagedBytes = parseHexNumber(paged);
  }
}

/** One allocation row of either layout; null when the line is not a row. */
export function parseAllocationRow(line: string): VerifierAllocation | null {
  const t = tokens(line);
  if (t.length < 4) return null;
  const addr = t[0] as string;
  const size = t[1] as string;
  if (!isHexToken(addr, 8) || !size.toLowerCase().startsWith('0x') || !isHexToken(size)) return null;
  let callerIdx = -1;
  for (let k = 3; k < t.length; k++) {
    if (isHexToken(t[k] as string, 8)) {
      callerIdx = k;
      break;
    }
  }
  if (callerIdx === -1) return null;
  const tag = t.slice(2, callerIdx).join(' ');
  if (tag.length === 0 || tag.length > 4) return null;
  const symbol = t.slice(callerIdx + 1).join(' ');
  return {
    address: normalizeAddress(addr),
    size: parseHexNumber(size),
    tag,
    caller: normalizeAddress(t[callerIdx] as string),
    callerSymbol: symbol.length > 0 ? symbol : null,
  };
}

function parseStatsLine(line: string, stats: Record<string, number>): boolean {
  const t = tokens(line);
  if (t.length < 2) return false;
  // "Current nonpaged pool allocations 0x3 for 00001058 bytes"
  const forIdx = t.indexOf('for');
  if (forIdx >= 2 && t[forIdx + 2] === 'bytes' && t.length === forIdx + 3) {
    const label = t.slice(0, forIdx - 1);
    const count = parseHexNumber(t[forIdx - 1] as string);
    const bytes = parseHexNumber(t[forIdx + 1] as string);
    if (count === null || bytes === null || !label.every((w) => /^[A-Za-z]+$/.test(w))) return false;
    const key = counterKey(label.join(' '));
    stats[key] = count;
    stats[key.replace(/Allocations$/, 'Bytes')] = bytes;
    return true;
  }
  const last = t[t.length - 1] as string;
  const label = t.slice(0, -1);
  if (!/^0x[0-9a-fA-F]{1,16}$/.test(last) || !label.every((w) => /^[A-Za-z]+$/.test(w))) return false;
  stats[counterKey(label.join(' '))] = parseHexNumber(last) as number;
  return true;
}

export function parseVerifierPoolOutput(lines: string[], command: string | null = null): Verifier3Result {
  const warnings = new WarningList();
  let flags: number | null = null;
  const enabledOptions: string[] = [];
  const stats: Record<string, number> = {};
  const drivers: VerifiedDriver[] = [];
  let current: VerifiedDriver | null = null;
  let inWin7Options = false;
  let inWin7DriverTable = false;
  let inAllocTable = false;
  let sawAllocHeader = false;
  /** Drivers read from a Windows 7 "Entry State NonPagedPool PagedPool Module" row. */
  const win7Rows = new Set<VerifiedDriver>();
  /** A driver made up for a fragment whose MODULE header is missing. */
  let fragmentDriver: VerifiedDriver | null = null;

  for (const raw of lines) {
    if (isOverlong(raw)) continue;
    const line = raw;
    if (line.trim().length === 0) continue;

    let m = FLAGS_WIN8.exec(line);
    if (m) {
      flags = parseHexNumber(m[1]);
      continue;
    }
    m = FLAGS_WIN7.exec(line);
    if (m) {
      flags = parseHexNumber(m[1]);
      inWin7Options = true;
      continue;
    }
    m = FLAG_ITEM.exec(line);
    if (m) {
      if ((m[1] as string).toUpperCase() === 'X') enabledOptions.push((m[2] as string).trim());
      continue;
    }
    if (/^\s*\[X\]\s+Indicates flag is enabled/i.test(line)) continue;
    if (/^\s*Summary of All Verifier Statistics/i.test(line)) {
      inWin7Options = false;
      continue;
    }
    if (/^\s*Driver Verification List/i.test(line) || /^\s*-{5,}\s*$/.test(line)) {
      inWin7Options = false;
      continue;
    }
    m = MODULE_HEADER.exec(line);
    if (m) {
      current = newDriver(m[2] as string, (m[3] as string).trim() || null, normalizeAddress(m[1]));
      drivers.push(current);
      inAllocTable = false;
      continue;
    }
    if (WIN7_TABLE_HEADER.test(line)) {
      inWin7DriverTable = true;
      inWin7Options = false;
      continue;
    }
    m = PAIR_LINE.exec(line);
    if (m && current) {
      setPair(current, m[1] as string, m[2] as string, m[3] as string, m[4] as string);
      continue;
    }
    m = WIN7_COUNTER.exec(line);
    if (m && current) {
      setPair(current, m[1] as string, m[2] as string, m[3] as string, m[4] as string);
      continue;
    }
    if (ALLOC_HEADER.test(line)) {
      inAllocTable = true;
      sawAllocHeader = true;
      continue;
    }
    if (/^\s*Pool Allocations:\s*$/i.test(line) || /^\s*-{4,}(\s+-{4,})+\s*$/.test(line)) continue;
    if (inAllocTable || drivers.length === 0) {
      // A fragment (a table without its MODULE header, a single row): the rows belong to the command line's driver.
      const row = parseAllocationRow(line);
      if (row && current === null) {
        current = newDriver(commandLineDriver(command) ?? '', null, null);
        drivers.push(current);
        fragmentDriver = current;
      }
      if (row && current) {
        current.allocations.push(row);
        continue;
      }
    }
    if (inAllocTable && current) {
      if (/^\s*\.{3,}\s*$/.test(line)) {
        current.allocationsTruncated = true;
        continue;
      }
    }
    if (inWin7DriverTable) {
      const t = tokens(line);
      if (t.length === 5 && isHexToken(t[0] as string, 8) && isHexToken(t[2] as string) && isHexToken(t[3] as string) && /\.\w{1,4}$|^[A-Za-z0-9_]+$/.test(t[4] as string)) {
        current = newDriver(t[4] as string, t[1] as string, normalizeAddress(t[0] as string));
        current.current.nonPagedBytes = parseHexNumber(t[2] as string);
        current.current.pagedBytes = parseHexNumber(t[3] as string);
        drivers.push(current);
        win7Rows.add(current);
        inAllocTable = false;
        continue;
      }
    }
    if (parseStatsLine(line, stats)) {
      inWin7Options = false;
      continue;
    }
    if (inWin7Options) {
      enabledOptions.push(line.trim());
      continue;
    }
  }

  const named = commandLineDriver(command);
  if (drivers.length === 0 && named !== null && (flags !== null || Object.keys(stats).length > 0)) {
    // "!verifier 3 x.sys" cut before its driver list: the driver is known from the command line only.
    drivers.push(newDriver(named, null, null));
    warnings.add(`${named}: the output ends before the driver list; the driver is taken from the command line`);
  }
  if (fragmentDriver !== null) {
    warnings.add(
      fragmentDriver.name === ''
        ? 'allocation rows without their MODULE header and no driver on the command line: driver name left empty'
        : `${fragmentDriver.name}: allocation rows without their MODULE header; the driver is taken from the command line`,
    );
  }
  if (flags === null) warnings.add('verify flags line not found');
  else if ((flags & 0x8) === 0 && !enabledOptions.some((o) => /pool (tracking|allocations checked on unload)/i.test(o))) {
    warnings.add('Pool Tracking (flag 0x8) is not enabled: no outstanding allocations are tracked');
  }
  if (drivers.length === 0) warnings.add('no verified driver found in the output');
  for (const d of drivers) {
    if (d.current.nonPagedAllocations === null && d.current.pagedAllocations === null) {
      // Windows 7 prints the "Current/Peak Pool Allocations/Bytes" lines under a driver row only with Pool Tracking;
      // the row itself holds the current bytes, and no other line gives the driver's counts.
      warnings.add(
        win7Rows.has(d)
          ? `${d.name}: allocation counts not printed (no "Current Pool Allocations" line under the driver row); current bytes are from the row, counts and peak left null`
          : `${d.name}: allocation counts not printed (no "Current Pool Allocations" line); left null`,
      );
    }
    if (d.allocations.length === 0) {
      warnings.add(
        sawAllocHeader
          ? `${d.name}: no outstanding allocations listed`
          : `${d.name}: no allocation table (Pool Tracking not enabled, or the output was cut)`,
      );
    }
    if (d.allocationsTruncated) warnings.add(`${d.name}: the allocation list was elided with "..." in the source`);
    const listed = d.allocations.length;
    const counted = (d.current.nonPagedAllocations ?? 0) + (d.current.pagedAllocations ?? 0);
    if (!d.allocationsTruncated && listed > 0 && d.current.nonPagedAllocations !== null && counted !== listed) {
      warnings.add(`${d.name}: ${listed} allocations listed but counters say ${counted}`);
    }
  }

  return { command, flags, enabledOptions, stats, drivers, warnings: warnings.toArray() };
}

export function parseVerifierPool(text: string): Verifier3Result | MultiResult<Verifier3Result> {
  return parseCommandsOfKind(text, 'verifier3', parseVerifierPoolOutput);
}
