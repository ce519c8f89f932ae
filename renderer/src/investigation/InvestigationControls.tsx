// Top of the investigation view: playbook, driver, Run / Cancel, export and copy,
// and one status line that says what is happening.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { driverNameSchema, type BugcheckSummary, type PlaybookId, type ReportFormat, type RequestResult, type SessionState } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { ChoiceField } from '../fields/ChoiceField';
import { ExportMenu } from './export/ExportMenu';
import { formatSeconds } from './format/numberFormat';
import { coreReason, stepTitle } from './i18n/coreTextTranslations';
import type { InvestigationViewState } from './state/investigationViewState';
import { playbookHint } from './state/playbookHint';
import { playbookChoices, playbookParam, type PlaybookChoice } from './state/playbookSuggestion';
import { emptyRunOptions, tuningOf, type RunOptionsDraft, type RunTuning } from './state/runOptions';
import { RunOptionsFields } from './RunOptionsFields';
import { usePreferences } from '../settings/uiPreferences';

interface InvestigationControlsProps {
  state: InvestigationViewState;
  session: SessionState;
  bugcheck: BugcheckSummary | null;
  onStart(playbook: PlaybookId | null, driver: string | null, tuning: RunTuning): void;
  onCancel(): Promise<void>;
  exportReport(format: ReportFormat): Promise<RequestResult<'investigation.exportReport'>>;
  /** The plain-text summary, or null when there is nothing to copy yet. */
  summary(): string | null;
}

