// The languages the UI ships, named in their own script so anyone can find theirs.
export const languages = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
  { code: 'ja', name: '日本語' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

const storageKey = 'poolsleuth.language';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return languages.some((l) => l.code === value);
}

/** A stored choice wins; otherwise the browser's preference, else English. */
export function languageFor(stored: string | null, preferred: readonly string[]): LanguageCode {
  if (isLanguageCode(stored)) return stored;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('ja')) return 'ja';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function pickInitialLanguage(): LanguageCode {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    // Storage disabled: fall back to the browser's languages.
  }
  return languageFor(stored, navigator.languages ?? [navigator.language]);
}

export function storeLanguage(code: LanguageCode): void {
  try {
    localStorage.setItem(storageKey, code);
  } catch {
    // Not persisted; the choice still applies to this window.
  }
}
