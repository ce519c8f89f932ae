// Finds the commands of one kind in a text and parses their output: the text may be
// bare command output, or a pasted console with one or several commands of the kind
// among others ("one result or {results:[…]}"). It runs nothing; every parser's
// text entry point goes through it.
import { classifyCommand } from './commandClassifier';
import { splitSessionLines } from './commandEcho';
import { splitLines } from './lineSplitter';
import { stripPasteDecoration } from './pastedTextDecoration';
import type { MultiResult, ParserKind, WithWarnings } from './resultTypes';

export type OutputParser<R> = (lines: string[], command: string | null) => R;

export function parseCommandsOfKind<R extends WithWarnings>(
  text: string,
  kind: ParserKind,
  parseOutput: OutputParser<R>,
  /** Lets a kind take facts from the lines before the first prompt (kd's bug check summary before "kd> !analyze -v"). */
  readPreamble?: (result: R, preamble: readonly string[]) => void,
): R | MultiResult<R> {
  // Paste decorations (block quotes, comment markers, …) come off first; line numbers are kept.
  const { lines, warnings: pasted } = stripPasteDecoration(splitLines(typeof text === 'string' ? text : ''));
  const session = splitSessionLines(lines);
  const matching = session.sections.filter((s) => classifyCommand(s.command) === kind);
  if (matching.length === 0) return withPasteWarnings(parseOutput(lines, null), pasted);
  if (matching.length === 1) {
    const only = matching[0]!;
    const result = parseOutput(only.outputLines, only.command);
    if (readPreamble && session.preamble.length > 0) readPreamble(result, session.preamble);
    return withPasteWarnings(result, pasted);
  }
  return { results: matching.map((s) => parseOutput(s.outputLines, s.command)), warnings: pasted };
}

/** Puts the pre-pass's warnings in front of a result's own. */
export function withPasteWarnings<R extends WithWarnings>(result: R, pasted: readonly string[]): R {
  if (pasted.length > 0) result.warnings = [...pasted, ...result.warnings];
  return result;
}
