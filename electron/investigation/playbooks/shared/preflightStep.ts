// Preflight: without a symbol path ln cannot name callers and !analyze guesses; without
// .lines ln prints no file:line. Fix what a command can fix, warn about the rest.
// (.sympath / .lines answers are one line each; no parser kind exists for them.)
import type { StepDefinition } from '../../stepTypes';

/** "Symbol search path is: srv*" -> "srv*"; "<empty>" or missing -> "". null when not printed. */
export function symbolPathOf(output: string): string | null {
  const m = /Symbol search path is:\s*(.*)$/m.exec(output);
  if (!m) return null;
  const value = m[1]!.trim();
  return value === '<empty>' ? '' : value;
}

export const preflightStep: StepDefinition = {
  id: 'preflight',
  title: 'Check symbols and line numbers',
  why: 'Caller addresses only become function names and source lines with a symbol path and line-number loading on.',
  async run(ctx) {
    const answers = await ctx.runBatch(['.sympath', '.lines -e']);
    const sympath = answers[0] ?? null;
    const lines = answers[1] ?? null;
    if (sympath === null && lines === null) return;
    const path = sympath === null ? null : symbolPathOf(sympath);
    if (path === '') {
      ctx.addFinding({
        kind: 'note',
        severity: 'info',
        title: 'Symbol path was empty: set to the Microsoft symbol server',
        detail: 'Ran .symfix and .reload. Add your driver\'s PDB folder with .sympath+ <folder> if it is not on a symbol server.',
      });
      await ctx.runBatch(['.symfix', '.reload']);
    } else if (path === null && sympath !== null) {
      ctx.warn('symbol-path-unknown', 'The debugger did not answer .sympath as expected; caller names may be missing.');
    }
    if (lines !== null && !/line number information will be loaded/i.test(lines)) {
      ctx.warn('lines-unknown', '.lines -e did not confirm; ln may print no source file and line.');
    }
  },
};
