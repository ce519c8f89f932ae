// A debugger that failed to start: say what the user can change (the program's path,
// the command line's quoting, the program's own first error line), never the session's
// internal start-up command (".echo"). The message is typed (contract/failureMessages.ts)
// so the UI shows it in the user's language; its English is the CLI's.
import { failureText, TypedFailureError, type FailureDetail, type FailureMessage } from '../contract';
import { TransportStartError } from '../debugger/debuggerTransport';
import { NotADebuggerError } from '../debugger/peerIdentification';

/**
 * "false exited with code 1 (while running '.echo')" → what happened and what to check, typed.
 * `detail`: the transport's typed exit reason (or start error); without it the reason stays in its own words.
 */
export function startupFailure(program: string, reason: string, detail?: FailureDetail | null): FailureMessage {
  const clean = reason.replace(/\s*\((?:while starting|while running '\.echo[^']*')\)\s*$/, '').replace(/\s*\(while running '\.echo[^)]*\)/g, '');
  const cleaned = clean.replace(/[\s,;:|.]+$/, '');
  const notFound = detail?.code === 'not-found' || /ENOENT|not found|no such file|cannot find|is not recognized/i.test(clean);
  const shown = program.length > 200 ? `${program.slice(0, 200)}…` : program;
  // A reason that already says what to check (the transport's "Debugger not found … Check the path") keeps its own advice.
  const code = detail?.code === 'not-found' || /\bcheck\b/i.test(cleaned) ? 'did-not-start' : notFound ? 'did-not-start-check-path' : 'did-not-start-check-command-line';
  return { code, params: { program: shown }, detail: detail ?? { code: 'as-said', params: { text: cleaned } } };
}

export function startupFailureMessage(program: string, reason: string, detail?: FailureDetail | null): string {
  return failureText(startupFailure(program, reason, detail));
}

/** Wraps a start-up failure; a refusal of a non-debugger keeps its own message. `exit`: the session's typed exit reason. */
export function startupError(program: string, err: unknown, exit?: FailureDetail | null): Error {
  if (err instanceof NotADebuggerError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  const detail = err instanceof TransportStartError ? err.detail : exit;
  return new TypedFailureError(startupFailure(program, reason, detail));
}
