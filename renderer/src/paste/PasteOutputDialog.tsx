// "Paste kd output": a text box that is also a drop zone (a dropped .log/.txt file, or text
// dragged from another window, is read in). Open sends the text to the core, which replays
// it as an offline session; the caller then runs the investigation and lists the warnings.
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { DialogButtons } from '../layout/DialogButtons';
import { DialogTitle, ModalDialog } from '../layout/ModalDialog';
import { checkPastedText, openPastedText, type PastedTextOutcome } from './pasteText';
import './paste.css';

interface PasteOutputDialogProps {
  bridge: PoolSleuthBridge;
  onOpened(outcome: PastedTextOutcome): void;
  onClose(): void;
}

export function PasteOutputDialog({ bridge, onOpened, onClose }: PasteOutputDialogProps) {
  const { t, i18n } = useTranslation();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const describe = (check: ReturnType<typeof checkPastedText>): string | null => {
    if (check.ok) return null;
    if (check.reason === 'empty') return t('paste.empty');
    return t('paste.tooLarge', { size: check.count.toLocaleString(i18n.language), max: check.max.toLocaleString(i18n.language) });
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const problemText = describe(checkPastedText(text));
    if (problemText !== null) {
      setProblem(problemText);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onOpened(await openPastedText(bridge, text));
    } catch (err) {
      setProblem(t('paste.failed', { message: errorMessage(err) }));
      setBusy(false);
    }
  };

  const drop = (ev: DragEvent<HTMLTextAreaElement>) => {
    setDragging(false);
    const file = ev.dataTransfer.files[0];
    if (file) {
      ev.preventDefault();
      file.text().then(
        (content) => {
          setText(content);
          setProblem(describe(checkPastedText(content)));
        },
        (err: unknown) => setProblem(t('paste.readFailed', { name: file.name, message: errorMessage(err) })),
      );
    }
    // Dragged text (no file) is inserted by the text box itself.
  };

  return (
    <ModalDialog className="paste-dialog" onClose={onClose}>
      <form onSubmit={(ev) => void submit(ev)}>
        <DialogTitle>{t('paste.title')}</DialogTitle>
        <p className="field-hint" id={`${fieldId}-hint`}>
          {t('paste.intro')}
        </p>
        <label htmlFor={fieldId} className="paste-label">
          {t('paste.label')}
          <span className="paste-size">{text.length > 0 ? t('paste.size', { count: text.length }) : ''}</span>
        </label>
        <textarea
          id={fieldId}
          className={`paste-text${dragging ? ' paste-drop-active' : ''}`}
          value={text}
          placeholder={t('paste.placeholder')}
          spellCheck={false}
          autoFocus
          aria-describedby={`${fieldId}-hint${problem ? ` ${fieldId}-problem` : ''}`}
          aria-invalid={problem !== null}
          onChange={(ev) => {
            setText(ev.target.value);
            if (problem) setProblem(null);
          }}
          onDragOver={(ev) => {
            if (ev.dataTransfer.types.includes('Files')) ev.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        />
        {dragging && <p className="paste-drop-hint">{t('paste.dropHere')}</p>}
        <div className="action-error" role="alert" id={`${fieldId}-problem`}>
          {problem}
        </div>
        <DialogButtons cancel={{ label: t('paste.cancel'), onClick: onClose }}>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('paste.opening') : t('paste.submit')}
          </button>
        </DialogButtons>
      </form>
    </ModalDialog>
  );
}