export function InvestigationControls({ state, session, bugcheck, onStart, onCancel, exportReport, summary }: InvestigationControlsProps) {
  const { t, i18n } = useTranslation();
  const ids = { driver: useId(), driverHint: useId(), playbookHint: useId(), runBlocked: useId() };
  const [choice, setChoice] = useState<PlaybookChoice>('auto');
  const [driver, setDriver] = useState('');
  const [options, setOptions] = useState<RunOptionsDraft>(emptyRunOptions);
  // Settings' pool-tag file applies when the options name none.
  const { defaultPoolTagFile } = usePreferences();
  const tuning = tuningOf(options.poolTagFile || !defaultPoolTagFile ? options : { ...options, poolTagFile: defaultPoolTagFile });
  const [cancelling, setCancelling] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const running = state.phase === 'running';
  const driverValid = driver.trim() === '' || driverNameSchema.safeParse(driver.trim()).success;
  const ready = session.state === 'ready';
  const runBlocked = running ? 'running' : !ready ? notReadyReason(session.state) : !driverValid ? 'invalidDriver' : !tuning.ok ? 'invalidOptions' : null;
  // Connected but not at a prompt (the target runs, a Break failed, a command prints): say so on the page,
  // not only in a tooltip. Not connected, the empty view already says to connect; bad fields mark themselves.
  const blockedShown = runBlocked === 'targetRunning' || runBlocked === 'debuggerBusy';
  const hasReport = state.id !== null && !running;

  const cancel = async () => {
    setCancelling(true);
    try {
      await onCancel();
    } catch (err) {
      setOutcome({ tone: 'error', text: errorMessage(err) });
    } finally {
      setCancelling(false);
    }
  };

  const copy = async () => {
    const text = summary();
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ tone: 'info', text: t('inv.copy.done') });
    } catch (err) {
      setOutcome({ tone: 'error', text: t('inv.copy.failed', { message: errorMessage(err) }) });
    }
  };

  const hint = playbookHint({
    bugcheck,
    playbook: state.playbook,
    running,
    choice,
    analyzeDone: state.steps.some((s) => s.id === 'analyze' && s.status === 'done'),
  });
  const suggestion = hint && t(`inv.playbook.${hint.key}`, { code: hint.code, playbook: hint.playbook && t(`inv.playbook.${hint.playbook}`) });

  return (
    <div className="inv-controls">
      <div className="inv-field-row">
        <ChoiceField
          className="inv-playbook-field"
          label={t('inv.playbook.label')}
          value={choice}
          choices={playbookChoices}
          nameOf={(c) => t(`inv.playbook.${c}`)}
          disabled={running}
          describedBy={suggestion ? ids.playbookHint : undefined}
          onChange={(c: PlaybookChoice) => setChoice(c)}
        />
        <div className="field inv-driver-field">
          <label htmlFor={ids.driver}>{t('inv.driver.label')}</label>
          <input
            id={ids.driver}
            type="text"
            className="mono"
            value={driver}
            placeholder={t('inv.driver.placeholder')}
            spellCheck={false}
            autoComplete="off"
            disabled={running}
            aria-invalid={!driverValid}
            aria-describedby={ids.driverHint}
            onChange={(ev) => setDriver(ev.target.value)}
          />
        </div>
      </div>
      {suggestion && (
        <p id={ids.playbookHint} className="field-hint">
          {suggestion}
        </p>
      )}
      <p id={ids.driverHint} className={driverValid ? 'field-hint' : 'field-hint error-text'}>
        {driverValid ? t('inv.driver.hint') : t('inv.driver.invalid')}
      </p>
      <RunOptionsFields draft={options} onChange={setOptions} invalid={tuning.ok ? [] : tuning.invalid} disabled={running} defaultPoolTagFile={defaultPoolTagFile} />
      <div className="button-row inv-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-focus="run"
          disabled={runBlocked !== null}
          title={runBlocked ? t(`inv.runDisabled.${runBlocked}`) : undefined}
          aria-describedby={blockedShown ? ids.runBlocked : undefined}
          onClick={() => {
            setOutcome(null);
            if (tuning.ok) onStart(playbookParam(choice), driver.trim() === '' ? null : driver.trim(), tuning.tuning);
          }}
        >
          {t('inv.run')}
        </button>
        {running && (
          <button type="button" className="btn btn-warning" data-focus="cancel" disabled={cancelling} onClick={() => void cancel()}>
            {cancelling ? t('inv.cancelling') : t('inv.cancel')}
          </button>
        )}
        <ExportMenu disabled={!hasReport} disabledReason={t('inv.export.unavailable')} exportReport={exportReport} onOutcome={setOutcome} />
        <button type="button" className="btn" disabled={!hasReport} onClick={() => void copy()}>
          {t('inv.copy.button')}
        </button>
      </div>
      {blockedShown && (
        <p id={ids.runBlocked} className="field-hint inv-run-blocked">
          {t(`inv.runDisabled.${runBlocked}`)}
        </p>
      )}
      <p className={`inv-status inv-status-${state.phase}`} role="status" aria-live="polite" data-phase={state.phase}>
        {statusText(state, t, i18n.language)}
      </p>
      {outcome && (
        <p className={outcome.tone === 'error' ? 'inv-outcome error-text' : 'inv-outcome'} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}

/** Why Run waits, by session state: a running target is not the same as no target. */
function notReadyReason(state: SessionState['state']): 'targetRunning' | 'debuggerBusy' | 'notReady' {
  if (state === 'running') return 'targetRunning';
  if (state === 'busy' || state === 'loading' || state === 'breaking') return 'debuggerBusy';
  return 'notReady';
}

function statusText(state: InvestigationViewState, t: (key: string, options?: Record<string, unknown>) => string, language: string): string {
  switch (state.phase) {
    case 'idle':
      return state.reason ? t('inv.status.startFailed', { message: state.reason }) : t('inv.status.idle');
    case 'running': {
      const step = state.steps.find((s) => s.status === 'running');
      if (!step) return t('inv.status.runningStart');
      const at = state.steps.indexOf(step) + 1;
      return t('inv.status.running', { step: `${stepTitle(language, step)} (${at}/${state.steps.length})` });
    }
    case 'finished': {
      const total = state.steps.reduce((sum, s) => sum + (s.durationMs ?? 0), 0);
      return state.id === 'report' ? t('inv.status.restored') : t('inv.status.finished', { duration: formatSeconds(total, language) });
    }
    case 'failed':
      return state.reason ? t('inv.status.failed', { reason: coreReason(language, state.reason) }) : t('inv.status.failedNoReason');
    case 'cancelled':
      return t('inv.status.cancelled');
  }
}
