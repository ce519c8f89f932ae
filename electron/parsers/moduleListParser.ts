// lm, lm m Pattern, lmv m Name, lmsm, … : loaded (and unloaded) modules.
//   start    end        module name
//   f9f73000 f9f7fd80   sysaudio     (deferred)
//   7c900000 7c9b0000   ntdll      (private pdb symbols) c:\db20sym\ntdll.pdb
//   fffff880`04478000 fffff880`04481000   myfault    (deferred)
//       Image path: \??\C:\Windows\system32\drivers\myfault.sys
//   Unloaded modules:
//   f9f53000 f9f61000   swmidi.sys
import { isHexToken, normalizeAddress } from './hexAddress';
import { isOverlong, tokens } from './lineSplitter';
import { parseCommandsOfKind } from './commandsOfKind';
import type { LmResult, ModuleEntry, MultiResult } from './resultTypes';
import { WarningList } from './warningList';

const DETAIL = /^\s*(Image path|Image name|Timestamp|Loaded symbol image file|Mapped memory image file)\s*:\s*(.*)$/i;
const STATUS_LETTERS = /^(C|T|#|M|E|P|\$)$/;

export function parseModuleListOutput(lines: string[], command: string | null = null): LmResult {
  const warnings = new WarningList();
  const modules: ModuleEntry[] = [];
  let unloaded = false;
  let last: ModuleEntry | null = null;
  let sawHeader = false;
  /** start|name|unloaded → entry: a list pasted twice (e.g. "lm" then "lmDvm x" whose prompt a blog mangled) is merged. */
  const seen = new Map<string, ModuleEntry>();
  for (const raw of lines) {
    if (isOverlong(raw) || raw.trim().length === 0) continue;
    // Markdown bold that a blog converter put around a highlighted row: "**fffff802`68fa0000 … nvlddmkm (deferred)**".
    const line = raw.replace(/^(\s*)\*\*(.*?)\*\*\s*$/, '$1$2');
    if (/^\s*start\s+end\s+module name/i.test(line)) {
      sawHeader = true;
      unloaded = false; // a new list starts (an "Unloaded modules:" section ends with its command)
      continue;
    }
    if (/^\s*Unloaded modules:/i.test(line)) {
      unloaded = true;
      continue;
    }
    const d = DETAIL.exec(line);
    if (d && last) {
      const key = (d[1] as string).toLowerCase();
      const value = (d[2] as string).trim() || null;
      if (key === 'image path') last.imagePath = value;
      else if (key === 'image name') last.imageName = value;
      else if (key === 'timestamp') last.timestamp = value;
      continue;
    }
    const t = tokens(line);
    if (t.length < 3 || !isHexToken(t[0] as string, 8) || !isHexToken(t[1] as string, 8)) continue;
    const name = t[2] as string;
    let symbolStatus: string | null = null;
    let symbolFile: string | null = null;
    const rest = t.slice(3).join(' ');
    if (rest.startsWith('(')) {
      const close = rest.indexOf(')');
      if (close > 0) {
        symbolStatus = rest.slice(1, close).trim();
        symbolFile = rest.slice(close + 1).trim() || null;
      } else {
        symbolFile = rest || null;
      }
    } else if (rest.length > 0) {
      const first = t[3] as string;
      if (STATUS_LETTERS.test(first)) {
        symbolStatus = first;
        symbolFile = t.slice(4).join(' ') || null;
      } else {
        symbolFile = rest;
      }
    }
    const start = normalizeAddress(t[0] as string);
    const key = `${start ?? ''}|${name}|${unloaded ? 'u' : 'l'}`;
    const dup = seen.get(key);
    if (dup) {
      dup.symbolStatus ??= symbolStatus;
      dup.symbolFile ??= symbolFile;
      last = dup;
      continue;
    }
    last = {
      start,
      end: normalizeAddress(t[1] as string),
      name,
      symbolStatus,
      symbolFile,
      unloaded,
      imagePath: null,
      imageName: null,
      timestamp: null,
    };
    modules.push(last);
    seen.set(key, last);
  }
  if (modules.length === 0) warnings.add(sawHeader ? 'module list is empty' : 'no module lines found');
  return { command, modules, warnings: warnings.toArray() };
}

export function parseModuleList(text: string): LmResult | MultiResult<LmResult> {
  return parseCommandsOfKind(text, 'lm', parseModuleListOutput);
}
