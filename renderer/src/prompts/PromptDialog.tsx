// A modal question from the core during a connection: verify an SSH host key,
// or type a password / key passphrase / keyboard-interactive answers. Secrets
// live only in this dialog's state and are gone once it closes; where the core
// can encrypt them (Electron), a password or passphrase can be remembered.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromptAnswer, PromptRequest } from '../../../electron/contract';
import { DialogButtons } from '../layout/DialogButtons';
import { DialogTitle, ModalDialog } from '../layout/ModalDialog';
import { cancelAnswerFor, offersRemember, submitAnswerFor, type HostKeyDecision } from './promptAnswers';

interface PromptDialogProps {
  request: PromptRequest;
  onAnswer(promptId: string, answer: PromptAnswer): void;
}

export function PromptDialog({ request, onAnswer }: PromptDialogProps) {
  const { t } = useTranslation();
  const fieldCount = request.kind === 'host-key' ? 0 : request.kind === 'keyboard-interactive' ? request.prompts.length : 1;
  const [values, setValues] = useState<string[]>(() => Array.from({ length: fieldCount }, () => ''));
  const [remember, setRemember] = useState(false);
  const rememberId = useId();

  const cancel = () => onAnswer(request.promptId, cancelAnswerFor(request));
  const submit = (ev: FormEvent, decision?: HostKeyDecision) => {
    ev.preventDefault();
    onAnswer(request.promptId, submitAnswerFor(request, values, decision, remember));
  };
  const setValue = (i: number, v: string) => setValues((old) => old.map((x, j) => (j === i ? v : x)));

  return (
    <ModalDialog className="prompt-dialog" onClose={cancel}>
      <form onSubmit={(ev) => submit(ev)}>
        {request.kind === 'host-key' ? (
          <>
            <DialogTitle>{t('prompt.hostKey.title')}</DialogTitle>
            <p>{t('prompt.hostKey.text', { host: request.host, port: request.port })}</p>
            <dl className="fingerprint">
              <dt>{t('prompt.hostKey.keyType')}</dt>
              <dd>
                <code>{request.keyType}</code>
              </dd>
              <dt>{t('prompt.hostKey.fingerprint')}</dt>
              <dd>
                <code>{request.fingerprintSha256}</code>
              </dd>
            </dl>
            <p className="field-hint">{t('prompt.hostKey.verify')}</p>
            <DialogButtons cancel={{ label: t('prompt.cancel'), onClick: cancel }}>
              <button type="button" className="btn" onClick={(ev) => submit(ev, 'accept-once')}>
                {t('prompt.hostKey.acceptOnce')}
              </button>
              <button type="button" className="btn btn-primary" onClick={(ev) => submit(ev, 'accept-and-remember')}>
                {t('prompt.hostKey.acceptAndRemember')}
              </button>
            </DialogButtons>
          </>
        ) : (
          <>
            <DialogTitle>{t(`prompt.${request.kind === 'keyboard-interactive' ? 'keyboardInteractive' : request.kind}.title`)}</DialogTitle>
            <p>
              <code>
                {request.user}@{request.host}:{request.port}
              </code>
              {request.kind === 'passphrase' && (
                <>
                  {' · '}
                  <code>{request.keyFile}</code>
                </>
              )}
            </p>
            {request.kind !== 'keyboard-interactive' && request.savedSecretRejected ? (
              <p className="error-text">{t(`prompt.${request.kind}.savedRejected`)}</p>
            ) : (
              request.attempt > 1 && <p className="error-text">{t('prompt.retry', { attempt: request.attempt })}</p>
            )}
            {request.kind === 'keyboard-interactive' && (request.name || request.instructions) && (
              <p className="prompt-instructions">{[request.name, request.instructions].filter(Boolean).join('\n')}</p>
            )}
            {(request.kind === 'keyboard-interactive' ? request.prompts : [{ prompt: t(`prompt.${request.kind}.label`), echo: false }]).map(
              (p, i) => (
                <SecretField key={i} label={p.prompt} echo={p.echo} value={values[i] ?? ''} autoFocus={i === 0} onChange={(v) => setValue(i, v)} />
              ),
            )}
            {offersRemember(request) && (
              <div className="field">
                <label className="check-field">
                  <input type="checkbox" checked={remember} onChange={(ev) => setRemember(ev.target.checked)} aria-describedby={`${rememberId}-hint`} />
                  <span>{t('prompt.remember')}</span>
                </label>
                <p className="field-hint" id={`${rememberId}-hint`}>
                  {t('prompt.rememberHint')}
                </p>
              </div>
            )}
            <DialogButtons cancel={{ label: t('prompt.cancel'), onClick: cancel }}>
              <button type="submit" className="btn btn-primary">
                {t('prompt.submit')}
              </button>
            </DialogButtons>
          </>
        )}
      </form>
    </ModalDialog>
  );
}

function SecretField(props: { label: string; echo: boolean; value: string; autoFocus: boolean; onChange(v: string): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.echo ? 'text' : 'password'}
        autoComplete="off"
        spellCheck={false}
        autoFocus={props.autoFocus}
        value={props.value}
        onChange={(ev) => props.onChange(ev.target.value)}
      />
    </div>
  );
}
