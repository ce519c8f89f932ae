// "Forget saved password / passphrase" for the SSH target being edited: asks the
// core to drop what the password dialog remembered (`secrets.forget`) and says
// whether anything was there. Shown only where the core can remember at all.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import type { TargetDraft } from '../workflow/targetDraft';
import { forgetSecretRequestFor } from './forgetSecretRequest';

interface ForgetSavedSecretProps {
  bridge: PoolSleuthBridge;
  draft: TargetDraft;
}

export function ForgetSavedSecret({ bridge, draft }: ForgetSavedSecretProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  // A message about another host or key file would mislead.
  useEffect(() => setStatus(null), [draft.sshHost, draft.sshPort, draft.sshUser, draft.sshAuth, draft.sshIdentityFile]);
  if (draft.sshAuth !== 'password' && draft.sshAuth !== 'key') return null; // keyboard-interactive is never remembered
  const kind = draft.sshAuth === 'key' ? 'passphrase' : 'password';

  const forget = () => {
    const request = forgetSecretRequestFor(draft);
    if (!request) return setStatus({ text: t('prompt.forget.incomplete'), error: true });
    bridge
      .invoke('secrets.forget', request.params)
      .then(({ removed }) => {
        const key = kind === 'password' ? (removed ? 'forgotPassword' : 'nonePassword') : removed ? 'forgotPassphrase' : 'nonePassphrase';
        setStatus({ text: t(`prompt.forget.${key}`, { account: request.subject, keyFile: request.subject }), error: false });
      })
      .catch((err: unknown) => setStatus({ text: t('prompt.forget.failed', { message: errorMessage(err) }), error: true }));
  };

  // The message goes under the button: an account name wraps badly beside it.
  return (
    <div className="field">
      <div>
        <button type="button" className="btn btn-small" onClick={forget}>
          {t(`prompt.forget.${kind}`)}
        </button>
      </div>
      <p role="status" className={status?.error ? 'error-text' : 'field-hint'}>
        {status?.text}
      </p>
    </div>
  );
}
