// Source locations in debugger output, so a click opens the source viewer:
//   ln:  d:\coding\wdmdrivers\mydriver\handleioctl.c(50)+0x15
//   k:   MyDriver!DeviceControlDispatch+0x4c [d:\coding\…\handleioctl.c @ 50]
export interface SourceLocationMatch {
  /** 0-based start and end (exclusive) in the line's text. */
  start: number;
  end: number;
  file: string;
  line: number;
}

const locationPattern = /((?:[A-Za-z]:|\\\\[^\\\s]+)\\[^\s()<>|"*?[\]@]*?\.[A-Za-z0-9]{1,8})(?:\((\d{1,7})\)| @ (\d{1,7})\b)/g;

export function findSourceLocations(text: string): SourceLocationMatch[] {
  const found: SourceLocationMatch[] = [];
  for (const m of text.matchAll(locationPattern)) {
    const line = Number(m[2] ?? m[3]);
    if (line < 1) continue;
    found.push({ start: m.index, end: m.index + m[0].length, file: m[1]!, line });
  }
  return found;
}
