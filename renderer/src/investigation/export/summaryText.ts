// The plain-text summary "Copy summary" puts on the clipboard: what a developer
// pastes into a bug: driver, totals, and one line per site with its fix.
import type { AllocationSite, BugcheckSummary, LeakTotals } from '../../../../electron/contract';
import { formatBytes, formatBytesBinary, formatCount, sourceLabel } from '../format/numberFormat';
import { conclusionSentences } from '../i18n/conclusionTexts';
import { siteFix, type Translate } from '../i18n/siteTexts';
import type { Conclusion, ConclusionSuspect } from '../state/reportConclusion';

export interface SummaryInput {
  target: string | null;
  driver: string | null;
  bugcheck: BugcheckSummary | null;
  leak: LeakTotals | null;
  /** In the order to list them (the table's sort). */
  sites: readonly AllocationSite[];
  /** The report's answer; it comes first when the core gave one. */
  conclusion?: Conclusion | null;
}

export function summaryText(input: SummaryInput, t: Translate, language: string): string {
  const n = (v: number) => formatCount(v, language);
  const lines = [t('inv.copySummary.title')];
  const conclusion = input.conclusion ?? null;
  if (conclusion) {
    // In the language of every other line here (the card's words), English when untyped.
    const { summary, next } = conclusionSentences(language, conclusion);
    lines.push(t('inv.copySummary.conclusion', { verdict: t(`inv.conclusion.verdict.${conclusion.verdict}`), summary }));
    for (const suspect of conclusion.suspects) lines.push(t('inv.copySummary.suspect', { suspect: suspectLine(suspect, t, language) }));
    if (next) lines.push(t('inv.copySummary.next', { next }));
  }
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
    // Pool growth and corruption name their suspects in the conclusion, not as sites.
    if (!conclusion) lines.push(t('inv.copySummary.noSites'));
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

/** "leakydrv.sys — leakydrv!LeakyAllocateRecord+0x29 — record.c:41 — tag Leak — 6 allocations, … — grows 5.9 MB/min". */
function suspectLine(suspect: ConclusionSuspect, t: Translate, language: string): string {
  const parts: string[] = [];
  if (suspect.driver) parts.push(suspect.driver);
  if (suspect.function) parts.push(suspect.function);
  const source = sourceLabel(suspect.file, suspect.line);
  if (source) parts.push(source);
  if (suspect.tag) parts.push(`${t('inv.conclusion.tag')} ${suspect.tag}`);
  if (suspect.allocations !== null && suspect.bytes !== null) {
    parts.push(t('inv.summary.leakedValue', { count: suspect.allocations, allocations: formatCount(suspect.allocations, language), bytes: formatBytes(suspect.bytes, language) }));
  } else if (suspect.allocations !== null) {
    parts.push(t('inv.conclusion.allocations', { count: suspect.allocations, allocations: formatCount(suspect.allocations, language) }));
  } else if (suspect.bytes !== null) {
    parts.push(t('inv.conclusion.bytes', { bytes: formatBytes(suspect.bytes, language) }));
  }
  if (suspect.growthBytesPerMinute !== null) parts.push(t('inv.conclusion.growth', { rate: formatBytesBinary(suspect.growthBytesPerMinute, language) }));
  return parts.length > 0 ? parts.join(' — ') : t('inv.conclusion.unknownCode');
}
