// Command output (LF text from the session or a recorded log) as the line arrays the
// parsers' per-output functions take.
export function outputLines(output: string): string[] {
  const lines = output.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
