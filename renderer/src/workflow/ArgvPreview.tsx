// Shows the argv the core will run for a preset (there is no shell to forgive
// quoting mistakes), or what to fix in the form.
import { useTranslation } from 'react-i18next';
import type { ArgvPreviewState } from './useArgvPreview';
import { IssueText } from './IssueText';

export function ArgvPreview({ preview, id, muted = false }: { preview: ArgvPreviewState; id?: string; muted?: boolean }) {
  const { t } = useTranslation();
  if (preview.status === 'pending') return <div className="argv-preview" id={id} />;
  if (preview.status === 'issue') {
    return (
      <div className="argv-preview" id={id}>
        <IssueText issue={preview.issue} muted={muted} />
      </div>
    );
  }
  if (preview.status === 'error') {
    return (
      <div className="argv-preview" id={id}>
        <p className="error-text">{preview.message}</p>
      </div>
    );
  }
  return (
    <div className="argv-preview" id={id}>
      <span className="argv-label">{t('target.argvPreview')}</span>
      <ol className="argv-list" aria-label={t('target.argvPreview')}>
        {preview.argv.map((arg, i) => (
          <li key={i}>
            <code>{arg === '' ? '""' : arg}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}
