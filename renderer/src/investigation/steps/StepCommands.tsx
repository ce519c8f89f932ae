// The debugger commands a step ran, with their durations and (once the report is
// in) their raw output on demand.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatSeconds } from '../format/numberFormat';
import type { CommandView } from '../state/investigationViewState';

export function StepCommands({ commands, outputsLoaded }: { commands: CommandView[]; outputsLoaded: boolean }) {
  const { t } = useTranslation();
  if (commands.length === 0) return <p className="inv-muted">{t('inv.steps.noCommands')}</p>;
  return (
    <ol className="inv-commands stack-list" aria-label={t('inv.steps.commands')}>
      {commands.map((c, i) => (
        <CommandItem key={i} command={c} outputsLoaded={outputsLoaded} />
      ))}
    </ol>
  );
}

function CommandItem({ command, outputsLoaded }: { command: CommandView; outputsLoaded: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <li className="inv-command">
      <div className="inv-command-line">
        <code className="inv-command-text" title={command.command}>
          {command.command}
        </code>
        <span className="inv-muted">{formatSeconds(command.durationMs, i18n.language)}</span>
        {!command.recorded && <span className="badge">{t('inv.steps.notRecorded')}</span>}
        <button type="button" className="btn btn-small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t('inv.steps.hideOutput') : t('inv.steps.showOutput')}
        </button>
      </div>
      {open &&
        (command.output === null ? (
          <p className="inv-muted">{outputsLoaded ? '—' : t('inv.steps.outputPending')}</p>
        ) : (
          <pre className="inv-output" tabIndex={0}>
            {command.output}
            {command.outputOmittedChars > 0 && `\n${t('inv.steps.outputOmitted', { count: formatCount(command.outputOmittedChars, i18n.language) })}`}
          </pre>
        ))}
    </li>
  );
}
