// Text a user pastes ("Paste kd output"): one command's output or a whole console, often
// decorated by where it was copied from, often without the prompt line. Turned into a text
// log the replay can answer from: the paste decorations come off (pastedTextDecoration.ts),
// and output that no "kd> command" line introduces gets one, guessed from what the output is
// (the "Bugcheck Analysis" banner is `!analyze -v`, "Verify Flags Level" is `!verifier 3`, …)
// and written the way the playbooks ask for it, so the replay finds it. Every guess is a
// warning. Pure and linear: one pass to find where outputs start, one transcript parse for
// the per-command warnings.
import { splitSessionLines } from './commandEcho';
import { isOverlong, splitLines } from './lineSplitter';
import { stripPasteDecoration } from './pastedTextDecoration';
import { parseTranscript } from './transcriptParser';
import { isSafeModuleName } from './debuggerArgumentValidators';
import type { ParserKind } from './resultTypes';

export interface PastedSession {
  /** A text log ("kd> command" lines and their output), or the saved transcript as it was pasted. */
  logText: string;
  /** The commands the replay will answer, in order. */
  commands: string[];
  /** What was stripped or guessed, then each command's parse warnings ("!verifier 3 x: …"). */
  warnings: string[];
}

const MAX_WARNINGS = 60;
const savedTranscriptStart = /^\s*\{"format":"poolsleuth-transcript"/;

interface OutputStart {
  kind: ParserKind;
  /** Why the output is read as this kind (for the warning). */
  evidence: string;
}

const ANALYZE_FIELD = /^\s*(BUGCHECK_CODE|BUGCHECK_STR|FAILURE_BUCKET_ID|DEFAULT_BUCKET_ID|Arg1):/;
const VERIFIER_LEVEL = /^\s*Verify (?:Flags )?Level\s/;
const VERIFIER_DRIVER = /^\s*(?:MODULE:\s+(?:0x)?[0-9a-fA-F`]{1,17}\s+|nt!_VF_TARGET_DRIVER\s+(?:0x)?[0-9a-fA-F`]{1,17}:\s+)([A-Za-z0-9_.-]{1,64})\s/;
const VERIFIER_TABLE = /^\s*(?:Pool Allocations:\s*)?(?:Address\s+Length\s+Tag\s+Caller|PoolAddress\s+SizeInBytes\s+Tag\s+CallersAddress)\b/;
const VERIFIER_LOG = /^\s*(?:Log of recent kernel pool Allocate and Free operations|Pool block [0-9a-fA-F`]{8,17}, Size [0-9a-fA-F`]{1,17}, Thread)/;
const VM_START = /^\s*(?:\*\*\* Virtual Memory Usage \*\*\*|Physical Memory:\s+\d|NonPagedPool(?:Nx)? Usage:\s+\d)/;
const POOLUSED_START = /^\s*(?:Sorting by\s+(?:NonPaged|Paged|Tag)|Tag\s+Allocs\s+(?:Used|Frees|Bytes)\b|Tag\s+NP\s+Allocs?\b)/i;
const BANNER_LINE = /Windows Debugger Version|Loading Dump File|Connected to Windows|Loading (?:Kernel|User) Symbols|Dump File(?: with [A-Za-z ]{1,30})?:|Kernel Version|Kernel Debugger connection|Symbol search path is/i;
const LM_START = /^\s*start\s+end\s+module name\s*$/;
const STACK_START = /^\s*(?:#\s+)?(?:ChildEBP\s+RetAddr|Child-SP\s+RetAddr)\b/;

/** The kind of output a line starts, if it is one that only the start of that output has. */
function outputStart(lines: readonly string[], i: number, open: ParserKind | null): OutputStart | null {
  const line = lines[i] as string;
  if (/^\s*\*{20,}\s*$/.test(line) && /Bugcheck Analysis/.test(lines[i + 2] ?? '') && open !== 'analyze')
    return { kind: 'analyze', evidence: 'the "Bugcheck Analysis" banner' };
  if (open !== 'analyze' && ANALYZE_FIELD.test(line)) return { kind: 'analyze', evidence: `the ${line.trim().split(':')[0]} field` };
  if (VERIFIER_LEVEL.test(line)) return { kind: 'verifier3', evidence: `"${line.trim().slice(0, 40)}"` };
  if (open !== 'verifier3' && (VERIFIER_DRIVER.test(line) || VERIFIER_TABLE.test(line)))
    return { kind: 'verifier3', evidence: 'a Driver Verifier driver or allocation table' };
  if (open !== 'verifier80' && VERIFIER_LOG.test(line)) return { kind: 'verifier80', evidence: 'the verifier pool log' };
  if (open !== 'vm' && VM_START.test(line)) return { kind: 'vm', evidence: 'the !vm pool usage lines' };
  if (POOLUSED_START.test(line) && open !== 'poolused') return { kind: 'poolused', evidence: 'the !poolused table header' };
  if (LM_START.test(line)) return { kind: 'lm', evidence: 'the "start end module name" header' };
  if (open !== 'stack' && STACK_START.test(line)) return { kind: 'stack', evidence: 'the stack column header' };
  return null;
}

/** The command a playbook sends for this kind of output (so the replay can answer it). */
function commandFor(kind: ParserKind, lines: readonly string[], from: number, to: number): string {
  switch (kind) {
    case 'analyze':
      return '!analyze -v';
    case 'verifier3': {
      for (let k = from; k < to; k++) {
        const m = VERIFIER_DRIVER.exec(lines[k] as string);
        if (m && isSafeModuleName(m[1] as string)) return `!verifier 3 ${m[1]}`;
      }
      return '!verifier';
    }
    case 'verifier80':
      return '!verifier 0x80';
    case 'vm':
      return '!vm';
    case 'poolused':
      return '!poolused 2';
    case 'lm':
      return 'lm';
    default:
      return 'k';
  }
}

/** Inserts "kd> command" before output that no prompt introduces (the preamble, or a paste without any prompt). */
function introduceBareOutputs(lines: string[], end: number, warnings: string[]): string[] {
  const starts: Array<{ at: number; start: OutputStart }> = [];
  let open: ParserKind | null = null;
  for (let i = 0; i < end; i++) {
    if (isOverlong(lines[i] as string)) continue;
    const s = outputStart(lines, i, open);
    if (s && s.kind !== open) {
      starts.push({ at: i, start: s });
      open = s.kind;
    }
  }
  if (starts.length === 0) return lines;
  // The first output begins before the line that told its kind ("DRIVER_IRQL… (d1)" above "Arg1:", "Page File:" above
  // "Physical Memory:") unless what comes before is a debugger banner: then it begins at the top of the paste.
  const head = lines.slice(0, starts[0]!.at);
  if (!head.some((l) => !isOverlong(l) && BANNER_LINE.test(l))) {
    const firstText = head.findIndex((l) => l.trim().length > 0);
    if (firstText !== -1) starts[0]!.at = firstText;
  }
  const out: string[] = lines.slice(0, starts[0]!.at);
  starts.forEach((s, k) => {
    const to = k + 1 < starts.length ? starts[k + 1]!.at : end;
    const command = commandFor(s.start.kind, lines, s.at, to);
    warnings.push(`pasted text: output from line ${s.at + 1} has no "kd> command" line: read as "${command}" (from ${s.start.evidence})`);
    out.push(`kd> ${command}`, ...lines.slice(s.at, to));
  });
  out.push(...lines.slice(end));
  return out;
}

export function preparePastedSession(text: string): PastedSession {
  const input = typeof text === 'string' ? text : '';
  if (savedTranscriptStart.test(input)) return { logText: input, commands: [], warnings: [] };
  const undecorated = stripPasteDecoration(splitLines(input));
  const warnings = [...undecorated.warnings];
  let lines = undecorated.lines;
  const first = splitSessionLines(lines).sections[0];
  // Output before the first prompt (or with no prompt at all) that is not a banner gets its command.
  lines = introduceBareOutputs(lines, first ? first.startLine : lines.length, warnings);
  const logText = lines.join('\n');
  const transcript = parseTranscript(logText);
  const commands = transcript.commands.map((c) => c.command);
  for (const c of transcript.commands) {
    const parsed = c.result as { warnings?: unknown; results?: unknown } | null;
    const own = parsed && Array.isArray(parsed.warnings) ? (parsed.warnings as string[]) : [];
    for (const w of own) warnings.push(`${c.command}: ${w}`);
  }
  for (const w of transcript.warnings) if (!w.startsWith('pasted text:')) warnings.push(w);
  const known = transcript.commands.filter((c) => c.kind !== null).length;
  if (commands.length > 0 && known === 0) warnings.push('pasted text: none of the commands is one PoolSleuth reads (!analyze, !verifier, !poolused, !vm, ln, lm, k, …)');
  const capped = warnings.length > MAX_WARNINGS ? [...warnings.slice(0, MAX_WARNINGS), `${warnings.length - MAX_WARNINGS} further warnings omitted`] : warnings;
  return { logText, commands, warnings: capped };
}
