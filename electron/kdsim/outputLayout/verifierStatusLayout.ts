// !verifier [flags [image]] text in the two layouts the seeds show: Windows 8 and later
// ("Verify Flags Level", STANDARD/ADDITIONAL FLAGS checklist, "MODULE:" sections with
// ( NonPagedPool / PagedPool ) pairs) and Windows 7 ("Verify Level 8 ... enabled options
// are:", an Entry/State/NonPagedPool/PagedPool/Module table, PoolAddress/SizeInBytes rows).
import { formatPointer, hexDigits, parseHex, type Arch } from '../addressFormat';
import type { OsLayout } from '../kdState';
import type { VerifiedDriver, VerifierState } from '../scenarioSchema';
import type { SymbolResolver } from '../symbolResolver';
import { ADDITIONAL_FLAGS, STANDARD_FLAGS, WIN7_OPTION_NAMES } from './verifierFlagNames';

export interface VerifierStatusRequest {
  arch: Arch;
  layout: OsLayout;
  /** The !verifier flags argument (bit 1 = list outstanding allocations). */
  flags: number;
  /** Only this driver (image name, case-insensitive); null = all verified drivers. */
  image: string | null;
  resolver: SymbolResolver;
}

const EMPTY_STATS: VerifierState['stats'] = {
  raiseIrqls: '0',
  acquireSpinLocks: '0',
  synchExecutions: '0',
  trims: '0',
  poolAllocationsAttempted: '0',
  poolAllocationsSucceeded: '0',
  poolAllocationsSucceededSpecialPool: '0',
  poolAllocationsWithNoTag: '0',
  poolAllocationsFailed: '0',
  resourceAllocationsFailedDeliberately: '0',
  currentPagedAllocations: '0',
  currentPagedBytes: '0',
  peakPagedAllocations: '0',
  peakPagedBytes: '0',
  currentNonPagedAllocations: '0',
  currentNonPagedBytes: '0',
  peakNonPagedAllocations: '0',
  peakNonPagedBytes: '0',
};

const h = (text: string): string => parseHex(text).toString(16);
const h8 = (text: string): string => hexDigits(parseHex(text), 8);
const H8 = (text: string): string => h8(text).toUpperCase();

function selectedDrivers(state: VerifierState | undefined, image: string | null): VerifiedDriver[] {
  const drivers = state?.drivers ?? [];
  if (!image) return drivers;
  return drivers.filter((d) => d.name.toLowerCase() === image.toLowerCase());
}

function statsLines(stats: VerifierState['stats'], indent: string, withResourceLine: boolean): string[] {
  const row = (label: string, value: string): string => `${indent}${label.padEnd(39)}0x${h(value)}`;
  const poolRow = (label: string, count: string, bytes: string): string =>
    `${indent}${label.padEnd(39)}0x${h(count)} for ${H8(bytes)} bytes`;
  const short = (label: string, value: string): string =>
    withResourceLine ? row(label, value) : `${indent}${label.padEnd(21)}0x${h(value)}`;
  const lines = [
    short('RaiseIrqls', stats.raiseIrqls),
    short('AcquireSpinLocks', stats.acquireSpinLocks),
    short('Synch Executions', stats.synchExecutions),
    short('Trims', stats.trims),
    '',
    row('Pool Allocations Attempted', stats.poolAllocationsAttempted),
    row('Pool Allocations Succeeded', stats.poolAllocationsSucceeded),
    row('Pool Allocations Succeeded SpecialPool', stats.poolAllocationsSucceededSpecialPool),
    row('Pool Allocations With NO TAG', stats.poolAllocationsWithNoTag),
    row('Pool Allocations Failed', stats.poolAllocationsFailed),
  ];
  if (withResourceLine) {
    lines.push(`${indent}Resource Allocations Failed Deliberately   0x${h(stats.resourceAllocationsFailedDeliberately)}`);
  }
  lines.push(
    '',
    poolRow('Current paged pool allocations', stats.currentPagedAllocations, stats.currentPagedBytes),
    poolRow('Peak paged pool allocations', stats.peakPagedAllocations, stats.peakPagedBytes),
    poolRow('Current nonpaged pool allocations', stats.currentNonPagedAllocations, stats.currentNonPagedBytes),
    poolRow('Peak nonpaged pool allocations', stats.peakNonPagedAllocations, stats.peakNonPagedBytes),
  );
  return lines;
}

