// Sends the findings' click commands to the console (session.sendLine), after the
// safety check, and keeps the last outcome for a polite status line.
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge } from '../../../../electron/contract';
import { errorMessage } from '../../bridge/bridgeError';
import { commandFor, type ConsoleAction } from './consoleCommands';

export interface CommandNotice {
  tone: 'info' | 'error';
  text: string;
}

export interface ConsoleCommands {
  run(action: ConsoleAction): void;
  notice: CommandNotice | null;
}

export function useConsoleCommands(bridge: PoolSleuthBridge): ConsoleCommands {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<CommandNotice | null>(null);
  const run = useCallback(
    (action: ConsoleAction) => {
      const line = commandFor(action);
      if (line === null) {
        const text = action.kind === 'poolfind' ? action.tag : action.address;
        setNotice({ tone: 'error', text: t('inv.commands.refused', { text: JSON.stringify(text) }) });
        return;
      }
      setNotice({ tone: 'info', text: t('inv.commands.sent', { command: line }) });
      bridge.invoke('session.sendLine', { line }).catch((err: unknown) => {
        setNotice({ tone: 'error', text: t('inv.commands.sendFailed', { command: line, message: errorMessage(err) }) });
      });
    },
    [bridge, t],
  );
  return useMemo(() => ({ run, notice }), [run, notice]);
}

const noCommands = (_action: ConsoleAction): void => undefined;

export const ConsoleCommandContext = createContext<(action: ConsoleAction) => void>(noCommands);

export function useRunCommand(): (action: ConsoleAction) => void {
  return useContext(ConsoleCommandContext);
}
