// A whole session log (.logopen file, pasted console): split at the prompts, classify each
// command, parse each command's output with its kind's parser.
import { parseBannerLines } from './bannerParser';
import { classifyCommand } from './commandClassifier';
import { splitSessionLines } from './commandEcho';
import { splitLines } from './lineSplitter';
import { stripPasteDecoration } from './pastedTextDecoration';
import type { ParserKind, TranscriptCommand, TranscriptResult } from './resultTypes';
import { WarningList } from './warningList';
import { parseAnalyzeOutput } from './analyzeParser';
import { parseLnOutput } from './lnParser';
import { parseModuleListOutput } from './moduleListParser';
import { parsePoolFindOutput } from './poolFindParser';
import { parsePoolOutput } from './poolParser';
import { parsePoolUsedOutput } from './poolUsedParser';
import type { KindResult } from './resultTypes';
import { parseStackOutput } from './stackParser';
import { parseVerifierLogOutput } from './verifierLogParser';
import { parseVerifierPoolOutput } from './verifierPoolParser';
import { parseVmOutput } from './vmParser';

/** The parser of ONE command's output (no prompt or command line in it), per kind that is a debugger command's output. */
const commandOutputParsers: Partial<Record<ParserKind, (lines: string[], command: string | null) => KindResult>> = {
  analyze: parseAnalyzeOutput,
  verifier3: parseVerifierPoolOutput,
  verifier80: parseVerifierLogOutput,
  ln: parseLnOutput,
  poolused: parsePoolUsedOutput,
  poolfind: parsePoolFindOutput,
  pool: parsePoolOutput,
  vm: parseVmOutput,
  lm: parseModuleListOutput,
  stack: parseStackOutput,
  banner: (lines) => parseBannerLines(lines, true), // vertarget
};

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
      const parse = commandOutputParsers[kind];
      try {
        result = parse ? parse(s.outputLines, s.command) : null;
      } catch (e) {
        warnings.add(`internal error parsing "${s.command.slice(0, 60)}": ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    commands.push({ prompt: s.prompt, command: s.command, kind, result, startLine: s.startLine, outputLineCount: s.outputLines.length });
  }
  let banner: TranscriptResult['banner'] = null;
  if (session.preamble.some((l) => /Windows Debugger Version|Loading Dump File|Dump File(?: with [A-Za-z ]{1,30})?:|Kernel Version|Kernel Debugger connection/i.test(l))) {
    banner = parseBannerLines(session.preamble);
  }
  if (commands.length === 0) warnings.add('no debugger prompt with a command found (kd> , 0: kd> , 0:000> , …)');
  return { banner, commands, warnings: warnings.toArray() };
}
