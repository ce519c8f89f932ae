// Shows how a command line will be split, so quoting mistakes are visible
// before Connect — the core runs argv directly, there is no shell to forgive them.
import { useTranslation } from 'react-i18next';
import { splitWindowsCommandLine } from './windowsCommandLine';

export function ArgvPreview({ commandLine }: { commandLine: string }) {
  const { t } = useTranslation();
  const { argv, unterminatedQuote } = splitWindowsCommandLine(commandLine);
  if (argv.length === 0) return null;
  return (
    <div className="argv-preview">
      <span className="argv-label">{t('target.argvPreview')}</span>
      <ol className="argv-list">
        {argv.map((arg, i) => (
          <li key={i}>
            <code>{arg === '' ? '""' : arg}</code>
          </li>
        ))}
      </ol>
      {unterminatedQuote && <p className="error-text">{t('target.unterminatedQuote')}</p>}
    </div>
  );
}
