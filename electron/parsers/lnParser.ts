// ln Address: nearest symbols, source line, exact matches.
//   d:\coding\wdmdrivers\mydriver\handleioctl.c(50)+0x15
//   (9a3bf660)   MyDriver!DeviceControlDispatch+0x4c   |  (9a3bf6d0)   MyDriver!DeviceControlDispatch
//   Exact matches:
//       nt!NtCreateFile (<no parameter info>)
// Newer debuggers: " [c:\src\file.c @ 50] (fffff800`12345678)   drv!F+0x4c   |  (…)   drv!G"
import { isHexToken, normalizeAddress, parseHexBigInt, parseHexNumber } from './hexAddress';
import { isOverlong } from './lineSplitter';
import { parseCommandsOfKind } from './commandsOfKind';
import type { LnResult, MultiResult, NearSymbol } from './resultTypes';
import { WarningList } from './warningList';

// The symbol runs to the end of its side: user-mode C++ names can hold spaces ("std::vector<int,std::allocator<int> >").
const SIDE = /^\(([0-9a-fA-F`]{1,17})\)\s+(\S.*)$/;
/** One-sided form: "(addr)   module!symbol" with no "|" and nothing after it (or only "Exact matches:", re-flowed onto it). */
const ONE_SIDED = /^\s*\([0-9a-fA-F`]{1,17}\)\s+\S/;
const EXACT_GLUED = /\s{1,16}Exact matches:\s*$/i;
const SOURCE_BRACKET = /^\s*\[([^[\]]{1,1024}) @ (\d{1,9})\]\s*/;
const FILE_LINE = /^\s*([^|\s][^|]{0,1023})\((\d{1,9})\)(?:\+0x([0-9a-fA-F]{1,16}))?\s*$/;

function parseSide(text: string): NearSymbol {
  const m = SIDE.exec(text.trim());
  if (!m) return { symbol: null, address: null };
  return { address: normalizeAddress(m[1]), symbol: (m[2] as string).trimEnd() };
}

function splitSymbol(symbol: string | null): { fn: string | null; offset: number | null } {
  if (symbol === null) return { fn: null, offset: null };
  const plus = symbol.lastIndexOf('+');
  if (plus > 0) {
    const off = parseHexNumber(symbol.slice(plus + 1));
    if (off !== null) return { fn: symbol.slice(0, plus), offset: off };
  }
  return { fn: symbol, offset: 0 };
}

/** An exact match as listed ("KERNELBASE!ReadFile (void)", "ntdll!F = <no type information>") -> the symbol alone. */
function exactMatchSymbol(entry: string): string {
  let end = entry.length;
  const params = entry.indexOf(' (');
  if (params > 0) end = params;
  const typed = entry.indexOf(' = ');
  if (typed > 0 && typed < end) end = typed;
  if (entry.endsWith(' =') && entry.length - 2 < end) end = entry.length - 2;
  return entry.slice(0, end).trimEnd();
}

export function parseLnOutput(lines: string[], command: string | null = null): LnResult {
  const warnings = new WarningList();
  let file: string | null = null;
  let lineNo: number | null = null;
  let lineDisplacement: number | null = null;
  let before: NearSymbol = { symbol: null, address: null };
  let after: NearSymbol = { symbol: null, address: null };
  let sawNeighbours = false;
  const exactMatches: string[] = [];
  let inExact = false;

  for (const raw of lines) {
    if (isOverlong(raw)) continue;
    let line = raw;
    if (line.trim().length === 0) continue;
    if (/^\s*Exact matches:\s*$/i.test(line)) {
      inExact = true;
      continue;
    }
    if (/^\s*(Browse module|Set bu breakpoint)\s*$/i.test(line)) continue;
    const bracket = SOURCE_BRACKET.exec(line);
    if (bracket && line.indexOf('|') !== -1) {
      file = (bracket[1] as string).trim();
      lineNo = Number.parseInt(bracket[2] as string, 10);
      line = line.slice(bracket[0].length);
    }
    const glued = EXACT_GLUED.exec(line);
    if (glued && line.trim().length > glued[0].trim().length) line = line.slice(0, glued.index);
    const bar = line.indexOf('|');
    if (!sawNeighbours && bar === -1 && ONE_SIDED.test(line)) {
      sawNeighbours = true;
      before = parseSide(line);
      inExact = glued !== null;
      continue;
    }
    if (!sawNeighbours && bar !== -1 && /^\s*(\(|\|)/.test(line)) {
      sawNeighbours = true;
      inExact = false;
      before = parseSide(line.slice(0, bar));
      after = parseSide(line.slice(bar + 1));
      continue;
    }
    if (inExact) {
      const t = line.trim();
      if (/^\S+!\S/.test(t) || /^\S+\s+\(/.test(t)) {
        exactMatches.push(t.replace(/\s*\(<no parameter info>\)\s*$/, ''));
        continue;
      }
      inExact = false;
    }
    if (file === null && !sawNeighbours) {
      const f = FILE_LINE.exec(line);
      if (f && /[\\/.]/.test(f[1] as string)) {
        file = (f[1] as string).trim();
        lineNo = Number.parseInt(f[2] as string, 10);
        lineDisplacement = f[3] !== undefined ? Number.parseInt(f[3], 16) : null;
        continue;
      }
    }
  }

  const primary = before.symbol !== null ? before : exactMatches.length > 0 ? { symbol: exactMatchSymbol(exactMatches[0] as string), address: null } : after;
  const { fn, offset } = splitSymbol(primary.symbol);
  let address: string | null = null;
  const arg = command === null ? null : command.trim().replace(/^ln\s*(\/D\s+)?/i, '').trim();
  if (arg !== null && arg.length > 0 && isHexToken(arg)) address = normalizeAddress(arg);
  if (address === null && before.address !== null && offset !== null) {
    const base = parseHexBigInt(before.address);
    if (base !== null) address = '0x' + (base + BigInt(offset)).toString(16).padStart(before.address.length - 2, '0');
  }
  if (!sawNeighbours && exactMatches.length === 0) warnings.add('no symbol found near the address (no "(addr) symbol | (addr) symbol" line)');
  if (sawNeighbours && file === null) warnings.add('no source line information (private symbols with line numbers not loaded?)');

  return {
    command,
    address,
    symbol: primary.symbol,
    function: fn,
    offset,
    file,
    line: lineNo,
    lineDisplacement,
    before,
    after,
    exactMatches,
    warnings: warnings.toArray(),
  };
}

export function parseLn(text: string): LnResult | MultiResult<LnResult> {
  return parseCommandsOfKind(text, 'ln', parseLnOutput);
}
