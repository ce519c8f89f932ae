// The guided investigation in the workflow panel: controls, the steps as a
// checklist, and the findings. Clicks on addresses, symbols and tags run debugger
// commands in the console.
import './investigation.css';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge, SessionState } from '../../../electron/contract';
import type { BridgeConnection } from '../bridge/bridgeConnection';
import { ConsoleCommandContext, useConsoleCommands } from './console/useConsoleCommands';
import { summaryText } from './export/summaryText';
import { ConclusionCard } from './findings/ConclusionCard';
import { allocationSites, bugcheckOf, driverOf, leakTotals } from './findings/findingSelectors';
import { FindingsView } from './findings/FindingsView';
import { defaultSiteSort, sortSites } from './findings/sortSites';
import { InvestigationControls } from './InvestigationControls';
import { useInvestigation } from './state/useInvestigation';
import { StepChecklist } from './steps/StepChecklist';

interface InvestigationViewProps {
  bridge: PoolSleuthBridge;
  connection: BridgeConnection;
  session: SessionState;
}

export function InvestigationView({ bridge, connection, session }: InvestigationViewProps) {
  const { t, i18n } = useTranslation();
  const investigation = useInvestigation(bridge, connection, session);
  const commands = useConsoleCommands(bridge);
  const { state } = investigation;
  // "Sent to the console: ln …" belongs to the target it was sent to.
  const clearNotice = commands.clear;
  useEffect(() => {
    if (session.state === 'connecting' || session.state === 'idle') clearNotice();
  }, [session.state, clearNotice]);
  useKeyboardAfterRun(state.phase);
  const connected = session.state !== 'idle' && session.state !== 'disconnected' && session.state !== 'failed';
  const targetLabel = targetDescription(session, state.target?.kind ?? null, (state.target?.offline ?? false) || (session.target?.offline ?? false), t);

  const summary = useCallback(() => {
    if (state.findings.length === 0 && !state.conclusion) return null;
    const sites = allocationSites(state.findings);
    return summaryText(
      {
        target: targetLabel,
        driver: driverOf(state.findings),
        bugcheck: bugcheckOf(state.findings),
        leak: leakTotals(state.findings, sites),
        sites: sortSites(sites, defaultSiteSort),
        conclusion: state.conclusion,
      },
      t,
      i18n.language,
    );
  }, [state.findings, state.conclusion, targetLabel, t, i18n.language]);

  const canRerun = state.phase !== 'running' && state.steps.length > 0 && session.state === 'ready';

  return (
    <ConsoleCommandContext.Provider value={commands.run}>
      <div className="inv" data-investigation-view>
        <section className="card inv-card">
          <div className="card-header">
            <h3>{t('inv.heading')}</h3>
            {state.playbook && <span className="badge">{t(`inv.playbook.${state.playbook}`)}</span>}
          </div>
          <p className="card-text">{t('inv.intro')}</p>
          <InvestigationControls
            state={state}
            session={session}
            bugcheck={bugcheckOf(state.findings)}
            onStart={(playbook, driver, tuning) => void investigation.start(playbook, driver, tuning)}
            onCancel={investigation.cancel}
            exportReport={investigation.exportReport}
            summary={summary}
          />
        </section>
        {state.conclusion && <ConclusionCard conclusion={state.conclusion} />}
        <StepChecklist state={state} canRerun={canRerun} onRerun={(id, following) => void investigation.rerun(id, following)} />
        <p className={`inv-command-notice${commands.notice?.tone === 'error' ? ' error-text' : ''}`} role="status" aria-live="polite">
          {commands.notice?.text ?? ''}
        </p>
        {state.findings.length > 0 ? <FindingsView state={state} targetLabel={targetLabel} /> : state.phase === 'idle' && <p className="inv-muted inv-empty">{connected ? t('inv.emptyConnected') : t('inv.empty')}</p>}
      </div>
    </ConsoleCommandContext.Provider>
  );
}

function targetDescription(session: SessionState, kind: string | null, offline: boolean, t: (key: string) => string): string | null {
  const description = session.target?.description ?? null;
  // A replayed transcript answers like the recorded target but is not one: "(recorded log)", never "(live target)".
  const kindLabel = offline ? t('inv.summary.offline') : kind === 'dump' || kind === 'live' || kind === 'local' ? t(`inv.summary.targetKind.${kind}`) : null;
  if (!description) return kindLabel;
  return kindLabel ? `${description} (${kindLabel})` : description;
}

/** Where the keyboard was: nowhere (the pressed button went away or was disabled). */
function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled);
}

/**
 * Run disables itself and Cancel disappears when the run ends: without help the focus
 * falls to <body>. Move it to the next sensible control: Cancel while running, then
 * the conclusion (the answer) or Run. Focus the user put elsewhere (the console) stays.
 */
function useKeyboardAfterRun(phase: string): void {
  const previous = useRef(phase);
  useEffect(() => {
    const was = previous.current;
    previous.current = phase;
    if (was === phase) return;
    const frame = requestAnimationFrame(() => {
      if (!focusLost()) return;
      const view = document.querySelector<HTMLElement>('[data-investigation-view]');
      const next =
        phase === 'running'
          ? view?.querySelector<HTMLElement>('[data-focus="cancel"]')
          : (view?.querySelector<HTMLElement>('.inv-conclusion') ?? view?.querySelector<HTMLElement>('[data-focus="run"]:not(:disabled)'));
      next?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [phase]);
}
