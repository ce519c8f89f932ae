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
import { parseCommandsOfKind } from './commandsOfKind';
import { looksReflowed, readReflowedPoolUsedRow } from './poolUsedReflow';
import type { MultiResult, PoolUsedResult, PoolUsedRow } from './resultTypes';
import { WarningList } from './warningList';

const HEADER = /^(\s*)Tag\s+Allocs\s+Used\s+Allocs\s+Used\s*$/i;
/** `!poolused 1` (verbose): " Tag  Allocs  Frees  Diff  Used  Allocs  Frees  Diff  Used". */
const HEADER_VERBOSE = /^(\s*)Tag\s+Allocs\s+Frees\s+Diff\s+Used\s+Allocs\s+Frees\s+Diff\s+Used\s*$/i;

function ownerOf(description: string | null): string | null {
  if (description === null) return null;
  if (/^UNKNOWN pooltag/i.test(description)) return null;
  // "Binary: ntfs.sys", "Binary: nt!etw", "Binary: nt!store or rdyboost.sys" (kept whole)
  const bin = /Binary\s*:\s*(\S.*?)\s*$/i.exec(description);
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
  /** End positions of the number columns of the header (4 or 8 columns). */
  let headerEnds: number[] | null = null;
  let elided = false;
  let reflowedRows = 0;
  let ambiguousRows = 0;
  let firstAmbiguous: string | null = null;
  for (const line of lines) {
    if (isOverlong(line) || line.trim().length === 0) continue;
    const sb = line.length > 200 ? null : /^\s*Sorting by\s+(\S.*)$/.exec(line);
    if (sb) {
      sortedBy = (sb[1] as string).trim().replace(/\s+/g, ' ');
      continue;
    }
    if (HEADER.test(line) || HEADER_VERBOSE.test(line)) {
      headerEnds = tokenEnds(line).slice(1).map((x) => x.end);
      continue;
    }
    if (headerEnds === null) continue;
    if (/^\s*\.{3}\s*$/.test(line)) {
      elided = true;
      continue;
    }
    const cols = headerEnds.length;
    const t = tokenEnds(line);
    // Re-flowed by OCR or a mail client (not aligned with the header): read by digit groups, or skip when ambiguous.
    const alignedStart = t.length > 1 && t[1]!.end === headerEnds[0];
    if (!alignedStart && looksReflowed(line, cols)) {
      const r = readReflowedPoolUsedRow(line, cols);
      if (r === null) {
        ambiguousRows++;
        firstAmbiguous ??= line.trim();
        continue;
      }
      reflowedRows++;
      const v = r.values;
      const counts =
        cols === 8
          ? { nonPagedAllocs: v[2] ?? null, nonPagedBytes: v[3] ?? null, pagedAllocs: v[6] ?? null, pagedBytes: v[7] ?? null }
          : { nonPagedAllocs: v[0] ?? null, nonPagedBytes: v[1] ?? null, pagedAllocs: v[2] ?? null, pagedBytes: v[3] ?? null };
      const frees = cols === 8 ? { nonPagedFrees: v[1] ?? null, pagedFrees: v[5] ?? null } : {};
      if (r.tag.toUpperCase() === 'TOTAL') totals = { ...counts, ...frees };
      else rows.push({ tag: r.tag, ...counts, owner: ownerOf(r.description), description: r.description, ...frees });
      continue;
    }
    if (t.length < cols + 1) continue;
    const tag = t[0]!.text;
    if (tag.length > 5) continue;
    const nums: number[] = [];
    for (let k = 1; k < cols; k++) {
      const n = numberAt(t[k]!.text);
      if (n === null) break;
      nums.push(n);
    }
    if (nums.length !== cols - 1) continue;
    // The last number may be glued to the description: split it at the header's column edge
    // when the row is aligned with the header, else take the token's leading digits.
    let last: number | null;
    let description: string | null;
    const edge = headerEnds[cols - 1] ?? -1;
    const prev = t[cols - 1]!;
    let aligned = edge > prev.end;
    for (let k = 1; k < cols && aligned; k++) aligned = t[k]!.end === headerEnds[k - 1];
    const col = aligned ? line.slice(prev.end, edge) : '';
    if (aligned && /^\s*\d+$/.test(col)) {
      last = numberAt(col.trim());
      description = line.slice(edge).trim() || null;
    } else {
      const d = /^(\d+)(.*)$/.exec(t[cols]!.text);
      if (!d) continue;
      last = numberAt(d[1] as string);
      const start = t[cols]!.end - t[cols]!.text.length;
      const rest = line.slice(start + (d[1] as string).length).trim();
      description = rest.length > 0 ? rest : null;
    }
    const v = [...nums, last];
    // Short layout: Allocs (outstanding) Used Allocs Used. Verbose: Allocs Frees Diff Used ×2; Diff is outstanding.
    const counts =
      cols === 8
        ? { nonPagedAllocs: v[2] ?? null, nonPagedBytes: v[3] ?? null, pagedAllocs: v[6] ?? null, pagedBytes: v[7] ?? null }
        : { nonPagedAllocs: v[0] ?? null, nonPagedBytes: v[1] ?? null, pagedAllocs: v[2] ?? null, pagedBytes: v[3] ?? null };
    const frees = cols === 8 ? { nonPagedFrees: v[1] ?? null, pagedFrees: v[5] ?? null } : {};
    if (tag.toUpperCase() === 'TOTAL') {
      totals = { ...counts, ...frees };
      continue;
    }
    rows.push({ tag: tag.slice(0, 4), ...counts, owner: ownerOf(description), description, ...frees });
  }
  if (headerEnds === null) warnings.add('column header "Tag Allocs Used Allocs Used" (or "Tag Allocs Frees Diff Used …") not found');
  else if (rows.length === 0) warnings.add('no tag rows found');
  if (elided) warnings.add('the tag list was elided with "..." in the source');
  if (reflowedRows > 0) warnings.add(`${reflowedRows} re-flowed rows (numbers split into digit groups, or joined to the tag) were read by their digit groups`);
  warnings.addCount('re-flowed rows skipped because their digit groups are ambiguous', ambiguousRows, firstAmbiguous);
  return { command, sortedBy, rows, totals, warnings: warnings.toArray() };
}

export function parsePoolUsed(text: string): PoolUsedResult | MultiResult<PoolUsedResult> {
  return parseCommandsOfKind(text, 'poolused', parsePoolUsedOutput);
}
