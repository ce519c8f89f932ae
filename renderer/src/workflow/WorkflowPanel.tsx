// The left side: the session bar, the target card (profiles, target form,
// Connect), and the investigation. Region "Investigation" in the product contract.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge, SessionState } from '../../../electron/contract';
import type { BridgeConnection } from '../bridge/bridgeConnection';
import { errorMessage } from '../bridge/bridgeError';
import { useRestoredState } from '../layout/useStoredState';
import { SessionBar, type SessionAction } from '../session/SessionBar';
import { canConnect } from '../session/sessionStateGroups';
import { InvestigationView } from '../investigation/InvestigationView';
import { IssueText } from './IssueText';
import { ProfileBar } from './ProfileBar';
import { recentProfileFor } from './recentProfileName';
import { TargetForm } from './TargetForm';
import { defaultScenario, emptyTargetDraft, restoreTargetDraft, type TargetDraft } from './targetDraft';
import { resolveTarget, type TargetIssue } from './targetResolution';
import type { HostFacts } from './useHostFacts';
import { useProfiles } from './useProfiles';
import { useScenarioList } from './useScenarioList';

interface WorkflowPanelProps {
  id: string;
  bridge: PoolSleuthBridge;
  connection: BridgeConnection;
  session: SessionState;
  facts: HostFacts;
  /** Called after a successful Connect, e.g. to move focus to the console. */
  onConnected(): void;
}

type Problem = { text: string } | { issue: TargetIssue };

export function WorkflowPanel({ id, bridge, connection, session, facts, onConnected }: WorkflowPanelProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useRestoredState<TargetDraft>('poolsleuth.targetDraft', emptyTargetDraft, restoreTargetDraft);
  const [profileId, setProfileId] = useState('');
  const scenarios = useScenarioList(bridge, connection);
  const profiles = useProfiles(bridge, connection);
  const [pending, setPending] = useState<SessionAction | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const idle = canConnect(session.state);
  // The target card folds away while a session is open, to leave room for the investigation.
  const [targetOpen, setTargetOpen] = useState(idle);
  useEffect(() => setTargetOpen(idle), [idle]);

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
      setProblem({ text: t(failure, { message: errorMessage(err) }) });
      return false;
    } finally {
      setPending(null);
    }
  };

  const connect = async () => {
    setPending('connect');
    setProblem(null);
    let resolved;
    try {
      resolved = await resolveTarget(draft, bridge);
    } catch (err) {
      setPending(null);
      setProblem({ text: t('actions.connectFailed', { message: errorMessage(err) }) });
      return;
    }
    setPending(null);
    if (!resolved.ok) {
      setProblem({ issue: resolved.issue });
      return;
    }
    const target = resolved.target;
    if (await run('connect', () => bridge.invoke('session.connect', { target }), 'actions.connectFailed')) {
      const recent = recentProfileFor(draft, target);
      if (recent) bridge.invoke('profiles.recordRecent', { profile: recent }).then(profiles.reload, () => undefined);
      onConnected();
    }
  };

  // The status line already shows a failed session's reason; do not repeat it.
  const repeatsStatus = problem !== null && 'text' in problem && session.reason !== null && problem.text.includes(session.reason);

  return (
    <section id={id} className="workflow-panel" aria-labelledby="investigation-heading">
      <h2 id="investigation-heading" className="panel-title">
        {t('investigation.heading')}
      </h2>
      <div className="panel-body">
        <SessionBar
          session={session}
          pending={pending}
          onBreak={() => void run('break', () => bridge.invoke('session.break', {}), 'actions.breakFailed')}
          onDisconnect={() => void run('disconnect', () => bridge.invoke('session.disconnect', {}), 'actions.disconnectFailed')}
          onReconnect={() => void run('reconnect', () => bridge.invoke('session.reconnect', {}), 'actions.reconnectFailed').then((ok) => ok && onConnected())}
        />
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
              <ProfileBar
                bridge={bridge}
                profiles={profiles}
                draft={draft}
                selectedId={profileId}
                disabled={!idle}
                onSelect={(next, nextDraft) => {
                  setProfileId(next);
                  if (nextDraft) setDraft(nextDraft);
                }}
                onError={(message) => setProblem(message === null ? null : { text: message })}
              />
              <TargetForm
                bridge={bridge}
                draft={draft}
                onChange={setDraft}
                scenarios={scenarios}
                facts={facts}
                recentDumps={profiles.list.recentDumps}
                disabled={!idle || pending === 'connect'}
                onError={(message) => setProblem({ text: message })}
              />
              <div className="button-row">
                <button type="button" className="btn btn-primary" disabled={!idle || pending !== null} onClick={() => void connect()}>
                  {t('actions.connect')}
                </button>
              </div>
            </div>
          )}
        </section>
        <div className="action-error" role="alert">
          {problem && !repeatsStatus ? 'issue' in problem ? <IssueText issue={problem.issue} /> : problem.text : null}
        </div>
        <InvestigationView bridge={bridge} connection={connection} session={session} />
      </div>
    </section>
  );
}
