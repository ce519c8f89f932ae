// The left side: the session bar, the target card (profiles, target form,
// Connect), and the investigation. Region "Investigation" in the product contract.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge, SessionState } from '../../../electron/contract';
import type { BridgeConnection } from '../bridge/bridgeConnection';
import { errorMessage } from '../bridge/bridgeError';
import { useRestoredState } from '../layout/useStoredState';
import { SessionBar, type SessionAction } from '../session/SessionBar';
import { canConnect } from '../session/sessionStateGroups';
import { InvestigationView } from '../investigation/InvestigationView';
import { PastedTextSummary } from '../paste/PastedTextSummary';
import { PasteOutputDialog } from '../paste/PasteOutputDialog';
import { usePastedText } from '../paste/usePastedText';
import { IssueText } from './IssueText';
import { ProfileBar } from './ProfileBar';
import { recentProfileFor } from './recentProfileName';
import { TargetForm } from './TargetForm';
import { defaultScenario, emptyTargetDraft, restoreTargetDraft, type TargetDraft } from './targetDraft';
import { resolveTarget, type TargetIssue } from './targetResolution';
import type { HostFacts } from './useHostFacts';
import { useProfiles } from './useProfiles';
import { useScenarioList } from './useScenarioList';
import { usePreferences } from '../settings/uiPreferences';

interface WorkflowPanelProps {
  id: string;
  bridge: PoolSleuthBridge;
  connection: BridgeConnection;
  session: SessionState;
  facts: HostFacts;
  /** Moves the keyboard to the console: after Connect, Reconnect and Break the user types there next. */
  focusConsole(): void;
}

type Problem = { text: string } | { issue: TargetIssue };

/** Where a problem is shown: next to Connect (and the form), or under the session bar (Break, Disconnect, Reconnect). */
type Placed = Problem & { at: 'connect' | 'session' };

