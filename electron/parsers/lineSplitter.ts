// Splits debugger text into lines. Handles CRLF, lone CR, and bounds the work any
// per-line pattern can do: lines longer than MAX_LINE_LENGTH are not given to the
// line patterns at all (debugger output never has such lines; adversarial input does),
// which keeps every parser linear in the size of its input.

export const MAX_LINE_LENGTH = 8192;

/** Splits on \r\n, \n or \r. Never throws; a non-string becomes an empty list. */
export function splitLines(text: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lines = text.split('\n');
  if (text.indexOf('\r') === -1) return lines;
  // Built into a new list: splicing each CR-split line into place would move every
  // later line each time (quadratic in the number of lines).
  const out: string[] = [];
  for (const line of lines) {
    if (line.indexOf('\r') === -1) {
      out.push(line);
      continue;
    }
    // "a\r" (CRLF) is the common case; a lone CR inside a line splits it (old Mac / progress redraws).
    const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (trimmed.indexOf('\r') === -1) out.push(trimmed);
    else for (const part of trimmed.split('\r')) out.push(part);
  }
  return out;
}

/** True when the line is empty or only whitespace (including the no-break spaces blogs insert). */
export function isBlank(line: string): boolean {
  return line.trim().length === 0;
}

/** True for lines that are too long to be real debugger output (see MAX_LINE_LENGTH). */
export function isOverlong(line: string): boolean {
  return line.length > MAX_LINE_LENGTH;
}

/** Splits a trimmed line on runs of whitespace (linear, no regex backtracking). */
export function tokens(line: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0 || c === 11 || c === 12;
    if (space) {
      if (start !== -1) {
        out.push(line.slice(start, i));
        start = -1;
      }
    } else if (start === -1) {
      start = i;
    }
  }
  if (start !== -1) out.push(line.slice(start));
  return out;
}