function modernLayout(state: VerifierState | undefined, req: VerifierStatusRequest): string[] {
  const flags = state ? Number(parseHex(state.flags)) : 0;
  const lines = ['', `Verify Flags Level 0x${hexDigits(flags, 8)}`, '', '  STANDARD FLAGS:'];
  const mark = (bit: number): string => (bit === 0 || (flags & bit) !== 0 ? 'X' : ' ');
  for (const [bit, name] of STANDARD_FLAGS) lines.push(`    [${mark(bit)}] (0x${hexDigits(bit, 8)}) ${name}`);
  lines.push('', '  ADDITIONAL FLAGS:');
  for (const [bit, name] of ADDITIONAL_FLAGS) lines.push(`    [${(flags & bit) !== 0 ? 'X' : ' '}] (0x${hexDigits(bit, 8)}) ${name}`);
  lines.push('', '    [X] Indicates flag is enabled', '', '', 'Summary of All Verifier Statistics', '');
  lines.push(...statsLines(state?.stats ?? EMPTY_STATS, '  ', false));
  lines.push('', 'Driver Verification List', '------------------------', '');
  const ptrWidth = req.arch === 'x64' ? 18 : 10;
  for (const driver of selectedDrivers(state, req.image)) {
    const entry = `0x${formatPointer(req.arch, parseHex(driver.entry))}`;
    lines.push(
      req.layout === 'win10'
        ? `nt!_VF_TARGET_DRIVER ${entry}: ${driver.name} (${driver.state})`
        : `  MODULE: ${entry} ${driver.name} (${driver.state})`,
      '',
      '    Pool Allocation Statistics: ( NonPagedPool / PagedPool )',
      '',
      `      Current Pool Allocations: ( 0x${H8(driver.current.nonPagedAllocations)} / 0x${H8(driver.current.pagedAllocations)} )`,
      `      Current Pool Bytes:       ( 0x${H8(driver.current.nonPagedBytes)} / 0x${H8(driver.current.pagedBytes)} )`,
      `      Peak Pool Allocations:    ( 0x${H8(driver.peak.nonPagedAllocations)} / 0x${H8(driver.peak.pagedAllocations)} )`,
      `      Peak Pool Bytes:          ( 0x${H8(driver.peak.nonPagedBytes)} / 0x${H8(driver.peak.pagedBytes)} )`,
      `      Contiguous Memory Bytes:       0x${H8(driver.contiguousBytes)}`,
      `      Peak Contiguous Memory Bytes:  0x${H8(driver.peakContiguousBytes)}`,
      '',
    );
    if ((req.flags & 0x2) === 0) continue;
    lines.push('    Pool Allocations:', '');
    lines.push(
      `      ${'Address'.padEnd(ptrWidth)}  Length      Tag   ${'Caller'.padEnd(ptrWidth)}`,
      `      ${'-'.repeat(ptrWidth)}  ----------  ----  ${'-'.repeat(ptrWidth)}`,
    );
    for (const a of driver.allocations) {
      const caller = parseHex(a.caller);
      const resolved = req.resolver.resolve(caller);
      const symbol = resolved?.symbol ? `  ${resolved.module.name}!${resolved.symbol.name}` : '';
      lines.push(
        `      0x${formatPointer(req.arch, parseHex(a.address))}  0x${h8(a.size)}  ${a.tag.padEnd(4)}  0x${formatPointer(req.arch, caller)}${symbol}`,
      );
    }
    lines.push('');
  }
  return lines;
}

function win7Layout(state: VerifierState | undefined, req: VerifierStatusRequest): string[] {
  const flags = state ? Number(parseHex(state.flags)) : 0;
  const lines = ['', `Verify Level ${flags.toString(16)} ... enabled options are:`];
  for (const [bit, name] of WIN7_OPTION_NAMES) if ((flags & bit) !== 0) lines.push(`      ${name}`);
  lines.push('', 'Summary of All Verifier Statistics', '');
  lines.push(...statsLines(state?.stats ?? EMPTY_STATS, '', true));
  lines.push('', 'Driver Verification List', '');
  const ptr = (text: string): string => formatPointer(req.arch, parseHex(text));
  const entryWidth = req.arch === 'x64' ? 16 : 8;
  lines.push('Entry     State           NonPagedPool   PagedPool   Module', '');
  for (const driver of selectedDrivers(state, req.image)) {
    lines.push(
      `${ptr(driver.entry).padEnd(entryWidth)} ${driver.state.padEnd(16)} ${h8(driver.current.nonPagedBytes)}       ${h8(driver.current.pagedBytes)}    ${driver.name}`,
      '',
    );
    if ((req.flags & 0x2) === 0) continue;
    lines.push(
      `Current Pool Allocations  ${h8(driver.current.nonPagedAllocations)}    ${h8(driver.current.pagedAllocations)}`,
      `Current Pool Bytes        ${h8(driver.current.nonPagedBytes)}    ${h8(driver.current.pagedBytes)}`,
      `Peak Pool Allocations     ${h8(driver.peak.nonPagedAllocations)}    ${h8(driver.peak.pagedAllocations)}`,
      `Peak Pool Bytes           ${h8(driver.peak.nonPagedBytes)}    ${h8(driver.peak.pagedBytes)}`,
      '',
      'PoolAddress  SizeInBytes    Tag       CallersAddress',
    );
    for (const a of driver.allocations) {
      lines.push(`${ptr(a.address)}     0x${h8(a.size)}     ${a.tag.padEnd(4)}      ${ptr(a.caller)}`);
    }
    lines.push('');
  }
  return lines;
}

export function formatVerifierStatus(state: VerifierState | undefined, req: VerifierStatusRequest): string {
  const lines = req.layout === 'win7' ? win7Layout(state, req) : modernLayout(state, req);
  return lines.join('\n') + '\n';
}
