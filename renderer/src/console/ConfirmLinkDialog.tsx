// A link in debugger output was printed by the target, not by PoolSleuth: clicking it
// only asks. The dialog shows the whole URL (through the target-text sanitiser, so
// nothing in it is hidden or reordered) and opens it only when the user says so.
import { useTranslation } from 'react-i18next';
import { showTargetText } from '../../../electron/contract';
import { DialogTitle, ModalDialog } from '../layout/ModalDialog';
import './confirmLinkDialog.css';

/** Only web links are offered at all; anything else (file:, javascript:, custom schemes) is inert. */
export function isOpenableLink(uri: string): boolean {
  try {
    const protocol = new URL(uri).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

interface ConfirmLinkDialogProps {
  uri: string;
  onOpen(uri: string): void;
  onClose(): void;
}

export function ConfirmLinkDialog({ uri, onOpen, onClose }: ConfirmLinkDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog className="confirm-link-dialog" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(ev) => {
          ev.preventDefault();
          onOpen(uri);
        }}
      >
        <DialogTitle>{t('console.linkTitle')}</DialogTitle>
        <p>{t('console.linkText')}</p>
        <code className="confirm-link-url" data-testid="link-url">
          {showTargetText(uri)}
        </code>
        <div className="button-row dialog-buttons">
          <button type="button" className="btn" autoFocus onClick={onClose}>
            {t('console.linkCancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('console.linkOpen')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
