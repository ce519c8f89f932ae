// Help (F1): the keyboard shortcuts, and a short guide to each playbook — when to
// use it, what it runs, and what the answer looks like.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogButtons } from '../layout/DialogButtons';
import { DialogSection } from '../layout/DialogSection';
import { DialogTitle, ModalDialog } from '../layout/ModalDialog';

/** Keys as shown (not translated) and the key of their description. */
const shortcuts: ReadonlyArray<[keys: string, what: string]> = [
  ['F1', 'help'],
  ['Ctrl+C', 'break'],
  ['Ctrl+F', 'find'],
  ['↑ / ↓', 'history'],
  ['Esc', 'clearLine'],
  ['Ctrl+K / Ctrl+U', 'killLine'],
  ['Tab', 'leaveConsole'],
  ['← / → (Shift)', 'resize'],
  ['↑ ↓ PgUp PgDn Home End, Enter', 'table'],
  ['↑ ↓ ← →, Enter, Esc, L', 'callTree'],
  ['Shift+F10', 'addressMenu'],
  ['Ctrl+O / Ctrl+S / Ctrl+E', 'menu'],
];

const playbooks = ['automatic', 'leak', 'growth', 'corruption'] as const;

export function HelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <ModalDialog className="settings-dialog help-dialog" onClose={onClose}>
      <div className="settings-body">
        <DialogTitle>{t('help.title')}</DialogTitle>
        <DialogSection headingId={`${id}-keys`} heading={t('help.keysHeading')}>
          <table className="mapping-table help-keys" aria-labelledby={`${id}-keys`}>
            <thead>
              <tr>
                <th scope="col">{t('help.key')}</th>
                <th scope="col">{t('help.action')}</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts.map(([keys, what]) => (
                <tr key={what}>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                  <td>{t(`help.keys.${what}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </DialogSection>
        <DialogSection headingId={`${id}-playbooks`} heading={t('help.playbooksHeading')}>
          {playbooks.map((p) => (
            <div key={p} className="help-playbook">
              <h4>{t(`help.playbooks.${p}.title`)}</h4>
              <p>{t(`help.playbooks.${p}.when`)}</p>
              <p className="field-hint">{t(`help.playbooks.${p}.how`)}</p>
            </div>
          ))}
        </DialogSection>
        <DialogButtons>
          <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
            {t('settings.close')}
          </button>
        </DialogButtons>
      </div>
    </ModalDialog>
  );
}
