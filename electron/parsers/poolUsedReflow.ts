// A `!poolused` row whose columns a mail client or OCR re-flowed: numbers split into digit
// groups ("1 048 576", "1,048,576"), the tag joined to the first number ("AcpD40"), the last
// number still glued to the description ("0UNKNOWN pooltag …"). Read by its digit groups
// when that is unambiguous; otherwise null (the row is not guessed). kd itself never prints
// a leading zero or a separator in these columns, which is what makes the groups readable.
import { tokens } from './lineSplitter';

export interface ReflowedPoolUsedRow {
  tag: string;
  values: number[];
  description: string | null;
}

const GROUPED = /^\d{1,3}(?:,\d{3})+$/;

/** Reads a row of `cols` number columns; null when the line is not such a row or the groups are ambiguous. */
export function readReflowedPoolUsedRow(line: string, cols: number): ReflowedPoolUsedRow | null {
  const t = tokens(line);
  if (t.length < 2) return null;
  let tag = t[0] as string;
  const parts: string[] = [];
  let k = 1;
  // "AcpD40": a four-character tag with the first number joined to it
  if (tag.length > 4 && /^\d+$/.test(tag.slice(4))) {
    parts.push(tag.slice(4));
    tag = tag.slice(0, 4);
  }
  if (tag.length > 4 && tag.toUpperCase() !== 'TOTAL') return null;
  let description: string | null = null;
  for (; k < t.length; k++) {
    const tok = t[k] as string;
    if (/^\d+$/.test(tok) || GROUPED.test(tok)) {
      parts.push(tok.replace(/,/g, ''));
      continue;
    }
    // the last number glued to the description ("0UNKNOWN", "384UNKNOWN")
    const glued = /^(\d+)(\D.*)$/.exec(tok);
    if (glued) {
      parts.push(glued[1] as string);
      description = [glued[2] as string, ...t.slice(k + 1)].join(' ');
    } else {
      description = t.slice(k).join(' ');
    }
    break;
  }
  const values = mergeDigitGroups(parts, cols);
  if (values === null) return null;
  return { tag, values, description: description !== null && description.trim().length > 0 ? description.trim() : null };
}

/** Joins digit groups ("1", "048", "576") back into numbers until there are `cols`; null when that is ambiguous. */
function mergeDigitGroups(parts: string[], cols: number): number[] | null {
  if (parts.length < cols) return null;
  // A group with a leading zero ("048") cannot stand alone: it continues the number before it.
  const merged: string[] = [];
  for (const p of parts) {
    if (merged.length > 0 && p.length === 3 && p.startsWith('0')) merged[merged.length - 1] += p;
    else merged.push(p);
  }
  let extra = merged.length - cols;
  if (extra < 0) return null;
  if (extra > 0) {
    // Each remaining extra token must be a three-digit group; only when exactly that many exist is it clear which.
    const groups = merged.map((p, i) => i > 0 && p.length === 3).filter(Boolean).length;
    if (groups !== extra) return null;
    const out: string[] = [];
    merged.forEach((p, i) => {
      if (i > 0 && p.length === 3 && extra > 0) {
        out[out.length - 1] += p;
        extra--;
      } else out.push(p);
    });
    if (out.length !== cols) return null;
    return out.map((p) => Number.parseInt(p, 10));
  }
  return merged.map((p) => Number.parseInt(p, 10));
}

/** True when a row's numbers cannot be kd's own layout: more number tokens than columns, comma groups, or a tag joined to a number. */
export function looksReflowed(line: string, cols: number): boolean {
  const t = tokens(line);
  if (t.length === 0) return false;
  const first = t[0] as string;
  if (first.length > 4 && first.toUpperCase() !== 'TOTAL' && /^\d+$/.test(first.slice(4))) return true;
  let numeric = 0;
  for (let k = 1; k < t.length; k++) {
    const tok = t[k] as string;
    if (GROUPED.test(tok)) return true;
    if (/^\d+$/.test(tok)) numeric++;
    else {
      if (/^\d/.test(tok)) numeric++; // the last number glued to the description
      break;
    }
  }
  return numeric > cols;
}
