// All findings of the investigation, the answer first: summary, warnings, the
// allocation sites, the call tree; then what the pool-growth and corruption
// playbooks found.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../electron/contract';
import type { InvestigationViewState } from '../state/investigationViewState';
import { AllocationSitesTable } from './AllocationSitesTable';
import { CallTreeGraph } from './CallTreeGraph';
import { allocationSites, bugcheckOf, driverOf, findingsOf, firstFinding, leakTotals, moduleOfDriver, noticesOf } from './findingSelectors';
import { growthChartData } from './growthSeries';
import { LeakSummaryCard } from './LeakSummaryCard';
import { NoticesList } from './NoticesList';
import { PoolBlocksFinding, PoolPageFinding } from './PoolBlockFindings';
import { PoolGrowthChart } from './PoolGrowthChart';
import { PoolUsageBars } from './PoolUsageBars';
import { sortSites, defaultSiteSort } from './sortSites';
import { PoolHitStacksFinding, VerifierLogFinding } from './StackFindings';
import { TopTagsTable } from './TopTagsTable';

function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`inv-section ${className ?? ''}`}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function FindingsView({ state, targetLabel }: { state: InvestigationViewState; targetLabel: string | null }) {
  const { t } = useTranslation();
  const findings: readonly Finding[] = state.findings;
  const sites = useMemo(() => allocationSites(findings), [findings]);
  const bySize = useMemo(() => sortSites(sites, defaultSiteSort), [sites]);
  const leak = useMemo(() => leakTotals(findings, sites), [findings, sites]);
  const growth = useMemo(() => growthChartData(findings), [findings]);
  const notices = useMemo(() => noticesOf(findings), [findings]);
  const driver = driverOf(findings);
  const driverModule = moduleOfDriver(driver);
  const bugcheck = bugcheckOf(findings);
  const usage = firstFinding(findings, 'pool-usage');
  const hasStacks = sites.some((s) => s.stacks.length > 0);
  const leakPlaybook = state.playbook === 'leak-at-unload';
  const analyzed = state.steps.some((s) => s.id === 'analyze' && s.status === 'done');
  const symbols = findingsOf(findings, 'symbols');

  if (findings.length === 0) return null;
  return (
    <div className="inv-findings">
      <LeakSummaryCard driver={driver} leak={leak} bugcheck={bugcheck} sites={bySize} targetLabel={targetLabel} analyzed={analyzed} />
      {notices.length > 0 && (
        <Section title={t('inv.notices.heading')}>
          <NoticesList notices={notices} />
        </Section>
      )}
      {(sites.length > 0 || (leakPlaybook && state.phase !== 'running')) && (
        <Section title={`${t('inv.sites.heading')} · ${t('inv.sites.rowsShown', { count: sites.length })}`} className="inv-sites">
          <AllocationSitesTable sites={sites} driverModule={driverModule} />
        </Section>
      )}
      {hasStacks && (
        <Section title={t('inv.callTree.heading')}>
          <p className="inv-muted">{t('inv.callTree.description')}</p>
          <CallTreeGraph sites={sites} driverModule={driverModule} />
        </Section>
      )}
      {usage && (
        <Section title={t('inv.usage.heading')}>
          <PoolUsageBars finding={usage} />
        </Section>
      )}
      {growth && (
        <Section title={t('inv.growth.heading')}>
          <PoolGrowthChart data={growth} />
        </Section>
      )}
      {findingsOf(findings, 'top-pool-tag').length > 0 && (
        <Section title={t('inv.topTags.heading')}>
          <TopTagsTable findings={findings} />
        </Section>
      )}
      {findingsOf(findings, 'pool-hit-stacks').map((f) => (
        <PoolHitStacksFinding key={f.id} finding={f} driverModule={driverModule} />
      ))}
      {findingsOf(findings, 'pool-blocks').map((f) => (
        <PoolBlocksFinding key={f.id} finding={f} />
      ))}
      {findingsOf(findings, 'pool-block').map((f) => (
        <PoolPageFinding key={f.id} finding={f} />
      ))}
      {findingsOf(findings, 'verifier-log-entries').map((f) => (
        <VerifierLogFinding key={f.id} finding={f} driverModule={driverModule} />
      ))}
      {symbols.length > 0 && (
        <Section title={t('inv.otherFindings')}>
          <ul className="inv-other">
            {symbols.map((f) => (
              <li key={f.id}>
                <span className="mono">{f.title}</span>
                {f.detail && <span className="inv-muted mono inv-block inv-wrap">{f.detail}</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
