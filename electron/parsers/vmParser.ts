// !vm [Flags]: virtual memory usage; the pool figures are what the playbooks need.
//       NonPagedPool Usage:    877   (    3508 Kb)
//       NonPagedPool Max:     6252   (   25008 Kb)
//       PagedPool Usage:      1597   (    6388 Kb)
//       PagedPool Maximum:   13312   (   53248 Kb)
// Spacing is not relied on: a figure wider than its column touches the colon
// ("PagedPool Maximum:4294967296 (17179869184 Kb)", kdsim's Windows 10 layout); newer kdexts
// print per-pool lines as "PagedPool  0:" and labels such as "Misc/Transient Commit:".
// The bracketed size is Kb in every sample seen; KB/Mb/Gb/bytes are converted to Kb too.
import { counterKey } from './counterKey';
import { normalizeAddress, parseHexNumber } from './hexAddress';
import { isOverlong } from './lineSplitter';
import { unescapeMarkdown } from './markdownEscape';
import { parseCommandsOfKind } from './commandsOfKind';
import type { MultiResult, VmResult } from './resultTypes';
import { WarningList } from './warningList';

/** Windows 10+ region table: "NonPagedPool          : ffffa08000000000     100000000000" (hex base and size in bytes). */
const REGION = /^\s*([A-Za-z][A-Za-z0-9]{1,40})\s*:\s*([0-9a-fA-F`]{1,17})\s+([0-9a-fA-F`]{1,17})\s*$/;
const REGION_HEADER = /^\s*System Region\s+Base Address\s+NumberOfBytes\s*$/i;
const COUNTER = /^\s*([A-Za-z][A-Za-z0-9 /_-]{0,60}?)\s*:\s*(\d{1,20})\s*\(\s*(\d{1,20}(?:\.\d{1,6})?)\s*(?:(Kb|KB|kb|K|k|Mb|MB|M|Gb|GB|G|bytes|Bytes|B|b)\s*)?\)/;

/** The bracketed figure in Kb (no unit: Kb). */
function toKb(value: string, unit: string | undefined): number {
  const n = Number(value);
  switch ((unit ?? 'kb').toLowerCase()) {
    case 'mb':
    case 'm':
      return Math.round(n * 1024);
    case 'gb':
    case 'g':
      return Math.round(n * 1024 * 1024);
    case 'bytes':
    case 'b':
      return Math.round(n / 1024);
    default:
      return Math.round(n);
  }
}

/** Where a pool's usage comes from when its "Usage" line is not printed, and what to say then. */
interface UsageFallback {
  /** Counter keys of the per-pool lines ("PagedPool  0:", "PagedPool 0 Usage:"), summed. */
  perPool: RegExp;
  summed: string;
  /** Counter key of the pool's Commit line, taken when there are no per-pool lines. */
  commit: string;
  tookCommit: string;
}

// Windows 10/11 per-pool layout: "NonPagedPool    0:", "NonPagedPoolNx  0:", … without the Usage lines.
const NONPAGED_USAGE_FALLBACK: UsageFallback = {
  perPool: /^nonPagedPool(?:Nx)?\d+(?:Usage)?$/,
  summed: 'NonPagedPool Usage not printed: summed the per-pool "NonPagedPool N" / "NonPagedPoolNx N" lines',
  commit: 'nonPagedPoolCommit',
  tookCommit: 'NonPagedPool Usage not printed: took "NonPagedPool Commit" (committed pages, a little above usage)',
};

// "PagedPool 0 Usage:" (older kdexts) or "PagedPool  0:" (newer).
const PAGED_USAGE_FALLBACK: UsageFallback = {
  perPool: /^pagedPool\d+(?:Usage)?$/,
  summed: 'PagedPool Usage not printed: summed the per-pool "PagedPool N" lines',
  commit: 'pagedPoolCommit',
  tookCommit: 'PagedPool Usage not printed: took "PagedPool Commit"',
};

