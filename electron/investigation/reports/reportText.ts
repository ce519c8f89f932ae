// Small formatting shared by the Markdown and HTML reports.
import type { AllocationSite } from '../../contract/findingTypes';

export function hex(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : `0x${n.toString(16)}`;
}

/** "0x1058 (4,184 bytes)" — hex as kd prints it, decimal for people. */
export function bytesText(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return `${hex(n)} (${n.toLocaleString('en-US')} bytes)`;
}

export function sourceText(site: Pick<AllocationSite, 'file' | 'line'>): string | null {
  if (!site.file) return null;
  return site.line !== null ? `${site.file}(${site.line})` : site.file;
}

export function poolKindText(kind: AllocationSite['poolKind']): string {
  switch (kind) {
    case 'nonpaged':
      return 'NonPagedPool';
    case 'paged':
      return 'PagedPool';
    case 'mixed':
      return 'both pools';
    case 'unknown':
      return 'unknown pool';
  }
}
