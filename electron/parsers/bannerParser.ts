// Debugger start-up text (kd/cdb/windbg banner): version, target kind, kernel version, prompt.
//   Microsoft (R) Windows Debugger Version 10.0.17074.1002 AMD64
//   Loading Dump File [C:\Windows\MEMORY.DMP]                     -> dump
//   Using NET for debugging / Kernel Debugger connection established -> live
//   lkd> / Local kernel debugging                                  -> local
//   Connected to server with 'tcp:…'                               -> remote
//   Windows 10 Kernel Version 16299 MP (4 procs) Free x64
// and the lines of `vertarget` (targetVersionLines.ts): product, machine name, PsLoadedModuleList, session time, uptime.
import { normalizeAddress } from './hexAddress';
import { parsePromptLine } from './commandEcho';
import { isOverlong, splitLines } from './lineSplitter';
import { withPasteWarnings } from './commandsOfKind';
import { stripPasteDecoration } from './pastedTextDecoration';
import type { BannerResult } from './resultTypes';
import { emptyTargetFacts, kernelVersionParts, readTargetLine } from './targetVersionLines';
import { WarningList } from './warningList';

const VERSION = /Windows Debugger Version\s+(\d+(?:\.\d+){1,3})(?:\s+(\S+))?/i;
const DUMP = /^\s*Loading Dump File\s+\[(.{1,1024})\]/i;
const KERNEL_VERSION = /^\s*(Windows\s.{0,60}?(?:Kernel )?Version\s+\d+.{0,80})$/;
const BUILD_LAB = /^\s*(?:Built by|Edition build lab):\s*(\S+)/i;
const KERNEL_BASE = /Kernel base\s*=\s*(0x[0-9a-fA-F`]{1,18})/i;
/** "Kernel Summary Dump File: Only kernel address space is available", "Kernel Bitmap Dump File: …", "Mini Kernel Dump File: …",
 *  "User Mini Dump File with Full Memory: …": the dump kind, even when the "Loading Dump File" line was not pasted. */
const DUMP_KIND = /^\s*((?:Kernel |User |Mini |Full )[A-Za-z ]{0,40}?[Dd]ump)(?: File)?((?: with [A-Za-z ]{1,30})?)\s*:\s*\S/;
const DUMP_COMMENT = /^\s*Comment:\s*'(.{0,512})'\s*$/;
const CONNECTED = /^\s*Connected to (Windows .{1,80}? target)\b/i;
const SYMBOL_PATH = /^\s*Symbol search path is:(.*)$/;
const EXECUTABLE_PATH = /^\s*Executable search path is:(.*)$/;

/** `vertargetOutput`: the lines are one `vertarget` command's output, which has no debugger version or target kind to miss. */
export function parseBannerLines(lines: string[], vertargetOutput = false): BannerResult {
  const warnings = new WarningList();
  let debuggerVersion: string | null = null;
  let debuggerArchitecture: string | null = null;
  let target: BannerResult['target'] = null;
  let kernelVersion: string | null = null;
  let prompt: string | null = null;
  let dumpFile: string | null = null;
  let buildLab: string | null = null;
  let kernelBase: string | null = null;
  let connectedTo: string | null = null;
  let remote = false;
  let local = false;
  let live = false;
  let dumpKind: string | null = null;
  let dumpComment: string | null = null;
  let symbolSearchPath: string | null = null;
  let executableSearchPath: string | null = null;
  const targetFacts = emptyTargetFacts();
  /** The text is `vertarget` output (or MEX's `!di`), which prints no debugger version or target kind to miss. */
  let vertarget = vertargetOutput;
  for (const line of lines) {
    if (isOverlong(line) || line.trim().length === 0) continue;
    const p = parsePromptLine(line);
    if (p) {
      prompt = p.prompt;
      if (p.prompt === 'lkd>') local = true;
      if (/^(?:vertarget|!di)\b/i.test(p.command)) vertarget = true;
      continue;
    }
    if (readTargetLine(line, targetFacts)) continue;
    let m = VERSION.exec(line);
    if (m && debuggerVersion === null) {
      debuggerVersion = m[1] as string;
      debuggerArchitecture = m[2] ?? null;
      continue;
    }
    m = DUMP.exec(line);
    if (m) {
      dumpFile = (m[1] as string).trim();
      continue;
    }
    m = dumpKind === null ? DUMP_KIND.exec(line) : null;
    if (m) {
      dumpKind = `${m[1] as string}${m[2] ? ` File${m[2] as string}` : ''}`;
      continue;
    }
    m = dumpComment === null ? DUMP_COMMENT.exec(line) : null;
    if (m) {
      dumpComment = m[1] as string;
      continue;
    }
    m = SYMBOL_PATH.exec(line);
    if (m) {
      symbolSearchPath ??= (m[1] as string).trim() || null;
      continue;
    }
    m = EXECUTABLE_PATH.exec(line);
    if (m) {
      executableSearchPath ??= (m[1] as string).trim() || null;
      continue;
    }
    m = KERNEL_VERSION.exec(line);
    if (m && kernelVersion === null) {
      kernelVersion = (m[1] as string).trim();
      continue;
    }
    m = BUILD_LAB.exec(line);
    if (m && buildLab === null) {
      buildLab = m[1] as string;
      continue;
    }
    m = KERNEL_BASE.exec(line);
    if (m && kernelBase === null) kernelBase = normalizeAddress(m[1]);
    m = CONNECTED.exec(line);
    if (m && connectedTo === null) {
      connectedTo = (m[1] as string).trim();
      live = true;
      continue;
    }
    if (/Connected to server|Server started|remote debugging/i.test(line)) remote = true;
    if (/Local kernel debugging|local kernel debugger/i.test(line)) local = true;
    if (/Kernel Debugger connection established|Using (NET|COM|1394|USB|EXDI)\b|Waiting to reconnect|^\s*CommandLine:/i.test(line)) live = true;
  }
  if (remote) target = 'remote';
  else if (dumpFile !== null || dumpKind !== null) target = 'dump';
  else if (local) target = 'local';
  else if (live) target = 'live';
  if (debuggerVersion === null && !vertarget) warnings.add('debugger version line not found');
  if (target === null && !vertarget) warnings.add('target kind (dump, live, local, remote) not recognised');
  if (kernelVersion === null) warnings.add('kernel version line not found');
  return {
    debuggerVersion,
    target,
    kernelVersion,
    prompt,
    debuggerArchitecture,
    dumpFile,
    buildLab,
    kernelBase,
    connectedTo,
    dumpKind,
    dumpComment,
    symbolSearchPath,
    executableSearchPath,
    ...kernelVersionParts(kernelVersion),
    ...targetFacts,
    warnings: warnings.toArray(),
  };
}

export function parseBanner(text: string): BannerResult {
  const pasted = stripPasteDecoration(splitLines(typeof text === 'string' ? text : ''));
  return withPasteWarnings(parseBannerLines(pasted.lines), pasted.warnings);
}
