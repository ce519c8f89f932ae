// "Export report" with its small menu of formats. The core renders the report;
// the page saves it with a Blob download.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat, RequestResult } from '../../../../electron/contract';
import { errorMessage } from '../../bridge/bridgeError';
import { usePopupMenu } from '../../layout/usePopupMenu';
import { menuKeys } from '../console/AllocationAddress';
import { downloadText } from './downloadFile';

const formats: ReportFormat[] = ['markdown', 'html', 'json'];

interface ExportMenuProps {
  disabled: boolean;
  disabledReason: string | null;
  exportReport(format: ReportFormat): Promise<RequestResult<'investigation.exportReport'>>;
  onOutcome(outcome: { tone: 'info' | 'error'; text: string }): void;
}

export function ExportMenu({ disabled, disabledReason, exportReport, onOutcome }: ExportMenuProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen, toggleProps] = usePopupMenu(wrapRef);

  const save = async (format: ReportFormat) => {
    setOpen(false);
    buttonRef.current?.focus();
    setBusy(true);
    try {
      const report = await exportReport(format);
      downloadText(report.fileName, report.mimeType, report.content);
      onOutcome({ tone: 'info', text: t('inv.export.saved', { fileName: report.fileName }) });
    } catch (err) {
      onOutcome({ tone: 'error', text: t('inv.export.failed', { message: errorMessage(err) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="inv-menu-wrap" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn"
        {...toggleProps}
        disabled={disabled || busy}
        title={disabled ? (disabledReason ?? undefined) : undefined}
        onKeyDown={(ev) => {
          if (ev.key === 'ArrowDown' && !open) {
            ev.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('inv.export.button')}
        <span className="inv-caret" aria-hidden="true" />
      </button>
      {open && (
        <div
          role="menu"
          className="inv-menu"
          aria-label={t('inv.export.button')}
          onKeyDown={(ev) => menuKeys(ev, () => {
            setOpen(false);
            buttonRef.current?.focus();
          })}
        >
          {formats.map((format) => (
            <button key={format} type="button" role="menuitem" tabIndex={-1} className="inv-menu-item" onClick={() => void save(format)}>
              {t(`inv.export.${format}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
