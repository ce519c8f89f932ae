// The bug check and kernel build kd prints outside any command: the line it writes
// when it opens a crash dump ("BugCheck C4, {62, 9707712c, 9c1faf70, 1}"), the block a
// live target prints when it stops on one ("*** Fatal System Error: 0x000000c4" and, on
// the next line, its arguments in parentheses), and the kernel version line of the
// banner ("Windows 8 Kernel Version 9600 MP (1 procs) Free x86 compatible").
// Pure and total: the text may come from an untrusted dump or transcript.
import { kernelVersionParts } from './targetVersionLines';

/** A bug check as printed: the code and its arguments, as the hex text kd wrote. */
export interface PrintedBugCheck {
  code: string;
  args: string[];
}

const bugCheckLine = /^\s*BugCheck ([0-9A-Fa-f]{1,8}), \{([0-9A-Fa-f`, ]{1,120})\}/m;
/** kd on a live target that bug checks: the code, then its four arguments in parentheses on the next line. */
const fatalSystemErrorBlock = /\*\*\* Fatal System Error: (?:0x)?([0-9A-Fa-f]{1,8})[ \t]*\r?\n[ \t]*\(([0-9A-Fa-fxX`, ]{1,160})\)/;
const fatalSystemErrorLine = /^\*\*\* Fatal System Error: (0x[0-9a-f]{8})/i;
const kernelVersionLine = /^.*\bKernel Version \d.*$/m;

/** The bug check a "BugCheck …, {…}" line or a complete "*** Fatal System Error" block names; null when none. */
export function findPrintedBugCheck(text: string): PrintedBugCheck | null {
  const bug = bugCheckLine.exec(text) ?? fatalSystemErrorBlock.exec(text);
  return bug ? { code: bug[1]!, args: bug[2]!.split(',').map((a) => a.trim()).filter(Boolean) } : null;
}

/** The code of a "*** Fatal System Error: 0x000000c4" line (its arguments follow on the next line), lowercase; null otherwise. */
export function fatalSystemErrorCode(line: string): string | null {
  return fatalSystemErrorLine.exec(line)?.[1]!.toLowerCase() ?? null;
}

/** The build number and architecture of the kernel version line ("9600", "x86"; AMD64 read as x64); nulls when absent. */
export function kernelBuildAndArchitecture(text: string): { build: string | null; architecture: string | null } {
  const parts = kernelVersionParts(kernelVersionLine.exec(text)?.[0] ?? null);
  return { build: parts.kernelBuild === null ? null : String(parts.kernelBuild), architecture: parts.architecture };
}
