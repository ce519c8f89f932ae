// A piece of target text (address, symbol, tag) that runs a debugger command when
// pressed. Text that fails the safety check is shown as plain text, not a button.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { commandFor, type ConsoleAction } from './consoleCommands';
import { useRunCommand } from './useConsoleCommands';

interface CommandButtonProps {
  action: ConsoleAction;
  children: ReactNode;
  className?: string;
  /** Extra text for the tooltip, e.g. the full symbol when the label is cut. */
  detail?: string;
  /** For roving focus in the table: -1 keeps the button out of the Tab order. */
  tabIndex?: number;
}

export function CommandButton({ action, children, className, detail, tabIndex }: CommandButtonProps) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const command = commandFor(action);
  if (command === null) return <span className={`inv-plain ${className ?? ''}`}>{children}</span>;
  const title = [detail, t('inv.commands.runTitle', { command })].filter(Boolean).join('\n');
  return (
    <button type="button" className={`inv-cmd ${className ?? ''}`} title={title} tabIndex={tabIndex} onClick={() => run(action)}>
      {children}
    </button>
  );
}
