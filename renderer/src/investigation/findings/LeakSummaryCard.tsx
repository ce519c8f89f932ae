// The answer first: which driver leaked how much, in which pool, what the bug check
// means, and for each site the line to fix.
import { useTranslation } from 'react-i18next';
import type { AllocationSite, BugcheckSummary, LeakTotals } from '../../../../electron/contract';
import { CommandButton } from '../console/CommandButton';
import { BreakableText } from '../format/BreakableText';
import { formatBytes, formatCount } from '../format/numberFormat';
import { bugcheckMeaning } from '../i18n/coreTextTranslations';
import { siteFix } from '../i18n/siteTexts';
import { SourceLink } from './SourceLink';

const MAX_FIX_LINES = 8;

interface LeakSummaryCardProps {
  driver: string | null;
  leak: LeakTotals | null;
  bugcheck: BugcheckSummary | null;
  /** Largest first. */
  sites: readonly AllocationSite[];
  targetLabel: string | null;
  analyzed: boolean;
}

export function LeakSummaryCard({ driver, leak, bugcheck, sites, targetLabel, analyzed }: LeakSummaryCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatCount(v, lang);
  const meaning = bugcheck ? bugcheckMeaning(lang, bugcheck.code, bugcheck.args[0] ?? null, bugcheck.meaning) : null;
  return (
    <section className="inv-section inv-summary">
      <h3 id="inv-summary-heading">{t('inv.summary.heading')}</h3>
      <dl className="inv-facts">
        {targetLabel && (
          <>
            <dt>{t('inv.summary.target')}</dt>
            <dd>{targetLabel}</dd>
          </>
        )}
        {driver && (
          <>
            <dt>{t('inv.summary.driver')}</dt>
            <dd className="mono inv-strong">{driver}</dd>
          </>
        )}
        {leak && (
          <>
            <dt>{t('inv.summary.leaked')}</dt>
            <dd className="inv-strong">
              {t('inv.summary.leakedValue', { count: leak.allocations, allocations: n(leak.allocations), bytes: formatBytes(leak.bytes, lang) })}
            </dd>
            <dt>{t('inv.summary.nonPaged')}</dt>
            <dd>{t('inv.summary.poolValue', { count: leak.nonPagedAllocations, allocations: n(leak.nonPagedAllocations), bytes: formatBytes(leak.nonPagedBytes, lang) })}</dd>
            <dt>{t('inv.summary.paged')}</dt>
            <dd>{t('inv.summary.poolValue', { count: leak.pagedAllocations, allocations: n(leak.pagedAllocations), bytes: formatBytes(leak.pagedBytes, lang) })}</dd>
          </>
        )}
        {bugcheck ? (
          <>
            <dt>{t('inv.summary.bugcheck')}</dt>
            <dd>
              <span className="mono">{bugcheck.code}</span>{' '}
              {bugcheck.name && (
                <span className="mono">
                  <BreakableText text={bugcheck.name} />
                </span>
              )}
              {bugcheck.args[0] && <span className="inv-muted"> · {t('inv.summary.bugcheckArg1', { arg1: bugcheck.args[0] })}</span>}
            </dd>
            {meaning && (
              <>
                <dt>{t('inv.summary.meaning')}</dt>
                <dd>{meaning}</dd>
              </>
            )}
          </>
        ) : (
          analyzed && (
            <>
              <dt>{t('inv.summary.bugcheck')}</dt>
              <dd className="inv-muted">{t('inv.summary.noBugcheck')}</dd>
            </>
          )
        )}
      </dl>
      {leak && leak.allocations === 0 && <p className="inv-muted">{t('inv.summary.noLeak')}</p>}
      {sites.length > 0 && (
        <>
          <h4>{t('inv.summary.toFix')}</h4>
          <ul className="inv-fix-list stack-list">
            {sites.slice(0, MAX_FIX_LINES).map((site) => (
              <li key={site.id}>
                <span className="inv-fix-where">
                  <CommandButton action={{ kind: 'poolfind', tag: site.tag }} className="mono inv-tag">
                    {site.tag}
                  </CommandButton>
                  <SourceLink file={site.file} line={site.line} fallback={site.symbol ?? site.caller ?? '—'} className="mono inv-fix-source" />
                  <span className="inv-muted">
                    {t('inv.summary.leakedValue', { count: site.allocations, allocations: n(site.allocations), bytes: formatBytes(site.bytes, lang) })}
                  </span>
                </span>
                <span className="inv-fix-what">{t('inv.summary.fixLine', { allocator: site.meaning.allocator, release: site.meaning.release })}</span>
                <span className="inv-fix-how">{siteFix(t, lang, site)}</span>
              </li>
            ))}
          </ul>
          {sites.length > MAX_FIX_LINES && <p className="inv-muted">{t('inv.summary.moreSites', { count: sites.length - MAX_FIX_LINES })}</p>}
        </>
      )}
    </section>
  );
}
