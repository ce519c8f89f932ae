// The investigation as the view sees it: events from the core folded by the reducer,
// and the requests (start, cancel, re-run, export). After each run the report is
// fetched once (investigation.snapshot) for the commands' raw outputs; on a page load it
// restores the view.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { showTargetTextDeep, type PlaybookId, type PoolSleuthBridge, type ReportFormat, type RequestResult, type SessionState } from '../../../../electron/contract';
import type { BridgeConnection } from '../../bridge/bridgeConnection';
import { subscribeEvents } from '../../bridge/bridgeEvents';
import { errorMessage } from '../../bridge/bridgeError';
import { investigationReducer } from './investigationReducer';
import { initialInvestigationState, type InvestigationViewState } from './investigationViewState';
import { readReportSnapshot } from './reportSnapshot';
import type { RunTuning } from './runOptions';

export interface InvestigationControls {
  state: InvestigationViewState;
  start(playbook: PlaybookId | null, driver: string | null, tuning?: RunTuning): Promise<void>;
  cancel(): Promise<void>;
  rerun(stepId: string, following: boolean): Promise<void>;
  exportReport(format: ReportFormat): Promise<RequestResult<'investigation.exportReport'>>;
}

export function useInvestigation(bridge: PoolSleuthBridge, connection: BridgeConnection, session: SessionState): InvestigationControls {
  const [state, dispatch] = useReducer(investigationReducer, initialInvestigationState);

  // Events and reports carry target text (names, owners, symbols, raw output): every
  // string is shown through the one sanitiser before the view sees it.
  useEffect(() => subscribeEvents(bridge, { 'investigation.event': (event) => dispatch({ type: 'event', event: showTargetTextDeep(event) }) }), [bridge]);

  const loadReport = useCallback(async () => {
    try {
      const { report: value } = await bridge.invoke('investigation.snapshot', {});
      const report = value === null ? null : readReportSnapshot(value);
      if (report) dispatch({ type: 'report-loaded', report: showTargetTextDeep(report) });
    } catch {
      // The bridge is down or the report unreadable: the view keeps what it has.
    }
  }, [bridge]);

  // Opening a new target makes the core forget the last investigation; so do we.
  const previousState = useRef(session.state);
  useEffect(() => {
    if (session.state === 'connecting' && previousState.current !== 'connecting') dispatch({ type: 'reset' });
    previousState.current = session.state;
  }, [session.state]);

  // After a page load or a reconnect of the bridge: the core may still hold a report.
  useEffect(() => {
    if (connection.status === 'open') void loadReport();
  }, [connection.status, loadReport]);

  const settle = useCallback(
    async (request: () => Promise<{ status: 'finished' | 'failed' | 'cancelled' }>) => {
      try {
        const result = await request();
        dispatch({ type: 'request-settled', status: result.status });
        await loadReport();
      } catch (err) {
        dispatch({ type: 'request-failed', message: errorMessage(err) });
      }
    },
    [loadReport],
  );

  const start = useCallback(
    (playbook: PlaybookId | null, driver: string | null, tuning: RunTuning = {}) => {
      dispatch({ type: 'start-requested' });
      // Only what the user changed travels; the core keeps its defaults for the rest.
      const params = Object.keys(tuning).length > 0 ? { playbook, driver, tuning } : { playbook, driver };
      return settle(() => bridge.invoke('investigation.start', params));
    },
    [bridge, settle],
  );

  const rerun = useCallback(
    (stepId: string, following: boolean) => {
      dispatch({ type: 'rerun-requested', stepId, following });
      return settle(() => bridge.invoke('investigation.rerunStep', { stepId, following }));
    },
    [bridge, settle],
  );

  const cancel = useCallback(async () => {
    await bridge.invoke('investigation.cancel', {});
  }, [bridge]);

  const exportReport = useCallback((format: ReportFormat) => bridge.invoke('investigation.exportReport', { format }), [bridge]);

  return { state, start, cancel, rerun, exportReport };
}
