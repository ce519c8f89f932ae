import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, languages } from './languages';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
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
