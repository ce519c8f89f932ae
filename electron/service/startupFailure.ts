// A debugger that failed to start: say what the user can change (the program's path,
// the command line's quoting, the program's own first error line), never the session's
// internal start-up command (".echo").
import { NotADebuggerError } from '../debugger/peerIdentification';

/** "false exited with code 1 (while running '.echo')" → what happened and what to check. */
export function startupFailureMessage(program: string, reason: string): string {
  const clean = reason.replace(/\s*\((?:while starting|while running '\.echo[^']*')\)\s*$/, '').replace(/\s*\(while running '\.echo[^)]*\)/g, '');
  const cleaned = clean.replace(/[\s,;:|.]+$/, '');
  const notFound = /ENOENT|not found|no such file|cannot find|is not recognized/i.test(clean);
  const advice = notFound
    ? 'Check the debugger path (the full path to kd.exe or cdb.exe) and that the file exists on that machine.'
    : 'Check the command line: the program path, its arguments and their quoting (a path with spaces needs quotes).';
  const shown = program.length > 200 ? `${program.slice(0, 200)}…` : program;
  // A reason that already says what to check (the transport's "Debugger not found … Check the path") keeps its own advice.
  return /\bcheck\b/i.test(cleaned) ? `The debugger did not start (${shown}): ${cleaned}.` : `The debugger did not start (${shown}): ${cleaned}. ${advice}`;
}

/** Wraps a start-up failure; a refusal of a non-debugger keeps its own message. */
export function startupError(program: string, err: unknown): Error {
  if (err instanceof NotADebuggerError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new Error(startupFailureMessage(program, reason));
}
