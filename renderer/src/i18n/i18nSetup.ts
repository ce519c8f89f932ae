// i18next with the three bundled languages. Resources are inline, so init is
// synchronous and the first render already has its strings.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ja } from './ja';
import { pickInitialLanguage, storeLanguage, type LanguageCode } from './languages';
import { zhCN } from './zhCN';

export function setUpI18n(): typeof i18next {
  const lng = pickInitialLanguage();
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN }, ja: { translation: ja } },
    lng,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
    storeLanguage(code as LanguageCode);
  });
  return i18next;
}
