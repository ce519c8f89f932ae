// The state behind "Paste kd output": whether the dialog is open, and the outcome of the
// last paste (shown until dismissed or until the session it opened ends). A successful
// paste starts the automatic investigation, as Run would on any offline session.
import { useCallback, useEffect, useState } from 'react';
import type { PoolSleuthBridge, SessionStateName } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import type { PastedTextOutcome } from './pasteText';

export interface PastedTextState {
  dialogOpen: boolean;
  outcome: PastedTextOutcome | null;
  investigateProblem: string | null;
  openDialog(): void;
  closeDialog(): void;
  opened(outcome: PastedTextOutcome): void;
  dismiss(): void;
}

export function usePastedText(bridge: PoolSleuthBridge, sessionState: SessionStateName): PastedTextState {
  const [dialogOpen, setDialogOpen] = useState(false);
  const [outcome, setOutcome] = useState<PastedTextOutcome | null>(null);
  const [investigateProblem, setInvestigateProblem] = useState<string | null>(null);

  // The summary describes the offline session the paste opened; once that session is gone, so is it.
  const ended = sessionState === 'idle' || sessionState === 'disconnected' || sessionState === 'failed';
  useEffect(() => {
    if (ended) setOutcome(null);
  }, [ended]);

  const opened = useCallback(
    (result: PastedTextOutcome) => {
      setDialogOpen(false);
      setOutcome(result);
      setInvestigateProblem(null);
      bridge.invoke('investigation.start', { playbook: null, driver: null }).catch((err: unknown) => setInvestigateProblem(errorMessage(err)));
    },
    [bridge],
  );

  return {
    dialogOpen,
    outcome,
    investigateProblem,
    openDialog: useCallback(() => setDialogOpen(true), []),
    closeDialog: useCallback(() => setDialogOpen(false), []),
    opened,
    dismiss: useCallback(() => setOutcome(null), []),
  };
}
