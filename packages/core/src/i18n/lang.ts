/** Languages SheBalance speaks. English and Hindi are complete everywhere; the others grow per feature. */
export const SUPPORTED_LANGS = ['en', 'hi', 'ta', 'bn', 'mr'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (SUPPORTED_LANGS as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header or a stored preference. */
export function pickLang(...candidates: (string | undefined | null)[]): Lang {
  for (const candidate of candidates) {
    if (!candidate) continue;
    for (const part of candidate.split(',')) {
      const code = part.split(';')[0]?.trim().toLowerCase().split('-')[0];
      if (isLang(code)) return code;
    }
  }
  return 'en';
}
