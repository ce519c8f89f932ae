// The bug check of a replayed transcript that has no kd banner (recorded before
// PoolSleuth kept the banner, or the banner carried no "BugCheck" line): read
// from the first recorded `!analyze` output that names one — the same fields a
// person would read (BUGCHECK_CODE, the "NAME (c4)" header, Arg1…, "BugCheck C4, {…}").
import type { RecordedCommand } from '../debugger/replayRecording';
import { classifyCommand, parsers, type AnalyzeResult } from '../parsers';
import { formatBugCheck } from './targetDetails';

/** The leading arguments that were read; formatBugCheck shows the first and whether more exist. */
function leadingArgs(args: readonly (string | null)[]): string[] {
  const end = args.indexOf(null);
  return (end === -1 ? args : args.slice(0, end)) as string[];
}

function bugCheckOf(result: AnalyzeResult): string | null {
  const { code, args } = result.bugcheck;
  return code === null ? null : formatBugCheck(code, leadingArgs(args));
}

export function bugCheckFromRecordedAnalysis(commands: readonly RecordedCommand[]): string | null {
  for (const recorded of commands) {
    if (classifyCommand(recorded.command) !== 'analyze') continue;
    const parsed = parsers.analyze(recorded.output);
    for (const result of 'results' in parsed ? parsed.results : [parsed]) {
      const bugCheck = bugCheckOf(result);
      if (bugCheck !== null) return bugCheck;
    }
  }
  return null;
}
