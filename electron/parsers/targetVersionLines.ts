// What `vertarget` (and the banner kd prints on opening a target) says about the target beyond the version line:
//   Windows 10 Kernel Version 17763 MP (4 procs) Free x64       -> build, processors, build type, architecture
//   Product: WinNt, suite: TerminalServer SingleUserTS           -> product, suite
//   Machine Name: ""                                             -> machine name (null when empty)
//   Kernel base = 0xfffff802`53800000 PsLoadedModuleList = 0x…   -> PsLoadedModuleList (kernel base: bannerParser)
//   Debug session time: Tue Dec 18 10:39:02.334 2018 (UTC + 8:00) -> as printed
//   System Uptime: 3 days 23:43:07.653                           -> as printed, and in seconds
import { normalizeAddress } from './hexAddress';
import type { KernelVersionParts, TargetFacts } from './resultTypes';

export function emptyTargetFacts(): TargetFacts {
  return { product: null, suite: null, machineName: null, psLoadedModuleList: null, debugSessionTime: null, systemUptime: null, systemUptimeSeconds: null, processUptime: null };
}

const AFTER_BUILD = /\bVersion\s+(\d{1,6})\b(.{0,120})$/;
const SERVICE_PACK = /^\s*\(([^)]{1,40})\)/;
const MP_UP = /\b(MP|UP)\b/;
const PROCS = /\((\d{1,5}) procs?\)/;
const BUILD_TYPE = /\b(Free|Checked)\b/;
const ARCHITECTURES: readonly [RegExp, string][] = [
  [/^(?:x64|AMD64)\b/i, 'x64'],
  [/^x86\b/i, 'x86'],
  [/^(?:ARM 64-bit|ARM64|AArch64)/i, 'arm64'],
  [/^IA64\b/i, 'ia64'],
  [/^ARM\b/i, 'arm'],
];

/** The parts of a kernel version line ("Windows 7 Kernel Version 7601 (Service Pack 1) MP (2 procs) Free x64"); nulls where absent. */
export function kernelVersionParts(line: string | null): KernelVersionParts {
  const m = line === null ? null : AFTER_BUILD.exec(line);
  if (!m) return { kernelBuild: null, servicePack: null, multiprocessor: null, processorCount: null, buildType: null, architecture: null };
  const rest = m[2] as string;
  const mpUp = MP_UP.exec(rest)?.[1] ?? null;
  const procs = PROCS.exec(rest);
  const type = BUILD_TYPE.exec(rest);
  // After Free/Checked when printed ("Free x64"), else the last word ("Kernel Version 9600 x86").
  const archText = type ? rest.slice(type.index + type[0].length).trim() : (rest.trim().split(/\s+/).at(-1) ?? '');
  return {
    kernelBuild: Number(m[1]),
    servicePack: SERVICE_PACK.exec(rest)?.[1]?.trim() ?? null,
    multiprocessor: mpUp === null ? null : mpUp === 'MP',
    processorCount: procs ? Number(procs[1]) : mpUp === 'UP' ? 1 : null,
    buildType: (type?.[1] as 'Free' | 'Checked' | undefined) ?? null,
    architecture: ARCHITECTURES.find(([re]) => re.test(archText))?.[1] ?? null,
  };
}

const PRODUCT = /^\s*Product:\s*([A-Za-z]{1,20}),\s*suite:(.*)$/;
const PS_LOADED_MODULE_LIST = /PsLoadedModuleList\s*=\s*(0x[0-9a-fA-F`]{1,18})/;
const SYSTEM_UPTIME = /^\s*System Uptime:(.*)$/;
/** Lines whose text after the label is kept as printed. */
const AS_PRINTED: readonly [RegExp, 'machineName' | 'debugSessionTime' | 'processUptime'][] = [
  [/^\s*Machine Name:(.*)$/, 'machineName'],
  [/^\s*Debug session time:(.*)$/, 'debugSessionTime'],
  [/^\s*Process Uptime:(.*)$/, 'processUptime'],
];
/** "3 days 23:43:07.653", "0 days 0:04:53". */
const UPTIME = /^(\d{1,6}) days? (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

/** "0 days 0:00:54.755" -> 54.755; null for "not available" or another shape. */
export function uptimeSeconds(text: string): number | null {
  const m = UPTIME.exec(text);
  if (!m) return null;
  const [days, hours, minutes, seconds] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  return Math.round((((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000 + Number((m[5] ?? '0').padEnd(3, '0'))) / 1000;
}

/** Text after a label, or null when nothing (or only an empty quoted string, `Machine Name: ""`) follows it. */
function printedValue(text: string): string | null {
  const value = text.trim();
  return value === '' || value === '""' ? null : value;
}

/** Reads one of the lines above into `facts` (first occurrence wins); true when the line was one of them. */
export function readTargetLine(line: string, facts: TargetFacts): boolean {
  const product = PRODUCT.exec(line);
  if (product) {
    facts.product ??= product[1] as string;
    facts.suite ??= printedValue(product[2] as string);
    return true;
  }
  const uptime = SYSTEM_UPTIME.exec(line);
  if (uptime) {
    if (facts.systemUptime === null) {
      facts.systemUptime = printedValue(uptime[1] as string);
      facts.systemUptimeSeconds = facts.systemUptime === null ? null : uptimeSeconds(facts.systemUptime);
    }
    return true;
  }
  for (const [pattern, key] of AS_PRINTED) {
    const m = pattern.exec(line);
    if (m) {
      facts[key] ??= printedValue(m[1] as string);
      return true;
    }
  }
  const list = PS_LOADED_MODULE_LIST.exec(line);
  if (list) facts.psLoadedModuleList ??= normalizeAddress(list[1]);
  return false; // the same line carries the kernel base, read by the banner parser
}
