// The plain-text summary "Copy summary" puts on the clipboard: what a developer
// pastes into a bug: driver, totals, and one line per site with its fix.
import type { AllocationSite, BugcheckSummary, LeakTotals } from '../../../../electron/contract';
import { formatBytes, formatCount, sourceLabel } from '../format/numberFormat';
import { siteFix, type Translate } from '../i18n/siteTexts';

export interface SummaryInput {
  target: string | null;
  driver: string | null;
  bugcheck: BugcheckSummary | null;
  leak: LeakTotals | null;
  /** In the order to list them (the table's sort). */
  sites: readonly AllocationSite[];
}

export function summaryText(input: SummaryInput, t: Translate, language: string): string {
  const n = (v: number) => formatCount(v, language);
  const lines = [t('inv.copySummary.title')];
  if (input.target) lines.push(t('inv.copySummary.target', { target: input.target }));
  if (input.driver) lines.push(t('inv.copySummary.driver', { driver: input.driver }));
  if (input.bugcheck) {
    const args = input.bugcheck.args.map((a) => a ?? '?').join(', ');
    lines.push(t('inv.copySummary.bugcheck', { code: input.bugcheck.code, name: input.bugcheck.name ?? '', args: `(${args})` }).replace(/ {2,}/g, ' '));
  }
  if (input.leak) {
    lines.push(
      t('inv.copySummary.leaked', {
        allocations: n(input.leak.allocations),
        bytes: formatBytes(input.leak.bytes, language),
        nonPaged: n(input.leak.nonPagedBytes),
        paged: n(input.leak.pagedBytes),
      }),
    );
  }
  if (input.sites.length === 0) {
    lines.push(t('inv.copySummary.noSites'));
  } else {
    lines.push(t('inv.copySummary.sitesHeading'));
    for (const site of input.sites) {
      lines.push(
        t('inv.copySummary.site', {
          count: site.allocations,
          tag: site.tag,
          allocations: n(site.allocations),
          bytes: formatBytes(site.bytes, language),
          source: sourceLabel(site.file, site.line) ?? site.symbol ?? site.caller ?? t('inv.copySummary.noSource'),
          fix: siteFix(t, language, site),
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
