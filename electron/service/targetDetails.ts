// What the session bar shows about a target beyond its kind: the OS build and
// architecture from kd's kernel version line, and the bug check kd prints when
// it opens a crash dump ("BugCheck C4, {62, 9707712c, 9c1faf70, 1}") or when a
// live target stops on one ("*** Fatal System Error: 0x000000c4" + its arguments).
export interface TargetDetails {
  osBuild: string | null;
  architecture: string | null;
  bugCheck: string | null;
}

const kernelVersionLine = /Kernel Version (\d{3,5})\b.*?\b(x86|x64|AMD64|ARM64|IA64)\b/i;
const bugCheckLine = /^\s*BugCheck ([0-9A-Fa-f]{1,8}), \{([0-9A-Fa-f`, ]{1,120})\}/m;
/** kd on a live target that bug checks: the code, then its four arguments in parentheses on the next line. */
const fatalSystemError = /\*\*\* Fatal System Error: (?:0x)?([0-9A-Fa-f]{1,8})[ \t]*\r?\n[ \t]*\(([0-9A-Fa-fxX`, ]{1,160})\)/;

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
  const bug = bugCheckLine.exec(text) ?? fatalSystemError.exec(text);
  return bug ? formatBugCheck(bug[1]!, bug[2]!.split(',').map((a) => a.trim()).filter(Boolean)) : null;
}

export function targetDetailsFrom(text: string): TargetDetails {
  const version = kernelVersionLine.exec(text);
  const arch = version?.[2]?.toLowerCase() ?? null;
  return { osBuild: version?.[1] ?? null, architecture: arch === 'amd64' ? 'x64' : arch, bugCheck: bugCheckIn(text) };
}
