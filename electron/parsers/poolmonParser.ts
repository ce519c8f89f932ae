// poolmon.exe screens and snapshot files (poolmon /n):
//  Memory:  260620K Avail:   65152K  PageFlts:    85   InRam Krnl: 2116K P:19560K
//  Commit: 237688K Limit: 640916K Peak: 260632K            Pool N: 8500K P:33024K
//  System pool information
//  Tag  Type     Allocs            Frees            Diff   Bytes      Per Alloc  Mapped_Driver
//  NtFA Nonp       9112 (   0)      9112 (   0)     0       0 (     0)      0 [ntfs.sys  -  AttrSup.c]
// Several screens in one file (each starts with "Memory:") give {results:[…]}.
import { isOverlong, splitLines, tokens } from './lineSplitter';
import { withPasteWarnings } from './commandsOfKind';
import { stripPasteDecoration } from './pastedTextDecoration';
import type { MultiResult, PoolmonResult, PoolmonRow } from './resultTypes';
import { WarningList } from './warningList';

const DELTA = /\(\s*([+-]?\d{1,18})\s*\)/g;
/** A line where the author cut the table short: "...", "[...]", "[snip]" (as !poolfind reads them). */
const ELISION = /^\s*(?:\.{3}|\[(?:snip|\.{3})\])/i;
const ELIDED_WARNING = 'the tag list was elided ("...", "[...]" or "[snip]") in the source';

function kb(line: string, re: RegExp): number | null {
  const m = re.exec(line);
  return m ? Number(m[1]) : null;
}

function emptyScreen(): PoolmonResult {
  return {
    rows: [],
    memoryKb: null,
    availKb: null,
    pageFaults: null,
    inRamKernelKb: null,
    inRamPagedKb: null,
    commitKb: null,
    limitKb: null,
    peakKb: null,
    poolNonPagedKb: null,
    poolPagedKb: null,
    title: null,
    warnings: [],
  };
}

function num(s: string | undefined): number | null {
  return s !== undefined && /^\d{1,18}$/.test(s) ? Number(s) : null;
}

/** One table row; null when the line is not a row. */
export function parsePoolmonRow(line: string): PoolmonRow | null {
  if (line.length > 4096) return null;
  const deltas: number[] = [];
  const stripped = line.replace(DELTA, (_m, d: string) => {
    deltas.push(Number(d));
    return ' ';
  });
  const t = tokens(stripped);
  if (t.length < 7) return null;
  const type = t[1] as string;
  if (!/^(Nonp|Paged|NonP|Nonpaged|Both|Sess)\w*$/i.test(type)) return null;
  const allocs = num(t[2]);
  const frees = num(t[3]);
  const diff = num(t[4]);
  const bytes = num(t[5]);
  const perAlloc = num(t[6]);
  if (allocs === null || frees === null || diff === null || bytes === null) return null;
  let mapped = '';
  if (t.length > 7) {
    // keep the mapped-driver text as printed (inner spacing included)
    const re = /\S+/g;
    let count = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(stripped)) !== null) {
      if (++count === 7) {
        mapped = stripped.slice(m.index + m[0].length).trim();
        break;
      }
    }
  }
  return {
    tag: (t[0] as string).slice(0, 4),
    type,
    allocs,
    frees,
    diff,
    bytes,
    perAlloc,
    mappedDriver: mapped.length > 0 ? mapped : null,
    allocsDelta: deltas.length >= 3 ? (deltas[0] ?? null) : null,
    freesDelta: deltas.length >= 3 ? (deltas[1] ?? null) : null,
    bytesDelta: deltas.length >= 3 ? (deltas[2] ?? null) : null,
  };
}

export function parsePoolmon(text: string): PoolmonResult | MultiResult<PoolmonResult> {
  const screens: PoolmonResult[] = [];
  const warnings: WarningList[] = [];
  let cur: PoolmonResult | null = null;
  let curWarn = new WarningList();
  let sawHeader = false;
  let elidedBeforeScreen = false;
  const start = (): PoolmonResult => {
    cur = emptyScreen();
    curWarn = new WarningList();
    if (elidedBeforeScreen) curWarn.add(ELIDED_WARNING);
    elidedBeforeScreen = false;
    screens.push(cur);
    warnings.push(curWarn);
    sawHeader = false;
    return cur;
  };
  const pasted = stripPasteDecoration(splitLines(typeof text === 'string' ? text : ''));
  for (const line of pasted.lines) {
    if (isOverlong(line) || line.trim().length === 0) continue;
    if (/^\s*Memory:\s*\d/.test(line)) {
      const s = start();
      s.memoryKb = kb(line, /Memory:\s*(\d{1,18})K/);
      s.availKb = kb(line, /Avail:\s*(\d{1,18})K/);
      s.pageFaults = kb(line, /PageFlts:\s*(\d{1,18})/);
      const ir = /InRam Krnl:\s*(\d{1,18})K\s+P:\s*(\d{1,18})K/.exec(line);
      if (ir) {
        s.inRamKernelKb = Number(ir[1]);
        s.inRamPagedKb = Number(ir[2]);
      }
      continue;
    }
    if (/^\s*Commit:\s*\d/.test(line)) {
      const s: PoolmonResult = cur ?? start();
      s.commitKb = kb(line, /Commit:\s*(\d{1,18})K/);
      s.limitKb = kb(line, /Limit:\s*(\d{1,18})K/);
      s.peakKb = kb(line, /Peak:\s*(\d{1,18})K/);
      const pn = /Pool N:\s*(\d{1,18})K\s+P:\s*(\d{1,18})K/.exec(line);
      if (pn) {
        s.poolNonPagedKb = Number(pn[1]);
        s.poolPagedKb = Number(pn[2]);
      }
      continue;
    }
    if (/^\s*\S.{0,40}pool information\s*$/i.test(line)) {
      const s: PoolmonResult = cur ?? start();
      s.title = line.trim();
      continue;
    }
    if (/^\s*Tag\s+Type\s+Allocs\s+Frees\s+Diff\s+Bytes/i.test(line)) {
      if (cur === null || (cur as PoolmonResult).rows.length > 0) start();
      sawHeader = true;
      continue;
    }
    const row = parsePoolmonRow(line);
    if (row) {
      const s: PoolmonResult = cur ?? start();
      if (!sawHeader) curWarn.add('rows found without a "Tag Type Allocs Frees Diff Bytes" header');
      s.rows.push(row);
      continue;
    }
    if (ELISION.test(line)) {
      if (cur === null) elidedBeforeScreen = true;
      else curWarn.add(ELIDED_WARNING);
    }
  }
  if (screens.length === 0) {
    const e = emptyScreen();
    e.warnings = [...pasted.warnings, 'no poolmon screen found (no "Memory:" header and no tag rows)'];
    return e;
  }
  screens.forEach((s, i) => {
    const w = warnings[i] as WarningList;
    if (s.rows.length === 0) w.add('no tag rows in this screen');
    if (s.memoryKb === null) w.add('"Memory:" header line not found');
    s.warnings = w.toArray();
  });
  if (screens.length === 1) return withPasteWarnings(screens[0] as PoolmonResult, pasted.warnings);
  return { results: screens, warnings: pasted.warnings };
}
