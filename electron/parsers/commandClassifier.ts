// Maps a debugger command line to the parser kind that reads its output.
import type { ParserKind } from './resultTypes';

// !verifier flag values whose output is not the driver/pool report (see the !verifier docs).
const VERIFIER_OTHER_LOGS = new Set([0x4, 0x8, 0x20, 0x40, 0x100, 0x200, 0x400, 0x800]);

function classifySingle(raw: string): ParserKind | null {
  let cmd = raw.trim();
  // user-mode thread prefix "~*kb", "~0 kb", "~~[1a4]k"
  const thread = /^~(?:\*|\.|#|\d+|~\[[0-9a-fA-F]+\])?\s*/.exec(cmd);
  if (thread && thread[0].length > 0) cmd = cmd.slice(thread[0].length);
  if (cmd.length === 0) return null;
  const lower = cmd.toLowerCase();

  if (/^!analyze(\s|$)/.test(lower)) return 'analyze';
  if (/^!verifier(\s|$)/.test(lower)) {
    const arg = lower.slice('!verifier'.length).trim().split(/\s+/)[0] ?? '';
    if (arg === '') return 'verifier3';
    if (!/^(0x)?[0-9a-f]{1,8}$/.test(arg)) return null; // -disable, ?, …
    const flags = Number.parseInt(arg.replace(/^0x/, ''), 16); // kd's default radix is 16
    if (flags === 0x80) return 'verifier80';
    if (VERIFIER_OTHER_LOGS.has(flags)) return null;
    return 'verifier3';
  }
  if (/^!poolused(\s|$)/.test(lower)) return 'poolused';
  if (/^!poolfind(\s|$)/.test(lower)) return 'poolfind';
  if (/^!pool(\s|$)/.test(lower)) return 'pool';
  if (/^!vm(\s|$)/.test(lower)) return 'vm';
  if (/^ln(\s|$)/.test(lower)) return 'ln';
  // vertarget prints the banner's target lines (kernel version, product, kernel base, session time, uptime)
  if (/^vertarget(\s|$)/.test(lower)) return 'banner';
  if (/^lm[a-z0-9]*(\s|$)/i.test(cmd)) return 'lm';
  // k, kb, kp, kP, kv, kc (call sites only), kn, kf, kL, kM and combinations; not "kd" (raw stack memory)
  if (/^k[bpPvcnfLM]*(\s|$|=|[0-9])/.test(cmd)) return 'stack';
  return null;
}

/**
 * The parser kind for a command line, or null when PoolSleuth has no parser for it.
 * For ";"-separated command lines (".thread ; .cxr ; kb") the last parsable command wins.
 */
export function classifyCommand(command: string): ParserKind | null {
  if (typeof command !== 'string') return null;
  if (command.length > 4096) return null;
  if (command.indexOf(';') === -1) return classifySingle(command);
  let kind: ParserKind | null = null;
  for (const part of command.split(';')) {
    const k = classifySingle(part);
    if (k !== null) kind = k;
  }
  return kind;
}