function usageFromOtherLinesKb(counters: VmResult['counters'], fallback: UsageFallback, warnings: WarningList): number | null {
  const parts = Object.keys(counters).filter((k) => fallback.perPool.test(k));
  if (parts.length > 0) {
    warnings.add(fallback.summed);
    return parts.reduce((s, k) => s + (counters[k]?.kb ?? 0), 0);
  }
  const commitKb = counters[fallback.commit]?.kb ?? null;
  if (commitKb !== null) warnings.add(fallback.tookCommit);
  return commitKb;
}

/**
 * A pool's maximum as printed, else the size of its virtual region (what "NonPagedPool Max" /
 * "PagedPool Maximum" print) in Kb.
 */
function maxOrRegionKb(printedKb: number | null, region: string, label: string, regions: VmResult['regions'], warnings: WarningList): number | null {
  if (printedKb !== null) return printedKb;
  const bytes = regions[region]?.bytes;
  if (bytes === undefined) return null;
  warnings.add(`${label} not printed: took the size of the ${region} region`);
  return Math.round(bytes / 1024);
}

export function parseVmOutput(lines: string[], command: string | null = null): VmResult {
  const warnings = new WarningList();
  const counters: VmResult['counters'] = {};
  const alerts: string[] = [];
  const regions: VmResult['regions'] = {};
  let inRegions = false;
  for (const line of lines) {
    if (isOverlong(line) || line.trim().length === 0) continue;
    if (REGION_HEADER.test(line)) {
      inRegions = true;
      continue;
    }
    const r = inRegions ? REGION.exec(line) : null;
    if (r) {
      const bytes = parseHexNumber(r[3] as string);
      const base = normalizeAddress(r[2] as string);
      if (bytes !== null && base !== null) regions[r[1] as string] = { base, bytes };
      continue;
    }
    const m = COUNTER.exec(line);
    if (m) {
      const key = counterKey((m[1] as string).trim());
      if (!(key in counters)) counters[key] = { pages: Number(m[2]), kb: toKb(m[3] as string, m[4]) };
      continue;
    }
    // "***** Excessive NonPaged Pool Usage *****", also with markdown-escaped stars ("\\*\\*\\* …") from a blog converter
    const bare = unescapeMarkdown(line);
    if (/\*{3}\s*[A-Za-z0-9]/.test(bare) && !/Virtual Memory Usage/i.test(bare)) alerts.push(bare.replace(/\*+/g, ' ').trim());
  }
  const kb = (k: string): number | null => counters[k]?.kb ?? null;
  // Windows 8+ splits nonpaged pool into executable and NX parts; both are nonpaged
  // memory, and on Windows 10 the NX part holds nearly all of it.
  const nonPagedExecKb = kb('nonPagedPoolUsage');
  const nonPagedNxKb = kb('nonPagedPoolNxUsage');
  const nonPagedUsageKb =
    nonPagedExecKb === null && nonPagedNxKb === null
      ? usageFromOtherLinesKb(counters, NONPAGED_USAGE_FALLBACK, warnings)
      : (nonPagedExecKb ?? 0) + (nonPagedNxKb ?? 0);
  const nonPagedMaxKb = maxOrRegionKb(kb('nonPagedPoolMax') ?? kb('nonPagedPoolMaximum'), 'NonPagedPool', 'NonPagedPool Max', regions, warnings);
  const pagedMaxKb = maxOrRegionKb(kb('pagedPoolMaximum') ?? kb('pagedPoolMax'), 'PagedPool', 'PagedPool Maximum', regions, warnings);
  const pagedUsageKb = kb('pagedPoolUsage') ?? usageFromOtherLinesKb(counters, PAGED_USAGE_FALLBACK, warnings);
  if (Object.keys(counters).length === 0 && Object.keys(regions).length === 0) warnings.add('no "Name: pages ( kb Kb)" lines found');
  else if (nonPagedUsageKb === null || pagedUsageKb === null) warnings.add('pool usage lines not found');
  for (const a of alerts) warnings.add(`alert printed by !vm: ${a}`);
  return { command, nonPagedUsageKb, nonPagedMaxKb, pagedUsageKb, pagedMaxKb, counters, alerts, regions, warnings: warnings.toArray() };
}

export function parseVm(text: string): VmResult | MultiResult<VmResult> {
  return parseCommandsOfKind(text, 'vm', parseVmOutput);
}
