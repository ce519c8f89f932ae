// What the session bar shows about a target beyond its kind: the OS build and
// architecture from kd's kernel version line, and the bug check kd prints when
// it opens a crash dump ("BugCheck C4, {62, 9707712c, 9c1faf70, 1}").
export interface TargetDetails {
  osBuild: string | null;
  architecture: string | null;
  bugCheck: string | null;
}

const kernelVersionLine = /Kernel Version (\d{3,5})\b.*?\b(x86|x64|AMD64|ARM64|IA64)\b/i;
const bugCheckLine = /^\s*BugCheck ([0-9A-Fa-f]{1,8}), \{([0-9A-Fa-f`, ]{1,120})\}/m;

function hex(value: string): string {
  return `0x${value.replace(/`/g, '').replace(/^0+(?=.)/, '').toUpperCase()}`;
}

export function targetDetailsFrom(text: string): TargetDetails {
  const version = kernelVersionLine.exec(text);
  const arch = version?.[2]?.toLowerCase() ?? null;
  const bug = bugCheckLine.exec(text);
  let bugCheck: string | null = null;
  if (bug) {
    const args = bug[2]!.split(',').map((a) => a.trim()).filter(Boolean);
    bugCheck = `${hex(bug[1]!)}${args.length ? ` (${hex(args[0]!)}${args.length > 1 ? ', …' : ''})` : ''}`;
  }
  return { osBuild: version?.[1] ?? null, architecture: arch === 'amd64' ? 'x64' : arch, bugCheck };
}
