// i18next with the three bundled languages. Resources are inline, so init is
// synchronous and the first render already has its strings.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { invEn } from '../investigation/i18n/en';
import { invJa } from '../investigation/i18n/ja';
import { invZhCN } from '../investigation/i18n/zhCN';
import { pasteEn } from '../paste/i18n/en';
import { pasteJa } from '../paste/i18n/ja';
import { pasteZhCN } from '../paste/i18n/zhCN';
import { activityEn } from '../session/activity/i18n/en';
import { activityJa } from '../session/activity/i18n/ja';
import { activityZhCN } from '../session/activity/i18n/zhCN';
import { en } from './en';
import { ja } from './ja';
import { pickInitialLanguage, storeLanguage, type LanguageCode } from './languages';
import { zhCN } from './zhCN';

export function setUpI18n(): typeof i18next {
  const lng = pickInitialLanguage();
  void i18next.use(initReactI18next).init({
    // The investigation view keeps its strings in its own files, under `inv`; "Paste kd output" under `paste`;
    // the session activity line under `activity`.
    resources: {
      en: { translation: { ...en, inv: invEn, paste: pasteEn, activity: activityEn } },
      'zh-CN': { translation: { ...zhCN, inv: invZhCN, paste: pasteZhCN, activity: activityZhCN } },
      ja: { translation: { ...ja, inv: invJa, paste: pasteJa, activity: activityJa } },
    },
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
