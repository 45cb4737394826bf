import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, LANGS, LOCALES, pickLang, type Lang } from './langs';

export { LANG_NAMES, LANGS, LOCALES, isLang, type Lang } from './langs';
export * from './format';

const STORAGE_KEY = 'sb.lang';

/** Starts i18next with every catalog bundled (they are small, and needed offline). */
export async function initI18n(): Promise<i18n> {
  const saved = safeStorage()?.getItem(STORAGE_KEY) ?? null;
  const lng = pickLang(saved, navigator.languages ?? [navigator.language]);
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    resources: Object.fromEntries(LANGS.map((l) => [l, { translation: catalogs[l] }])),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLang(lng);
  return i18next;
}

export async function setLanguage(lang: Lang): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, lang);
  await i18next.changeLanguage(lang);
  applyDocumentLang(lang);
}

export function currentLang(): Lang {
  const l = i18next.language;
  return (LANGS as readonly string[]).includes(l) ? (l as Lang) : 'en';
}

function applyDocumentLang(lang: Lang) {
  document.documentElement.lang = LOCALES[lang];
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
