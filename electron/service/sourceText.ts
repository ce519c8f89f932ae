// Turns source file bytes into the window of text the viewer shows: UTF-8 or
// UTF-16 (with a BOM, as Visual Studio sometimes saves), binary refused, and
// at most `maxLines` lines around the requested one.
export function decodeSource(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) return null;
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

export function sourceWindow(text: string, line: number, maxLines = 2000): { text: string; startLine: number; totalLines: number } {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const total = lines.length;
  const start = Math.max(0, Math.min(line - 1 - Math.floor(maxLines / 2), total - maxLines));
  const slice = lines.slice(start, start + maxLines);
  return { text: slice.join('\n'), startLine: start + 1, totalLines: total };
}