export function WorkflowPanel({ id, bridge, connection, session, facts, focusConsole }: WorkflowPanelProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useRestoredState<TargetDraft>('poolsleuth.targetDraft', emptyTargetDraft, restoreTargetDraft);
  const [profileId, setProfileId] = useState('');
  const scenarios = useScenarioList(bridge, connection);
  const profiles = useProfiles(bridge, connection);
  const [pending, setPending] = useState<SessionAction | null>(null);
  const [problem, setProblem] = useState<Placed | null>(null);
  /**
   * The session state shown when a Connect began that then failed without the core reporting
   * a state of its own: it describes the session before, not what the user is working on now.
   */
  const [staleSession, setStaleSession] = useState<SessionState | null>(null);
  const latestSession = useRef(session);
  latestSession.current = session;
  const sessionAtAttempt = useRef<SessionState | null>(null);
  const connectButton = useRef<HTMLButtonElement>(null);
  const connectProblemRef = useRef<HTMLDivElement>(null);
  /** Move the keyboard to Connect as soon as it is shown and enabled (after Disconnect the card unfolds first). */
  const [focusConnect, setFocusConnect] = useState(false);
  const pasted = usePastedText(bridge, session.state);
  const idle = canConnect(session.state);
  // The target card folds away while a session is open, to leave room for the investigation.
  const [targetOpen, setTargetOpen] = useState(idle);
  useEffect(() => setTargetOpen(idle), [idle]);

  // A connect error appears beside the button; bring all of it into view (at 1280×720 it would be
  // below the fold), also when it grows after layout (the core's own words under the translation).
  const connectProblemShown = problem?.at === 'connect';
  useEffect(() => {
    const box = connectProblemRef.current;
    if (!connectProblemShown || !box) return;
    const reveal = () => box.scrollIntoView({ block: 'nearest' });
    reveal();
    // Also when what is above it grows (the session card's failure text arrives after the error).
    const observer = new ResizeObserver(reveal);
    observer.observe(box);
    for (const sibling of Array.from(box.closest('.panel-body')?.children ?? [])) observer.observe(sibling);
    return () => observer.disconnect();
  }, [connectProblemShown, problem]);

  /** The form changed: an error about the previous form no longer applies. */
  const changeDraft = (next: TargetDraft) => {
    setDraft(next);
    setProblem((p) => (p?.at === 'connect' ? null : p));
  };
  // Settings' default debugger replaces the built-in kd.exe of a local target the user has not pointed anywhere yet.
  const { defaultDebugger } = usePreferences();
  useEffect(() => {
    const wanted = defaultDebugger.trim();
    if (wanted && (draft.local.executable.trim() === '' || draft.local.executable.trim() === 'kd.exe') && draft.local.executable !== wanted) {
      setDraft({ ...draft, local: { ...draft.local, executable: wanted } });
    }
  }, [defaultDebugger, draft, setDraft]);

  // Fall back to a scenario the core actually offers.
  useEffect(() => {
    if (scenarios.status !== 'loaded' || scenarios.scenarios.length === 0) return;
    if (!scenarios.scenarios.some((s) => s.name === draft.scenario)) {
      const preferred = scenarios.scenarios.find((s) => s.name === defaultScenario) ?? scenarios.scenarios[0]!;
      setDraft({ ...draft, scenario: preferred.name });
    }
  }, [scenarios, draft, setDraft]);

  const run = async (action: SessionAction, work: () => Promise<unknown>, failure: string) => {
    setPending(action);
    setProblem(null);
    try {
      await work();
      return true;
    } catch (err) {
      setProblem({ at: action === 'connect' ? 'connect' : 'session', text: t(failure, { message: errorMessage(err) }) });
      return false;
    } finally {
      setPending(null);
    }
  };

  /** Whatever the bar still shows (the session that was open before) is not what failed; Connect is enabled again. */
  const connectFailed = () => {
    setStaleSession(sessionAtAttempt.current);
    requestAnimationFrame(() => connectButton.current?.focus({ preventScroll: true }));
  };

  const connect = async () => {
    sessionAtAttempt.current = latestSession.current;
    setStaleSession(null);
    setPending('connect');
    setProblem(null);
    let resolved;
    try {
      resolved = await resolveTarget(draft, bridge);
    } catch (err) {
      setPending(null);
      setProblem({ at: 'connect', text: t('actions.connectFailed', { message: errorMessage(err) }) });
      connectFailed();
      return;
    }
    setPending(null);
    if (!resolved.ok) {
      setProblem({ at: 'connect', issue: resolved.issue });
      connectFailed();
      return;
    }
    const target = resolved.target;
    if (await run('connect', () => bridge.invoke('session.connect', { target }), 'actions.connectFailed')) {
      const recent = recentProfileFor(draft, target);
      if (recent) bridge.invoke('profiles.recordRecent', { profile: recent }).then(profiles.reload, () => undefined);
      focusConsole();
    } else {
      connectFailed();
    }
  };

  const disconnect = async () => {
    // The target card unfolds: the next sensible control is Connect.
    if (await run('disconnect', () => bridge.invoke('session.disconnect', {}), 'actions.disconnectFailed')) setFocusConnect(true);
  };

  useEffect(() => {
    const target = connectButton.current;
    if (!focusConnect || !target || target.disabled) return;
    setFocusConnect(false);
    // Only when the keyboard is nowhere (the pressed button went away); never steal it from the console.
    const active = document.activeElement;
    if (active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled)) target.focus();
  });

  // The status line already shows a failed session's reason; do not repeat it.
  // Likewise a Break that did not take: the activity line says so, with Disconnect now.
  const repeatedText = session.activity?.kind === 'break-failed' ? session.activity.detail : session.reason;
  const repeatsStatus = problem !== null && 'text' in problem && repeatedText != null && repeatedText !== '' && problem.text.includes(repeatedText);
  const problemText = problem && !repeatsStatus ? 'issue' in problem ? <IssueText issue={problem.issue} /> : problem.text : null;
  // After a failed connect the bar stops describing the session before it (its target and its end reason).
  // (Any state the core reports after that — e.g. the new attempt's own failure — is shown as is.)
  const shownSession = staleSession !== null && session === staleSession ? { ...session, target: null, reason: null } : session;

  return (
    <section id={id} className="workflow-panel" aria-labelledby="investigation-heading">
      <h2 id="investigation-heading" className="panel-title">
        {t('investigation.heading')}
      </h2>
      <div className="panel-body">
        <SessionBar
          session={shownSession}
          pending={pending}
          onBreak={() => void run('break', () => bridge.invoke('session.break', {}), 'actions.breakFailed').then(() => focusConsole())}
          onDisconnect={() => void disconnect()}
          onReconnect={() => void run('reconnect', () => bridge.invoke('session.reconnect', {}), 'actions.reconnectFailed').then((ok) => ok && focusConsole())}
        />
        {problem?.at === 'session' && (
          <div className="action-error" role="alert">
            {problemText}
          </div>
        )}
        <section className="card target-card" aria-labelledby={`${id}-target`}>
          <div className="card-header">
            <h3 id={`${id}-target`}>{t('target.legend')}</h3>
            <span className="toolbar-spacer" />
            <button type="button" className="btn btn-small" aria-expanded={targetOpen} aria-controls={`${id}-target-body`} onClick={() => setTargetOpen(!targetOpen)}>
              {targetOpen ? t('target.hide') : t('target.show')}
            </button>
          </div>
          {targetOpen && (
            <div id={`${id}-target-body`} className="target-body">
              {!idle && (
                <p className="field-hint target-locked" id={`${id}-locked`}>
                  {t('target.lockedWhileConnected')}
                </p>
              )}
              <ProfileBar
                bridge={bridge}
                profiles={profiles}
                draft={draft}
                selectedId={profileId}
                disabled={!idle}
                onSelect={(next, nextDraft) => {
                  setProfileId(next);
                  if (nextDraft) changeDraft(nextDraft);
                }}
                onError={(message) => setProblem(message === null ? null : { at: 'connect', text: message })}
              />
              <TargetForm
                bridge={bridge}
                draft={draft}
                onChange={changeDraft}
                scenarios={scenarios}
                facts={facts}
                recentDumps={profiles.list.recentDumps}
                disabled={!idle || pending === 'connect'}
                onError={(message) => setProblem({ at: 'connect', text: message })}
              />
              <div className="button-row">
                <button
                  ref={connectButton}
                  type="button"
                  className="btn btn-primary"
                  disabled={!idle || pending !== null}
                  aria-describedby={!idle ? `${id}-locked` : problem?.at === 'connect' ? `${id}-connect-error` : undefined}
                  onClick={() => void connect()}
                >
                  {t('actions.connect')}
                </button>
                <button type="button" className="btn" title={t('paste.openTitle')} disabled={!idle || pending !== null} onClick={pasted.openDialog}>
                  {t('paste.open')}
                </button>
              </div>
              {/* Beside the button that caused it; cleared when the form changes. */}
              <div className="action-error connect-error" role="alert" id={`${id}-connect-error`} ref={connectProblemRef}>
                {problem?.at === 'connect' ? problemText : null}
              </div>
            </div>
          )}
        </section>
        {problem?.at === 'connect' && !targetOpen && (
          <div className="action-error" role="alert">
            {problemText}
          </div>
        )}
        {pasted.dialogOpen && <PasteOutputDialog bridge={bridge} onOpened={pasted.opened} onClose={pasted.closeDialog} />}
        {pasted.outcome && <PastedTextSummary outcome={pasted.outcome} investigateProblem={pasted.investigateProblem} onDismiss={pasted.dismiss} />}
        <InvestigationView bridge={bridge} connection={connection} session={session} />
      </div>
    </section>
  );
}
