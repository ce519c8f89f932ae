// Shows a source file with line numbers, the requested line highlighted and
// scrolled into view; or, when the file cannot be read, why and what to do.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceReadResult } from '../../../electron/contract';
import { DialogTitle, ModalDialog } from '../layout/ModalDialog';
import type { SourceLocationRequest } from './sourceViewerStore';

export type SourceView = { status: 'loading' } | { status: 'loaded'; result: SourceReadResult } | { status: 'error'; message: string };

interface SourceViewerDialogProps {
  request: SourceLocationRequest;
  view: SourceView;
  onClose(): void;
  onAddMapping(): void;
}

export function SourceViewerDialog({ request, view, onClose, onAddMapping }: SourceViewerDialogProps) {
  const { t } = useTranslation();
  const currentRef = useRef<HTMLLIElement>(null);
  const fileName = request.file.split(/[\\/]/).pop() ?? request.file;

  useEffect(() => {
    const current = currentRef.current;
    const list = current?.parentElement;
    if (!current || !list) return;
    // Scroll only the list (scrollIntoView would also scroll the dialog and hide its title).
    list.scrollTop = Math.max(0, current.offsetTop - list.clientHeight / 2);
    current.focus({ preventScroll: true });
  }, [view]);

  return (
    <ModalDialog className="source-viewer" onClose={onClose}>
      <div className="source-header">
        <DialogTitle>
          {t('source.title', { file: fileName, line: request.line })}
        </DialogTitle>
        <span className="toolbar-spacer" />
        <button type="button" className="btn btn-small" onClick={onClose}>
          {t('source.close')}
        </button>
      </div>
      <p className="source-path mono" title={request.file}>
        {view.status === 'loaded' && view.result.found ? view.result.resolvedPath : request.file}
      </p>
      {view.status === 'loading' && <p className="field-hint">{t('source.loading')}</p>}
      {view.status === 'error' && <p className="error-text" role="alert">{view.message}</p>}
      {view.status === 'loaded' && !view.result.found && (
        <div className="source-problem" role="alert">
          <p className="error-text">{t(`source.problem.${view.result.problem}`)}</p>
          <p className="issue-detail">{view.result.message}</p>
          {(view.result.problem === 'no-mapping' || view.result.problem === 'not-found') && (
            <div className="button-row">
              <button type="button" className="btn btn-primary" onClick={onAddMapping}>
                {t('source.addMapping')}
              </button>
            </div>
          )}
        </div>
      )}
      {view.status === 'loaded' && view.result.found && (
        <SourceLines result={view.result} currentRef={currentRef} label={t('source.linesLabel', { file: fileName })} currentLabel={t('source.currentLine')} />
      )}
    </ModalDialog>
  );
}

function SourceLines(props: {
  result: Extract<SourceReadResult, { found: true }>;
  currentRef: React.RefObject<HTMLLIElement | null>;
  label: string;
  currentLabel: string;
}) {
  const { result } = props;
  const lines = result.text.split('\n');
  return (
    <ol className="source-lines mono" start={result.startLine} aria-label={props.label}>
      {lines.map((text, i) => {
        const number = result.startLine + i;
        const current = number === result.line;
        return (
          <li
            key={number}
            ref={current ? props.currentRef : undefined}
            className={current ? 'source-line current' : 'source-line'}
            aria-current={current ? 'true' : undefined}
            tabIndex={current ? -1 : undefined}
            data-line={number}
          >
            <span className="line-number" aria-hidden="true">
              {number}
            </span>
            <span className="line-text">{text || ' '}</span>
            {current && <span className="visually-hidden"> ({props.currentLabel})</span>}
          </li>
        );
      })}
    </ol>
  );
}
