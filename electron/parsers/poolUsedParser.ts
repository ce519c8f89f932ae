// !poolused [Flags [Tag]]: per-tag pool usage.
//    Sorting by  Tag
//   Pool Used:
//             NonPaged            Paged
//  Tag    Allocs     Used    Allocs     Used
//  1394        1      520         0        0UNKNOWN pooltag '1394', please update pooltag.txt
//  8042        4     3944         0        0PS/2 kb and mouse , Binary: i8042prt.sys
//  TOTAL     3570214 209120008     38769 13066104
// The description is glued to the last number column; the header's column edges tell
// where the number ends ("ohci … 01394 OHCI host controller" is 0 + "1394 OHCI …").
import { isOverlong } from './lineSplitter';
import { parseCommandsOfKind } from './multiCommandRunner';
import type { MultiResult, PoolUsedResult, PoolUsedRow } from './resultTypes';
import { WarningList } from './warningList';

const HEADER = /^(\s*)Tag\s+Allocs\s+Used\s+Allocs\s+Used\s*$/i;

function ownerOf(description: string | null): string | null {
  if (description === null) return null;
  if (/^UNKNOWN pooltag/i.test(description)) return null;
  const bin = /Binary\s*:\s*(\S+)/i.exec(description);
  if (bin) return bin[1] as string;
  return description;
}

function numberAt(s: string): number | null {
  return /^\d{1,18}$/.test(s) ? Number.parseInt(s, 10) : null;
}

/** Tokens with their end positions (index after the last character). */
function tokenEnds(line: string): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) out.push({ text: m[0], end: m.index + m[0].length });
  return out;
}

export function parsePoolUsedOutput(lines: string[], command: string | null = null): PoolUsedResult {
  const warnings = new WarningList();
  const rows: PoolUsedRow[] = [];
  let totals: PoolUsedResult['totals'] = null;
  let sortedBy: string | null = null;
  let headerEnds: number[] | null = null;
  for (const line of lines) {
    if (isOverlong(line) || line.trim().length === 0) continue;
    const sb = line.length > 200 ? null : /^\s*Sorting by\s+(\S.*)$/.exec(line);
    if (sb) {
      sortedBy = (sb[1] as string).trim().replace(/\s+/g, ' ');
      continue;
    }
    if (HEADER.test(line)) {
      headerEnds = tokenEnds(line).slice(1).map((x) => x.end);
      continue;
    }
    if (headerEnds === null) continue;
    const t = tokenEnds(line);
    if (t.length < 5) continue;
    const tag = t[0]!.text;
    if (tag.length > 5) continue;
    const n1 = numberAt(t[1]!.text);
    const n2 = numberAt(t[2]!.text);
    const n3 = numberAt(t[3]!.text);
    if (n1 === null || n2 === null || n3 === null) continue;
    // The fourth number is glued to the description: split it at the header's column edge
    // when the row is aligned with the header, else take the token's leading digits.
    let n4: number | null;
    let description: string | null;
    const edge = headerEnds[3] ?? -1;
    const aligned = t[1]!.end === headerEnds[0] && t[2]!.end === headerEnds[1] && t[3]!.end === headerEnds[2] && edge > t[3]!.end;
    const col = aligned ? line.slice(t[3]!.end, edge) : '';
    if (aligned && /^\s*\d+$/.test(col)) {
      n4 = numberAt(col.trim());
      description = line.slice(edge).trim() || null;
    } else {
      const d = /^(\d+)(.*)$/.exec(t[4]!.text);
      if (!d) continue;
      n4 = numberAt(d[1] as string);
      const start4 = t[4]!.end - t[4]!.text.length;
      const rest = line.slice(start4 + (d[1] as string).length).trim();
      description = rest.length > 0 ? rest : null;
    }
    if (tag.toUpperCase() === 'TOTAL') {
      totals = { nonPagedAllocs: n1, nonPagedBytes: n2, pagedAllocs: n3, pagedBytes: n4 };
      continue;
    }
    rows.push({
      tag: tag.slice(0, 4),
      nonPagedAllocs: n1,
      nonPagedBytes: n2,
      pagedAllocs: n3,
      pagedBytes: n4,
      owner: ownerOf(description),
      description,
    });
  }
  if (headerEnds === null) warnings.add('column header "Tag Allocs Used Allocs Used" not found');
  else if (rows.length === 0) warnings.add('no tag rows found');
  return { command, sortedBy, rows, totals, warnings: warnings.toArray() };
}

export function parsePoolUsed(text: string): PoolUsedResult | MultiResult<PoolUsedResult> {
  return parseCommandsOfKind(text, 'poolused', parsePoolUsedOutput);
}
