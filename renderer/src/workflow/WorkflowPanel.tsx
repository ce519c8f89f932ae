// The left side: session state, target choice, session actions, and the
// (upcoming) investigation. Region "Investigation" in the product contract.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge, SessionState } from '../../../electron/contract';
import type { BridgeConnection } from '../bridge/bridgeConnection';
import { errorMessage } from '../bridge/bridgeError';
import { useStoredState } from '../layout/useStoredState';
import { SessionStatus } from '../session/SessionStatus';
import { canConnect } from '../session/sessionStateGroups';
import { InvestigationView } from '../investigation/InvestigationView';
import { SessionActions, type PendingAction } from './SessionActions';
import { TargetForm } from './TargetForm';
import { defaultScenario, emptyTargetDraft, isTargetDraft, targetFromDraft, type TargetDraft } from './targetDraft';
import { useScenarioList } from './useScenarioList';

interface WorkflowPanelProps {
  id: string;
  bridge: PoolSleuthBridge;
  connection: BridgeConnection;
  session: SessionState;
  /** Called after a successful Connect, e.g. to move focus to the console. */
  onConnected(): void;
}

export function WorkflowPanel({ id, bridge, connection, session, onConnected }: WorkflowPanelProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useStoredState<TargetDraft>('poolsleuth.targetDraft', emptyTargetDraft, isTargetDraft);
  const scenarios = useScenarioList(bridge, connection);
  const [pending, setPending] = useState<PendingAction>(null);
  const [error, setError] = useState<string | null>(null);

  // Fall back to a scenario the core actually offers.
  useEffect(() => {
    if (scenarios.status !== 'loaded' || scenarios.scenarios.length === 0) return;
    if (!scenarios.scenarios.some((s) => s.name === draft.scenario)) {
      const preferred = scenarios.scenarios.find((s) => s.name === defaultScenario) ?? scenarios.scenarios[0]!;
      setDraft({ ...draft, scenario: preferred.name });
    }
  }, [scenarios, draft, setDraft]);

  const run = async (action: Exclude<PendingAction, null>, work: () => Promise<unknown>, failure: string) => {
    setPending(action);
    setError(null);
    try {
      await work();
      return true;
    } catch (err) {
      setError(t(failure, { message: errorMessage(err) }));
      return false;
    } finally {
      setPending(null);
    }
  };

  const connect = async () => {
    const built = targetFromDraft(draft);
    if (!built.ok) {
      setError(t(`target.problem.${built.problem}`));
      return;
    }
    if (await run('connect', () => bridge.invoke('session.connect', { target: built.target }), 'actions.connectFailed')) onConnected();
  };

  // The status line already shows a failed session's reason; do not repeat it.
  const repeatsStatus = error !== null && session.reason !== null && error.includes(session.reason);

  return (
    <section id={id} className="workflow-panel" aria-labelledby="investigation-heading">
      <h2 id="investigation-heading" className="panel-title">
        {t('investigation.heading')}
      </h2>
      <div className="panel-body">
        <SessionStatus session={session} />
        <TargetForm draft={draft} onChange={setDraft} scenarios={scenarios} disabled={!canConnect(session.state) || pending === 'connect'} />
        <SessionActions
          state={session.state}
          pending={pending}
          onConnect={() => void connect()}
          onDisconnect={() => void run('disconnect', () => bridge.invoke('session.disconnect', {}), 'actions.disconnectFailed')}
          onBreak={() => void run('break', () => bridge.invoke('session.break', {}), 'actions.breakFailed')}
        />
        <div className="action-error" role="alert">
          {error && !repeatsStatus ? error : null}
        </div>
        <InvestigationView bridge={bridge} connection={connection} session={session} />
      </div>
    </section>
  );
}
