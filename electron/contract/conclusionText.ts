// The conclusion as English text, the same in every shell: first in the Markdown/HTML
// reports, the CLI's output and the UI's Copy summary (conclusionPlainText). Pure.
import type { Conclusion, ConclusionSuspect } from './conclusionTypes';

const VERDICT_TEXT: Record<Conclusion['verdict'], string> = {
  found: 'Found',
  inconclusive: 'Inconclusive',
  'nothing-found': 'Nothing found',
};

export function verdictText(verdict: Conclusion['verdict']): string {
  return VERDICT_TEXT[verdict];
}

function rate(bytesPerMinute: number): string {
  const abs = Math.abs(bytesPerMinute);
  const sign = bytesPerMinute < 0 ? '-' : '+';
  if (abs >= 1024 * 1024) return `${sign}${(abs / (1024 * 1024)).toFixed(1)} MB/min`;
  if (abs >= 1024) return `${sign}${(abs / 1024).toFixed(1)} KB/min`;
  return `${sign}${Math.round(abs)} bytes/min`;
}

/** The columns of a suspect as plain strings (null → "—"). */
export function suspectCells(s: ConclusionSuspect): { driver: string; tag: string; function: string; source: string; allocations: string; bytes: string; growth: string } {
  return {
    driver: s.driver ?? '—',
    tag: s.tag ?? '—',
    function: s.function ?? '—',
    source: s.file ? `${s.file}${s.line !== null ? `(${s.line})` : ''}` : '—',
    allocations: s.allocations !== null ? s.allocations.toLocaleString('en-US') : '—',
    bytes: s.bytes !== null ? `0x${s.bytes.toString(16)} (${s.bytes.toLocaleString('en-US')} bytes)` : '—',
    growth: s.growthBytesPerMinute !== null ? rate(s.growthBytesPerMinute) : '—',
  };
}

/** Plain text, for a clipboard summary or a terminal: the answer in a few lines. */
export function conclusionPlainText(c: Conclusion): string {
  const lines = [`Conclusion: ${verdictText(c.verdict)}`, c.summary];
  for (const s of c.suspects) {
    const cells = suspectCells(s);
    const numbers = [s.allocations !== null ? `${cells.allocations} allocations` : null, s.bytes !== null ? cells.bytes : null, s.growthBytesPerMinute !== null ? cells.growth : null].filter(Boolean).join(', ');
    lines.push(`- ${[cells.driver, s.tag ? `'${s.tag}'` : null, s.function, s.file ? cells.source : null].filter((x) => x && x !== '—').join(' · ')}${numbers ? ` — ${numbers}` : ''}`);
  }
  if (c.next) lines.push(`Next: ${c.next}`);
  return lines.join('\n');
}
