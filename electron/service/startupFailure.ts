// A debugger that failed to start: say what the user can change (the program's path,
// the command line's quoting, the program's own first error line), never the session's
// internal start-up command (".echo"). The message is typed (contract/failureMessages.ts)
// so the UI shows it in the user's language; its English is the CLI's.
import { failureDetailText, failureText, TypedFailureError, type FailureDetail, type FailureMessage } from '../contract';
import { NotADebuggerError } from '../debugger/peerIdentification';

/**
 * The transport's exit reasons (debugger/localProcessTransport.ts) as typed details. A
 * reason is taken apart only when the detail's English gives it back to the letter;
 * anything else stays `as-said`, in its own words.
 */
const detailPatterns: { code: FailureDetail['code']; pattern: RegExp; names: string[] }[] = [
  { code: 'not-found', pattern: /^Debugger not found: '(.*)'\. Check the path to kd\.exe\/cdb\.exe \(Windows Kits\\10\\Debuggers\\x64\) or pick the demo target$/s, names: ['command'] },
  { code: 'could-not-start', pattern: /^Could not start '(.*?)': (.*)$/s, names: ['command', 'error'] },
  { code: 'closed-output', pattern: /^(.*) closed its output but kept running; it was ended$/s, names: ['name'] },
  { code: 'exited-saying', pattern: /^(.*?) exited with code (-?\d+|null): (.*)$/s, names: ['name', 'exitCode', 'stderr'] },
  { code: 'exited', pattern: /^(.*?) exited with code (-?\d+|null)$/s, names: ['name', 'exitCode'] },
  { code: 'killed-saying', pattern: /^(.*?) was killed by (SIG[A-Z0-9]+): (.*)$/s, names: ['name', 'signal', 'stderr'] },
  { code: 'killed', pattern: /^(.*?) was killed by (SIG[A-Z0-9]+)$/s, names: ['name', 'signal'] },
];

export function startupFailureDetail(reason: string): FailureDetail {
  for (const { code, pattern, names } of detailPatterns) {
    const match = pattern.exec(reason);
    if (!match) continue;
    const detail: FailureDetail = { code, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) };
    if (failureDetailText(detail) === reason) return detail;
  }
  return { code: 'as-said', params: { text: reason } };
}

/** "false exited with code 1 (while running '.echo')" → what happened and what to check, typed. */
export function startupFailure(program: string, reason: string): FailureMessage {
  const clean = reason.replace(/\s*\((?:while starting|while running '\.echo[^']*')\)\s*$/, '').replace(/\s*\(while running '\.echo[^)]*\)/g, '');
  const cleaned = clean.replace(/[\s,;:|.]+$/, '');
  const notFound = /ENOENT|not found|no such file|cannot find|is not recognized/i.test(clean);
  const shown = program.length > 200 ? `${program.slice(0, 200)}…` : program;
  const detail = startupFailureDetail(cleaned);
  // A reason that already says what to check (the transport's "Debugger not found … Check the path") keeps its own advice.
  const code = /\bcheck\b/i.test(cleaned) ? 'did-not-start' : notFound ? 'did-not-start-check-path' : 'did-not-start-check-command-line';
  return { code, params: { program: shown }, detail };
}

export function startupFailureMessage(program: string, reason: string): string {
  return failureText(startupFailure(program, reason));
}

/** Wraps a start-up failure; a refusal of a non-debugger keeps its own message. */
export function startupError(program: string, err: unknown): Error {
  if (err instanceof NotADebuggerError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new TypedFailureError(startupFailure(program, reason));
}
