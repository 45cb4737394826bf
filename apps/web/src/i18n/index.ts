import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalog } from './catalog/types';
import { LANGS, LOCALES, type Lang } from './langs';
import { CATALOG_LOADERS, initialLang, LANG_STORAGE_KEY, safeStorage } from './load';

export { LANG_NAMES, LANGS, LOCALES, isLang, type Lang } from './langs';
export * from './format';

async function loadCatalog(lang: Lang): Promise<void> {
  if (!i18next.hasResourceBundle(lang, 'translation'))
    i18next.addResourceBundle(lang, 'translation', await CATALOG_LOADERS[lang]());
}

/**
 * Starts i18next with her language's catalog. The boot script (app/early.ts) may already have
 * started loading it: then `start` is that language and its catalog on the way.
 */
export async function initI18n(start?: { lang: Lang; catalog: Promise<Catalog> }): Promise<i18n> {
  const lng = start?.lang ?? initialLang();
  const catalog = await (start?.catalog ?? CATALOG_LOADERS[lng]());
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
  safeStorage()?.setItem(LANG_STORAGE_KEY, lang);
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
