// How many terminal cells a code point takes, as xterm renders it: East Asian wide
// and fullwidth characters take two, combining marks none. Needed to know where a
// wrapped edit line ends; users type CJK text in `.echo` and file paths.

const wideRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const zeroWidthRanges: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
];

const inRanges = (cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

export function cellWidth(char: string): 0 | 1 | 2 {
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x300) return 1;
  if (inRanges(cp, zeroWidthRanges)) return 0;
  return inRanges(cp, wideRanges) ? 2 : 1;
}
