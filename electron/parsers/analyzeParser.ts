// !analyze -v (and plain !analyze): bug check code/name/arguments, IMAGE_NAME, MODULE_NAME,
// FAILURE_BUCKET_ID, STACK_TEXT.
import { KeyValueList, MAX_KEY_VALUES, readKeyValue } from './analyzeKeyValues';
import { bugCheckNameOf } from './bugCheckNames';
import { describeC4Subcode } from './bugcheckC4Subcodes';
import { minimalHex } from './hexAddress';
import { isOverlong } from './lineSplitter';
import { unescapeMarkdown } from './markdownEscape';
import { parseCommandsOfKind } from './commandsOfKind';
import type { AnalyzeResult, MultiResult } from './resultTypes';
import { collectFrames } from './stackFrameLine';
import { WarningList } from './warningList';

const NAME_LINE = /^\s*([A-Z][A-Z0-9_]{2,80})\s+\(([0-9a-fA-F]{1,8})\)\s*$/;
/** The header as pasted: quoted/bolded/backticked alone ("> X (c4)", "**X (c4)**", "`X (c4)`"), or with the description
 *  re-flowed onto it ("X (d1) An attempt was made…": only for names with '_', as every bug check name has). */
const DECORATED_NAME_LINE = /^[ \t]{0,8}(?:[>#*`"'][ \t]?){0,3}([A-Z][A-Z0-9]{1,40}_[A-Z0-9_]{1,80})\s{1,4}\(([0-9a-fA-F]{1,8})\)(?:[*`"']{1,3}\s*$|\s*$|\s+[A-Z])/;
/** A header wrapped after the name: "DRIVER_VERIFIER_DETECTED_VIOLATION" then "(c4)". */
const NAME_ONLY_LINE = /^\s*([A-Z][A-Z0-9]{1,40}_[A-Z0-9_]{1,80})\s*$/;
const CODE_ONLY_LINE = /^\s*\(([0-9a-fA-F]{1,8})\)\s*$/;
/** `.bugcheck`: "Bugcheck code 000000C4" / "Arguments 00000000`00000062 …". */
const DOT_BUGCHECK_CODE = /^\s*Bugcheck code\s+([0-9a-fA-F]{1,8})\s*$/i;
const DOT_BUGCHECK_ARGS = /^\s*Arguments\s+((?:0x)?[0-9a-fA-F`]{1,17})\s+((?:0x)?[0-9a-fA-F`]{1,17})\s+((?:0x)?[0-9a-fA-F`]{1,17})\s+((?:0x)?[0-9a-fA-F`]{1,17})\s*$/;
/** Event log / WER: "The bugcheck was: 0x000000d1 (0x0000000000000000, 0x…, 0x…, 0x…)". */
const EVENT_LOG_BUGCHECK = /bug ?check was:\s*0x([0-9a-fA-F]{1,8})\s*\((0x[0-9a-fA-F`]{1,18}),\s*(0x[0-9a-fA-F`]{1,18}),\s*(0x[0-9a-fA-F`]{1,18}),\s*(0x[0-9a-fA-F`]{1,18})\)/i;
/** The code inside a bucket id: "0xA_nt!KiExceptionExit+10c", "X64_0xc4_62_VRF_…", "km:0xd1_myfault!…". */
const BUCKET_CODE = /(?:^|_|km:|um:)0x([0-9a-fA-F]{1,8})(?:_|$)/i;
const ARG_LINE = /^\s*Arg([1-4]):\s*([0-9a-fA-F`]{1,17})\s*(?:,\s*(.*))?$/;
/** kd's header for a code its bug check table lacks: "Unknown bugcheck code (d1)". */
const UNKNOWN_NAME_LINE = /^\s*Unknown bugcheck code\s+\(([0-9a-fA-F]{1,8})\)/i;
/** BUGCHECK_STR of the Windows 7/8 field list: "0xD1", "0xc4_62" (not "80000003", an exception code). */
const BUGCHECK_STR_CODE = /^0x([0-9a-fA-F]{1,8})(?:_|$)/;
/** `KEY: value`; indented by blog/forum re-flow ("    MODULE_NAME: nt", "        IMAGE_NAME:  ntkrnlmp.exe"). */
const FIELD_LINE = /^[ \t]{0,16}([A-Z](?:[A-Z0-9_]|\\_){1,80}):\s*(.*)$/;
/** STACK_TEXT shortened by the author: "[...]", "...", or "... : nt!KeBugCheckEx+0x104 ..." (columns elided). */
const ELIDED_STACK_LINE = /^\s*(?:\[\.{3}\]|\.{3})\s*$/;
const ELIDED_FRAME_LINE = /^\s*\.{3}\s*:\s*(\S{1,512})\s*\.{3}\s*$/;
const BUGCHECK_SUMMARY = /^\s*BugCheck\s+([0-9a-fA-F]{1,8}),\s*\{([^}]{0,200})\}/;
const FATAL_ERROR = /Fatal System Error:\s*0x([0-9a-fA-F]{1,8})/;
const FATAL_ARGS = /^\s*\((0x[0-9a-fA-F]+),(0x[0-9a-fA-F]+),(0x[0-9a-fA-F]+),(0x[0-9a-fA-F]+)\)\s*$/;
const PROBABLY_CAUSED = /^\s*Probably caused by\s*:\s*(\S+)/;
/** "Followup:     MachineOwner", "Followup: Pool_corruption": who the analysis routes the crash to. */
const FOLLOWUP = /^\s*Followup:\s*(\S+)\s*$/;

/** Keys of KEY_VALUES_STRING that hold the bug check code ("0x19"), in the order trusted. */
const CODE_KEYS = ['Bugcheck.Code.KiBugCheckData', 'Bugcheck.Code.LegacyAPI', 'Bugcheck.Code.TargetModel'];

function codeFromKeyValues(keyValues: KeyValueList): { code: string; key: string } | null {
  for (const key of CODE_KEYS) {
    const value = keyValues.valueOf(key);
    const code = value !== null && /^(?:0x)?[0-9a-fA-F]{1,8}$/.test(value) ? minimalHex(value) : null;
    if (code !== null && code !== '0x0') return { code, key };
  }
  return null;
}

/** Reads an author-elided STACK_TEXT block; frames get the symbol and nulls elsewhere. */
function readElidedStack(lines: string[], start: number): { elided: boolean; frames: AnalyzeResult['stack']; end: number } {
  const frames: AnalyzeResult['stack'] = [];
  let elided = false;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim().length === 0) {
      if (elided) break;
      continue;
    }
    if (isOverlong(line)) break;
    const f = ELIDED_FRAME_LINE.exec(line);
    if (f) {
      elided = true;
      frames.push({ frameNumber: null, childSp: null, retAddr: null, args: [], symbol: unescapeMarkdown(f[1] as string), file: null, line: null });
      continue;
    }
    if (ELIDED_STACK_LINE.test(line)) {
      elided = true;
      continue;
    }
    break;
  }
  return { elided, frames, end: i };
}

function nextNonBlank(lines: string[], from: number): number {
  for (let k = from; k < lines.length && k < from + 2; k++) if ((lines[k] as string).trim().length > 0) return k;
  return -1;
}

function next4Args(lines: string[], from: number): string[] | null {
  const k = nextNonBlank(lines, from);
  const m = k === -1 || isOverlong(lines[k] as string) ? null : DOT_BUGCHECK_ARGS.exec(lines[k] as string);
  return m ? [m[1], m[2], m[3], m[4]].map((x) => minimalHex(x) as string) : null;
}

/** Most lines one argument's description runs on for ("X64: bit 0 …" then five TAB-indented lines). */
const MAX_ARG_DESCRIPTION_LINES = 8;

function leadingSpace(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
}

/** The lines after "ArgN: value, text" that continue its text: indented deeper than the Arg line (kd indents them with a TAB). */
function argDescriptionContinuation(lines: readonly string[], argLine: number): string[] {
  const indent = leadingSpace(lines[argLine] as string);
  const out: string[] = [];
  for (let k = argLine + 1; k < lines.length && out.length < MAX_ARG_DESCRIPTION_LINES; k++) {
    const l = lines[k] as string;
    if (isOverlong(l) || l.trim().length === 0 || leadingSpace(l) <= indent || ARG_LINE.test(l)) break;
    out.push(l.trim());
  }
  return out;
}

export function parseAnalyzeOutput(lines: string[], command: string | null = null): AnalyzeResult {
  const warnings = new WarningList();
  const args: (string | null)[] = [null, null, null, null];
  const argDescriptions: (string | null)[] = [null, null, null, null];
  const pArgs: (string | null)[] = [null, null, null, null];
  let code: string | null = null;
  let name: string | null = null;
  let fieldCode: string | null = null;
  let unknownCode: string | null = null;
  let strCode: string | null = null;
  let summaryCode: string | null = null;
  let summaryArgs: (string | null)[] | null = null;
  let summarySource = 'the "BugCheck X, {…}" summary';
  let bucketCode: string | null = null;
  let bucketKey: string | null = null;
  const guessed: string[] = [];
  let probablyCausedBy: string | null = null;
  let followup: string | null = null;
  const fields: Record<string, string> = {};
  let stack: AnalyzeResult['stack'] = [];
  let sawStackText = false;
  let stackElided = false;
  const keyValues = new KeyValueList();

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isOverlong(line)) continue;
    if (name === null) {
      const plain = line.includes('\\_') ? unescapeMarkdown(line) : line;
      const m = NAME_LINE.exec(plain) ?? DECORATED_NAME_LINE.exec(plain);
      if (m) {
        name = m[1] as string;
        code = minimalHex(m[2]);
        continue;
      }
      const wrapped = NAME_ONLY_LINE.exec(plain);
      const next = wrapped ? nextNonBlank(lines, i + 1) : -1;
      const c = next === -1 ? null : CODE_ONLY_LINE.exec(lines[next] as string);
      if (wrapped && c) {
        name = wrapped[1] as string;
        code = minimalHex(c[1]);
        guessed.push(`the bug check header was wrapped ("${name}" / "(${c[1]})"): read as one line`);
        i = next;
        continue;
      }
      const u = unknownCode === null ? UNKNOWN_NAME_LINE.exec(line) : null;
      if (u) {
        unknownCode = minimalHex(u[1]);
        continue;
      }
    }
    const a = ARG_LINE.exec(line);
    if (a) {
      const idx = Number(a[1]) - 1;
      if (args[idx] === null) {
        args[idx] = minimalHex(a[2]);
        const more = argDescriptionContinuation(lines, i);
        argDescriptions[idx] = [a[3]?.trim() ?? '', ...more].join(' ').trim() || null;
        i += more.length;
      }
      continue;
    }
    const db = DOT_BUGCHECK_CODE.exec(line);
    if (db && summaryCode === null) {
      summaryCode = minimalHex(db[1]);
      summarySource = '".bugcheck" output';
      const da = next4Args(lines, i + 1);
      if (da) summaryArgs = da;
      continue;
    }
    const ev = summaryCode === null && line.length < 400 ? EVENT_LOG_BUGCHECK.exec(line) : null;
    if (ev) {
      summaryCode = minimalHex(ev[1]);
      summarySource = 'the "bugcheck was:" event text';
      summaryArgs = [ev[2], ev[3], ev[4], ev[5]].map((x) => minimalHex(x));
      continue;
    }
    const s = BUGCHECK_SUMMARY.exec(line);
    if (s && summaryCode === null) {
      summaryCode = minimalHex(s[1]);
      summaryArgs = (s[2] as string).split(',').map((x) => minimalHex(x.trim()));
      continue;
    }
    const fe = FATAL_ERROR.exec(line);
    if (fe && summaryCode === null) {
      summaryCode = minimalHex(fe[1]);
      summarySource = 'the "Fatal System Error" line';
      const next = lines[i + 1];
      const fa = next === undefined ? null : FATAL_ARGS.exec(next);
      if (fa) summaryArgs = [fa[1], fa[2], fa[3], fa[4]].map((x) => minimalHex(x));
      continue;
    }
    const fu = FOLLOWUP.exec(line);
    if (fu) {
      followup ??= fu[1] as string;
      continue;
    }
    const pc = PROBABLY_CAUSED.exec(line);
    if (pc && probablyCausedBy === null) {
      probablyCausedBy = pc[1] as string;
      continue;
    }
    const kv = readKeyValue(lines, i);
    if (kv) {
      keyValues.add(kv.pair);
      i = kv.end;
      continue;
    }
    const f = FIELD_LINE.exec(line);
    if (f) {
      const key = unescapeMarkdown(f[1] as string);
      const value = unescapeMarkdown((f[2] as string).trim());
      if (key === 'STACK_TEXT') {
        if (!sawStackText) {
          sawStackText = true;
          const r = collectFrames(lines, i + 1, true);
          stack = r.frames;
          i = r.end - 1;
          if (stack.length === 0) {
            const e = readElidedStack(lines, i + 1);
            if (e.elided) {
              stackElided = true;
              stack = e.frames;
              i = e.end - 1;
              warnings.add(
                e.frames.length > 0
                  ? 'STACK_TEXT was shortened in the source ("... : symbol ..."): frames carry symbols only'
                  : 'STACK_TEXT was elided in the source ("[...]")',
              );
            }
          }
        }
        continue;
      }
      if (!(key in fields)) fields[key] = value;
      const p = /^BUGCHECK_P([1-4])$/.exec(key);
      if (p) pArgs[Number(p[1]) - 1] = minimalHex(value);
      if (key === 'BUGCHECK_CODE') fieldCode = minimalHex(value);
      if (key === 'BUGCHECK_STR' && strCode === null) {
        const m = BUGCHECK_STR_CODE.exec(value);
        if (m && /[1-9a-fA-F]/.test(m[1] as string)) strCode = minimalHex(m[1]);
      }
      if ((key === 'FAILURE_BUCKET_ID' || key === 'BUCKET_ID' || key === 'DEFAULT_BUCKET_ID' || key === 'FAILURE_ID_HASH_STRING') && bucketCode === null) {
        const m = BUCKET_CODE.exec(value.slice(0, 200));
        if (m && /[1-9a-fA-F]/.test(m[1] as string)) {
          bucketCode = minimalHex(m[1]);
          bucketKey = key;
        }
      }
    }
  }

  const keyCode = codeFromKeyValues(keyValues);
  if (code === null) {
    code = unknownCode ?? fieldCode ?? keyCode?.code ?? summaryCode ?? strCode ?? bucketCode;
    // say where a code without its "NAME (code)" header came from
    if (code !== null && unknownCode === null) {
      const from =
        fieldCode !== null ? 'BUGCHECK_CODE' : keyCode !== null ? `the "${keyCode.key}" key` : summaryCode !== null ? summarySource : strCode !== null ? 'BUGCHECK_STR' : (bucketKey ?? 'the bucket id');
      warnings.add(`no "NAME (code)" bug check header: code ${code} taken from ${from}`);
    }
  }
  for (const g of guessed) warnings.add(g);
  if (keyValues.dropped > 0) warnings.add(`${keyValues.dropped} further KEY_VALUES_STRING pairs not kept (at most ${MAX_KEY_VALUES})`);
  // Only the code was printed (fields, summary line, .bugcheck, "Unknown bugcheck code"): the documented name, said to be so.
  const tableName = name === null ? bugCheckNameOf(code) : null;
  const nameSource: AnalyzeResult['bugcheck']['nameSource'] = name !== null ? 'printed' : tableName !== null ? 'table' : null;
  if (tableName !== null) {
    name = tableName;
    warnings.add(`bug check name not in the text: ${name} is the documented name of code ${code} (Microsoft's bug check code reference)`);
  }
  for (let k = 0; k < 4; k++) {
    if (args[k] === null) args[k] = pArgs[k] ?? summaryArgs?.[k] ?? null;
  }
  if (code === null) warnings.add('bug check code not found (no "NAME (code)" line, BUGCHECK_CODE, BugCheck summary or BUGCHECK_STR)');
  if (args.some((x) => x === null)) warnings.add('not all four bug check arguments were found');
  const field = (k: string): string | null => (fields[k] !== undefined && fields[k] !== '' ? (fields[k] as string) : null);
  const imageName = field('IMAGE_NAME');
  const moduleName = field('MODULE_NAME');
  const failureBucketId = field('FAILURE_BUCKET_ID');
  if (imageName === null && moduleName === null) warnings.add('IMAGE_NAME / MODULE_NAME not found');
  if (!sawStackText) warnings.add('STACK_TEXT not found');
  else if (stack.length === 0 && !stackElided) warnings.add('STACK_TEXT has no readable frames');
  const subcodeMeaning = code === '0xc4' ? describeC4Subcode(args[0] ?? null) : null;
  if (code === '0xc4' && args[0] !== null && subcodeMeaning === null) warnings.add(`unknown 0xC4 subcode ${args[0]}`);

  return {
    command,
    bugcheck: { code, name, nameSource, args, subcodeMeaning, argDescriptions },
    imageName,
    moduleName,
    failureBucketId,
    probablyCausedBy,
    followup,
    stack,
    fields,
    keyValues: keyValues.pairs,
    warnings: warnings.toArray(),
  };
}

/** kd prints "Probably caused by : X" and "Followup: Y" in the short summary before the prompt; `!analyze -v` itself may not repeat them. */
function summaryFromPreamble(result: AnalyzeResult, preamble: readonly string[]): void {
  for (const line of preamble) {
    if (isOverlong(line)) continue;
    result.probablyCausedBy ??= PROBABLY_CAUSED.exec(line)?.[1] ?? null;
    result.followup ??= FOLLOWUP.exec(line)?.[1] ?? null;
  }
}

export function parseAnalyze(text: string): AnalyzeResult | MultiResult<AnalyzeResult> {
  return parseCommandsOfKind(text, 'analyze', parseAnalyzeOutput, summaryFromPreamble);
}
