// Shared "one result or {results:[…]}" logic: a text may be bare command output, or a
// pasted console with one or several commands of a kind among others.
import { classifyCommand } from './commandClassifier';
import { splitSessionLines } from './commandEcho';
import { splitLines } from './lineSplitter';
import type { MultiResult, ParserKind, WithWarnings } from './resultTypes';

export type OutputParser<R> = (lines: string[], command: string | null) => R;

export function parseCommandsOfKind<R extends WithWarnings>(
  text: string,
  kind: ParserKind,
  parseOutput: OutputParser<R>,
): R | MultiResult<R> {
  const lines = splitLines(typeof text === 'string' ? text : '');
  const session = splitSessionLines(lines);
  const matching = session.sections.filter((s) => classifyCommand(s.command) === kind);
  if (matching.length === 0) return parseOutput(lines, null);
  if (matching.length === 1) {
    const only = matching[0]!;
    return parseOutput(only.outputLines, only.command);
  }
  return { results: matching.map((s) => parseOutput(s.outputLines, s.command)), warnings: [] };
}
