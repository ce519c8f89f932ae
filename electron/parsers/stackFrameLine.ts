// Reads one line of a k/kb/kn/kv/kp backtrace or of !analyze's STACK_TEXT, x86 and x64:
//   8772d834 82ab06b1 nt!Foo+0x1b                                   (k,  x86)
//   00 8772d834 82ab06b1 000000c1 00000070 64636261 nt!Foo+0x881     (kbn, x86)
//   ffffd001`c70c62a8 fffff800`7a0fa607 drv!F [c:\x\f.cpp @ 562]    (k,  x64, source line)
//   fffff880`0a9f3778 fffff800`02f1e4ec : 00000000`000000c4 … : nt!KeBugCheckEx   (kb x64)
//   01 (Inline Function) --------`-------- nt!IopfCallDriver+0x44  (inline frame)
//   (Inline) -------- -------- -------- -------- Boost!invoke_main+0x1c (Inline Function @ 00ff1320)  (x86 inline frame)
//   00 nt!KeBugCheckEx                                              (kc: frame number and call site only)
//   01 0x0                                                          (kc, raw address)
import { isAddressToken, isHexToken, normalizeAddress } from './hexAddress';
import { tokens } from './lineSplitter';
import { unescapeMarkdown } from './markdownEscape';
import type { StackFrame } from './resultTypes';

const SOURCE_SUFFIX = /\[([^[\]]{1,1024}) @ (\d{1,9})\]\s*$/;

/** "MyDriver!Foo+0x4c [d:\\src\\a.c @ 38]" -> the call site text before it, file and line (null without one). */
function splitSourceSuffix(text: string): { callSite: string; file: string | null; line: number | null } {
  const src = SOURCE_SUFFIX.exec(text);
  if (!src) return { callSite: text, file: null, line: null };
  return { callSite: text.slice(0, src.index), file: (src[1] as string).trim(), line: Number.parseInt(src[2] as string, 10) };
}

/**
 * What a kc line's call site must look like, so that an ordinary "NN word" line is not taken for a frame:
 * a raw address (0x…, already normalised by frameSymbol), module!function…, module+0xoffset, or <Unloaded_x.sys>+0xoffset.
 */
const CALL_SITE = /^(?:0x[0-9a-f]{1,16}$|[A-Za-z0-9_.$-]{1,128}(?:![^\s!]|\+0x[0-9a-fA-F]{1,16}$)|<Unloaded_[^<>\s]{1,128}>\+0x[0-9a-fA-F]{1,16}$)/;

function stripAnnotations(text: string): string {
  // "(FPO: [Non-Fpo])", "(CONV: stdcall)", "(TrapFrame @ ffffd001`c70c6c40)"
  return text
    .replace(/\(FPO:[^)]*\)?\)/g, ' ')
    .replace(/\(CONV:[^)]*\)/g, ' ')
    .replace(/\(TrapFrame @[^)]*\)/g, ' ')
    .replace(/\(Inline Function @[^)]*\)/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** A call site that is only an address (no module or symbol): "0x00007ffa`28ebc9d0", "0x0", "0x77A6138A". */
const RAW_ADDRESS_SYMBOL = /^0x[0-9a-fA-F]{1,16}$|^0x[0-9a-fA-F]{1,8}`[0-9a-fA-F]{1,8}$/;

/**
 * The symbol of a frame from the text after the address/argument columns: annotations removed, markdown escaping
 * undone where the text is clearly escaped ("ntdll!\\_RtlUserThreadStart" → "ntdll!_RtlUserThreadStart", the rule
 * !analyze uses), a raw-address call site normalised like every address ("0x00007ffa`28ebc9d0" →
 * "0x00007ffa28ebc9d0": lowercase, backtick removed, width kept), null when nothing is left.
 */
function frameSymbol(text: string): string | null {
  const symbol = unescapeMarkdown(stripAnnotations(text));
  if (symbol.length === 0) return null;
  return RAW_ADDRESS_SYMBOL.test(symbol) ? normalizeAddress(symbol) : symbol;
}

