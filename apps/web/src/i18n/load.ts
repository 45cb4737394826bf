import type { Catalog } from './catalog/types';
import { pickLang, type Lang } from './langs';

/** Where her choice of language is kept on the phone. */
export const LANG_STORAGE_KEY = 'sb.lang';

/**
 * One chunk per language, loaded when chosen: the first paint parses only hers (every catalog is
 * complete, so no fallback is needed). The service worker precaches them all for offline use.
 * Kept apart from i18next so the boot script can start loading her catalog before i18next arrives.
 */
export const CATALOG_LOADERS: Record<Lang, () => Promise<Catalog>> = {
  en: () => import('./catalog/en').then((m) => m.en),
  hi: () => import('./catalog/hi').then((m) => m.hi),
  ta: () => import('./catalog/ta').then((m) => m.ta),
  bn: () => import('./catalog/bn').then((m) => m.bn),
  mr: () => import('./catalog/mr').then((m) => m.mr),
};

export function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Her saved language, else the browser's first supported one, else Hindi. */
export function initialLang(): Lang {
  const saved = safeStorage()?.getItem(LANG_STORAGE_KEY) ?? null;
  return pickLang(saved, navigator.languages ?? [navigator.language]);
}
