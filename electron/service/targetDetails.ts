// What the session bar shows about a target beyond its kind: the OS build and
// architecture from kd's kernel version line, and the bug check kd prints when
// it opens a crash dump ("BugCheck C4, {62, 9707712c, 9c1faf70, 1}") or when a
// live target stops on one ("*** Fatal System Error: 0x000000c4" + its arguments).
// Reading kd's text is the parsers' job (parsers/bugCheckLines.ts); this formats the chip.
import { findPrintedBugCheck, kernelBuildAndArchitecture } from '../parsers/bugCheckLines';

export interface TargetDetails {
  osBuild: string | null;
  architecture: string | null;
  bugCheck: string | null;
}

/** "00000062", "0x62", "ffffe000`12345678" -> "62", "62", "FFFFE00012345678"; null when not a hex number. */
function hexDigits(value: string, maxDigits: number): string | null {
  const digits = value.trim().replace(/^0x/i, '').replace(/`/g, '').replace(/^0+(?=.)/, '').toUpperCase();
  return digits.length <= maxDigits && /^[0-9A-F]+$/.test(digits) ? digits : null;
}

/**
 * The chip text, e.g. "0xC4 (0x62, …)": the code and the first argument (for
 * 0xC4 the subcode that says what went wrong). One format for every source
 * (the banner, a recorded `!analyze -v`), so a replay shows what the live
 * session showed. The text may come from an untrusted dump or transcript:
 * anything that is not a hex number is left out, which also keeps it short.
 */
export function formatBugCheck(code: string, args: readonly string[]): string | null {
  const codeDigits = hexDigits(code, 8);
  if (codeDigits === null) return null;
  const firstArg = args.length > 0 ? hexDigits(args[0]!, 16) : null;
  if (firstArg === null) return `0x${codeDigits}`;
  return `0x${codeDigits} (0x${firstArg}${args.length > 1 ? ', …' : ''})`;
}

/** The bug check a "BugCheck …, {…}" line or a "*** Fatal System Error" block names; null when none. */
export function bugCheckIn(text: string): string | null {
  const bug = findPrintedBugCheck(text);
  return bug ? formatBugCheck(bug.code, bug.args) : null;
}

export function targetDetailsFrom(text: string): TargetDetails {
  const { build, architecture } = kernelBuildAndArchitecture(text);
  return { osBuild: build, architecture, bugCheck: bugCheckIn(text) };
}
