// Is the program on the other end kd or cdb? Only a debugger's banner or prompt says so:
// a program that merely echoes its input (cat) or prints something else must not be
// taken for a debugger ("Ready", a "Crash dump" chip, an investigation "done" on
// nothing). The session asks this once, after its start-up marker came back.
import { failureText, TypedFailureError, type FailureMessage } from '../contract/failureMessages';
import { promptAtEnd, promptAtStart } from './promptPatterns';

/** Lines only kd, cdb or WinDbg print at start-up (or on connecting to a kernel). */
const DEBUGGER_BANNER =
  /Microsoft \(R\) Windows (?:Debugger|Kernel Debugger|Symbolic Debugger)|Windows Debugger Version \d|Kernel Debugger connection established|Loading Dump File \[|Opened ['\\]|Connected to Windows|Waiting to reconnect/i;

/** How many lines of what the program printed go into the message. */
const SHOWN_LINES = 3;

export class NotADebuggerError extends TypedFailureError {
  constructor(failure: FailureMessage) {
    super(failure);
    this.name = 'NotADebuggerError';
  }
}

/** True when the start-up text or the prompt shows a kd/cdb peer. */
export function looksLikeDebugger(bannerText: string, prompt: string | null): boolean {
  if (prompt !== null && (promptAtStart.test(prompt) || promptAtEnd.test(prompt))) return true;
  return DEBUGGER_BANNER.test(bannerText);
}

/** The first lines the program printed, without our own start-up command echoed back. */
export function firstPrintedLines(bannerText: string): string[] {
  return bannerText
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^\.echo(\s|$)/.test(l))
    .slice(0, SHOWN_LINES)
    .map((l) => (l.length > 200 ? `${l.slice(0, 200)}…` : l));
}

/**
 * null when the peer answered like kd or cdb; else why not, typed (contract/failureMessages.ts):
 * "This program did not answer like kd or cdb: <program>. It printed: …".
 */
export function peerRefusal(program: string, bannerText: string, prompt: string | null): FailureMessage | null {
  if (looksLikeDebugger(bannerText, prompt)) return null;
  const lines = firstPrintedLines(bannerText);
  if (lines.length > 0) return { code: 'not-a-debugger-printed', params: { program, printed: lines.join(' ⏎ ') } };
  const echoed = /(^|\n)\s*\.echo(\s|$)/.test(bannerText);
  return { code: echoed ? 'not-a-debugger-echoed' : 'not-a-debugger-silent', params: { program } };
}

/** The refusal in English (the CLI's and the reports' words); null for a debugger. */
export function refusePeer(program: string, bannerText: string, prompt: string | null): string | null {
  const refusal = peerRefusal(program, bannerText, prompt);
  return refusal ? failureText(refusal) : null;
}
