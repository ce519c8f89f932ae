// Maps a source path printed by the debugger (from the PDB: `d:\coding\drv\x.c`)
// onto a mapped folder. The path comes from the target, so it is untrusted:
// only the part after the mapped prefix is used, split into plain names —
// `..`, `.`, drive letters, streams (`:`) and control characters are refused,
// so a lookup can never leave the mapped folder.
import type { SourcePathMapping } from '../contract';

export type SourceMatch =
  | { ok: true; mapping: SourcePathMapping; segments: string[] }
  | { ok: false; problem: 'no-mapping' | 'outside-folder'; message: string };

const normalise = (p: string): string => p.replace(/\//g, '\\').toLowerCase();

function withTrailingSeparator(prefix: string): string {
  const p = normalise(prefix);
  return p.endsWith('\\') ? p : `${p}\\`;
}

const badSegment = (s: string): boolean => s === '' || s === '.' || s === '..' || /[:\x00-\x1f\x7f<>|"?*]/.test(s) || s.length > 255;

export function matchSourcePath(file: string, mappings: readonly SourcePathMapping[]): SourceMatch {
  const wanted = normalise(file.trim());
  // The longest (most specific) prefix wins.
  const candidates = mappings
    .map((mapping) => ({ mapping, prefix: withTrailingSeparator(mapping.prefix) }))
    .filter(({ prefix }) => wanted.startsWith(prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const best = candidates[0];
  if (!best) {
    return { ok: false, problem: 'no-mapping', message: `No source path mapping for ${file}; add one in Settings → Source paths.` };
  }
  // Keep the original spelling of the remainder (file names may be case-sensitive where they live).
  const rest = file.trim().slice(best.prefix.length);
  const segments = rest.split(/[\\/]/);
  if (segments.length === 0 || segments.length > 64 || segments.some(badSegment)) {
    return { ok: false, problem: 'outside-folder', message: `Refusing ${file}: the part after ${best.mapping.prefix} is not a plain relative path.` };
  }
  return { ok: true, mapping: best.mapping, segments };
}

/** The SFTP path on the host: the mapped folder (slashes normalised) plus the checked names. */
export function remoteSourcePath(folder: string, segments: readonly string[]): string {
  const base = folder.replace(/\\/g, '/').replace(/\/+$/, '');
  return `${base}/${segments.join('/')}`;
}
