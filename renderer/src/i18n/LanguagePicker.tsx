// The way back from a language you cannot read: the label always carries the English
// word ("言語 / Language"), the accessible name is `Language` in every language (the
// product contract), and each option is written in its own language.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, languages } from './languages';

/** The contract's accessible name, never translated. */
const contractName = 'Language';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const local = t('language.label');
  return (
    <div className="language-picker">
      <label htmlFor={id}>
        {local !== contractName && (
          // Seen, not read out: the name stays "Language" for screen readers and tests.
          <span aria-hidden="true">{local} / </span>
        )}
        <span lang="en">{contractName}</span>
      </label>
      <select
        id={id}
        value={isLanguageCode(i18n.language) ? i18n.language : 'en'}
        onChange={(ev) => void i18n.changeLanguage(ev.target.value)}
      >
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
