/**
 * Language codes, names and locales: no catalog here (each is its own chunk, loaded by ./load.ts);
 * every catalog at once, for tests, is in ./catalogs.ts.
 */
export const LANGS = ['en', 'hi', 'ta', 'bn', 'mr'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in its own script, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  hi: 'हिन्दी',
  ta: 'தமிழ்',
  bn: 'বাংলা',
  mr: 'मराठी',
};

/** BCP 47 locales for Intl formatting and speech (Indian English, Indian scripts). */
export const LOCALES: Record<Lang, string> = {
  en: 'en-IN',
  hi: 'hi-IN',
  ta: 'ta-IN',
  bn: 'bn-IN',
  mr: 'mr-IN',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The first supported language among the browser's preferences (e.g. "hi-IN" → hi), else Hindi. */
export function pickLang(saved: string | null, preferences: readonly string[]): Lang {
  if (isLang(saved)) return saved;
  for (const pref of preferences) {
    const base = pref.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'hi';
}
