// After Save transcript / Save log: where the core wrote the files on disk (the page's
// download may land elsewhere, or be blocked). Plain selectable text, so the path can be
// copied into a file manager or a mail.
import { useTranslation } from 'react-i18next';

export function SavedTranscriptPaths({ filePaths }: { filePaths: readonly string[] }) {
  const { t } = useTranslation();
  if (filePaths.length === 0) return null;
  return (
    <p className="field-hint saved-transcript-paths" role="status">
      {t('transcript.savedTo')}{' '}
      {filePaths.map((filePath, i) => (
        <span key={filePath}>
          {i > 0 && <br />}
          <code>{filePath}</code>
        </span>
      ))}
    </p>
  );
}
