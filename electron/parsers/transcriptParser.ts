// A whole session log (.logopen file, pasted console): split at the prompts, classify each
// command, parse each command's output with its kind's parser.
import { parseBannerLines } from './bannerParser';
import { classifyCommand } from './commandClassifier';
import { splitSessionLines } from './commandEcho';
import { splitLines } from './lineSplitter';
import { stripPasteDecoration } from './pastedTextDecoration';
import type { ParserKind, TranscriptCommand, TranscriptResult } from './resultTypes';
import { WarningList } from './warningList';
import { outputParsers } from './outputParsers';

export interface TranscriptOptions {
  /** Only parse the output of these kinds (others get result null). Default: all. */
  kinds?: readonly ParserKind[];
}

export function parseTranscript(text: string, options: TranscriptOptions = {}): TranscriptResult {
  const warnings = new WarningList();
  const pasted = stripPasteDecoration(splitLines(typeof text === 'string' ? text : ''));
  for (const w of pasted.warnings) warnings.add(w);
  const session = splitSessionLines(pasted.lines);
  const commands: TranscriptCommand[] = [];
  for (const s of session.sections) {
    const kind = classifyCommand(s.command);
    let result: TranscriptCommand['result'] = null;
    if (kind !== null && (options.kinds === undefined || options.kinds.includes(kind))) {
      const parse = outputParsers[kind];
      try {
        result = parse ? parse(s.outputLines, s.command) : null;
      } catch (e) {
        warnings.add(`internal error parsing "${s.command.slice(0, 60)}": ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    commands.push({ prompt: s.prompt, command: s.command, kind, result, startLine: s.startLine, outputLineCount: s.outputLines.length });
  }
  let banner: TranscriptResult['banner'] = null;
  if (session.preamble.some((l) => /Windows Debugger Version|Loading Dump File|Kernel Version|Kernel Debugger connection/i.test(l))) {
    banner = parseBannerLines(session.preamble);
  }
  if (commands.length === 0) warnings.add('no debugger prompt with a command found (kd> , 0: kd> , 0:000> , …)');
  return { banner, commands, warnings: warnings.toArray() };
}