/** "kc" / "kcn" line: "00 nt!KeBugCheckEx", "01 0x0" (no Child-SP/RetAddr/args); null when it is not one. */
function parseCallSiteFrame(toks: string[]): StackFrame | null {
  const first = toks[0] as string;
  if (toks.length < 2 || first.length < 2 || first.length > 4 || !/^[0-9a-fA-F]+$/.test(first)) return null;
  const { callSite, file, line } = splitSourceSuffix(toks.slice(1).join(' '));
  const symbol = frameSymbol(callSite);
  if (symbol === null || !CALL_SITE.test(symbol)) return null;
  return { frameNumber: Number.parseInt(first, 16), childSp: null, retAddr: null, args: [], symbol, file, line };
}

/**
 * Parses a frame line; null when the line is not a frame. A frame whose symbol is missing
 * (text re-flowed onto the next line) is returned with symbol null.
 */
export function parseStackFrameLine(line: string): StackFrame | null {
  if (line.length > 4096) return null;
  const toks = tokens(line);
  if (toks.length < 2) return null;
  let i = 0;
  let frameNumber: number | null = null;
  const first = toks[0] as string;
  if (first.length <= 4 && isHexToken(first) && toks.length >= 3) {
    const next = toks[1] as string;
    if (isAddressToken(next) || next === '(Inline' || next === '(Inline)') {
      frameNumber = Number.parseInt(first, 16);
      i = 1;
    }
  }
  let childSp: string | null = null;
  let retAddr: string | null = null;
  const t0 = toks[i] as string;
  if (t0 === '(Inline' && toks[i + 1] === 'Function)') {
    i += 3; // "(Inline" "Function)" "--------`--------"
  } else if (t0 === '(Inline)') {
    // x86: "(Inline) -------- -------- -------- --------" (ChildEBP, RetAddr and three args dashed out)
    i += 1;
    while (i < toks.length && /^-+$/.test(toks[i] as string)) i++;
  } else {
    const t1 = toks[i + 1];
    if (t1 === undefined || !isAddressToken(t0) || !isAddressToken(t1)) return parseCallSiteFrame(toks);
    childSp = normalizeAddress(t0);
    retAddr = normalizeAddress(t1);
    i += 2;
  }
  const args: string[] = [];
  if (toks[i] === ':') {
    i++;
    while (i < toks.length && toks[i] !== ':') {
      const a = normalizeAddress(toks[i]);
      if (a) args.push(a);
      i++;
    }
    if (toks[i] === ':') i++;
  } else if (childSp !== null) {
    const width = (t0.replace(/^0x/i, '').split('`').join('')).length;
    while (i < toks.length) {
      const t = toks[i] as string;
      if (t.startsWith('0x') || !isHexToken(t, width) || t.split('`').join('').length !== width) break;
      args.push(normalizeAddress(t) as string);
      i++;
    }
  }
  const { callSite, file, line: sourceLine } = splitSourceSuffix(toks.slice(i).join(' '));
  return { frameNumber, childSp, retAddr, args, symbol: frameSymbol(callSite), file, line: sourceLine };
}

/** True when a line is a lone symbol that a re-flow pushed off its frame line. */
export function isContinuationSymbol(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 512) return false;
  if (/\s/.test(t.replace(/\s*\[[^[\]]* @ \d+\]\s*$/, ''))) return false;
  return t.indexOf('!') > 0 || /^0x[0-9a-fA-F`]+$/.test(t);
}

/** Column-header lines of the k family ("# ChildEBP RetAddr …", "Child-SP RetAddr Call Site", kc's "# Call Site"). */
export function isStackHeaderLine(line: string): boolean {
  return /^\s*(?:#\s*)?(?:(?:Child-SP|ChildEBP)\s+RetAddr|Call Site\s*$)/i.test(line);
}

/**
 * Parses frame lines from a run of lines, joining re-flowed continuation lines and
 * skipping blank lines. Stops at the first line that is neither (returns its index).
 */
export function collectFrames(lines: string[], start: number, stopAtForeign: boolean): { frames: StackFrame[]; end: number } {
  const frames: StackFrame[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim().length === 0 || isStackHeaderLine(line)) continue;
    const f = parseStackFrameLine(line);
    if (f) {
      frames.push(f);
      continue;
    }
    const last = frames[frames.length - 1];
    if (last && last.symbol === null && isContinuationSymbol(line)) {
      const { callSite, file, line: lineNo } = splitSourceSuffix(line.trim());
      if (file !== null) {
        last.file = file;
        last.line = lineNo;
      }
      last.symbol = frameSymbol(callSite);
      continue;
    }
    if (stopAtForeign) break;
  }
  return { frames, end: i };
}
