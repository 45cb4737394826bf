import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalog } from './catalog/types';
import { LANGS, LOCALES, pickLang, type Lang } from './langs';

export { LANG_NAMES, LANGS, LOCALES, isLang, type Lang } from './langs';
export * from './format';

const STORAGE_KEY = 'sb.lang';

/**
 * One chunk per language, loaded when chosen: the first paint parses only hers (every catalog is
 * complete, so no fallback is needed). The service worker precaches them all for offline use.
 */
const LOADERS: Record<Lang, () => Promise<Catalog>> = {
  en: () => import('./catalog/en').then((m) => m.en),
  hi: () => import('./catalog/hi').then((m) => m.hi),
  ta: () => import('./catalog/ta').then((m) => m.ta),
  bn: () => import('./catalog/bn').then((m) => m.bn),
  mr: () => import('./catalog/mr').then((m) => m.mr),
};

async function loadCatalog(lang: Lang): Promise<void> {
  if (!i18next.hasResourceBundle(lang, 'translation'))
    i18next.addResourceBundle(lang, 'translation', await LOADERS[lang]());
}

/** Starts i18next with her language's catalog. */
export async function initI18n(): Promise<i18n> {
  const saved = safeStorage()?.getItem(STORAGE_KEY) ?? null;
  const lng = pickLang(saved, navigator.languages ?? [navigator.language]);
  const catalog = await LOADERS[lng]();
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    resources: { [lng]: { translation: catalog } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLang(lng);
  return i18next;
}

export async function setLanguage(lang: Lang): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, lang);
  await loadCatalog(lang);
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
