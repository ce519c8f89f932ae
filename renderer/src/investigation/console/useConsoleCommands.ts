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

/** Kept as a key and its values, so the line follows a language switch. */
interface StoredNotice {
  tone: 'info' | 'error';
  key: string;
  values: Record<string, string>;
}

export interface ConsoleCommands {
  run(action: ConsoleAction): void;
  notice: CommandNotice | null;
  /** Forgets the last notice (a new target: the command it names was sent to another one). */
  clear(): void;
}

export function useConsoleCommands(bridge: PoolSleuthBridge): ConsoleCommands {
  const { t } = useTranslation();
  const [stored, setStored] = useState<StoredNotice | null>(null);
  const run = useCallback(
    (action: ConsoleAction) => {
      const line = commandFor(action);
      if (line === null) {
        const text = action.kind === 'poolfind' ? action.tag : action.address;
        setStored({ tone: 'error', key: 'inv.commands.refused', values: { text: JSON.stringify(text) } });
        return;
      }
      setStored({ tone: 'info', key: 'inv.commands.sent', values: { command: line } });
      bridge.invoke('session.sendLine', { line }).catch((err: unknown) => {
        setStored({ tone: 'error', key: 'inv.commands.sendFailed', values: { command: line, message: errorMessage(err) } });
      });
    },
    [bridge],
  );
  const clear = useCallback(() => setStored(null), []);
  const notice = useMemo(() => (stored ? { tone: stored.tone, text: t(stored.key, stored.values) } : null), [stored, t]);
  return useMemo(() => ({ run, notice, clear }), [run, notice, clear]);
}

const noCommands = (_action: ConsoleAction): void => undefined;

export const ConsoleCommandContext = createContext<(action: ConsoleAction) => void>(noCommands);

export function useRunCommand(): (action: ConsoleAction) => void {
  return useContext(ConsoleCommandContext);
}
