// Lines kd prints about itself or the target rather than as a command's answer:
// symbol-loading progress, "the target is running/busy", a KDNET link waiting to
// reconnect, a new connection banner (the target rebooted) and a bug check.
// The session turns them into states and notes. Pure: one line in, one signal out.
import { fatalSystemErrorCode } from '../parsers/bugCheckLines';

export type DebuggerSignal =
  | { kind: 'progress'; text: string }
  | { kind: 'debuggee-running' }
  | { kind: 'busy' }
  | { kind: 'waiting-to-reconnect' }
  | { kind: 'shutdown' }
  | { kind: 'connected'; text: string }
  | { kind: 'bug-check'; code: string };

// Symbol loading prints rows of dots (kd's "Loading Kernel Symbols" sections,
// `.reload`), `!verifier 0x80` prints "Parsing …"/"Parsed entry x/y" while it walks
// the log; symbol-server chatter with `!sym noisy`. All of them mean: alive, working.
const progressLines: readonly RegExp[] = [
  /^\.{3,}\s*$/,
  /^Loading (?:Kernel|User) Symbols\s*$/,
  /^Loading unloaded module list\s*$/,
  /^Reloading current modules\s*$/,
  /^Parsing 0x[0-9a-f]+ log entries/i,
  /^Parsed entry [0-9a-fx]+\/[0-9a-fx]+/i,
  /^(?:SYMSRV|DBGHELP):\s/,
];

export function classifyDebuggerLine(rawLine: string): DebuggerSignal | null {
  const line = rawLine.replace(/\r$/, '');
  if (line.length > 300) return null;
  for (const pattern of progressLines) if (pattern.test(line)) return { kind: 'progress', text: line.trim().slice(0, 200) };
  if (/^\s*Debuggee is running\.\.\./.test(line)) return { kind: 'debuggee-running' };
  if (/^\s*\*BUSY\*/.test(line)) return { kind: 'busy' };
  if (/^\s*Waiting to reconnect\.\.\./.test(line)) return { kind: 'waiting-to-reconnect' };
  if (/^Shutdown occurred at /.test(line)) return { kind: 'shutdown' };
  if (/^Connected to (?:Windows|target) .{1,200}$/.test(line) || /^Kernel Debugger connection established/.test(line)) {
    return { kind: 'connected', text: line.trim() };
  }
  const fatal = fatalSystemErrorCode(line);
  if (fatal) return { kind: 'bug-check', code: fatal };
  return null;
}
