import { describe, expect, it } from 'vitest';
import { catalogs, t } from './messages';
import { pickLang, SUPPORTED_LANGS } from './lang';

describe('message catalogs', () => {
  it('have every English key, non-empty, with the same placeholders, in every language', () => {
    const en = catalogs.en;
    for (const lang of SUPPORTED_LANGS) {
      for (const [key, text] of Object.entries(en)) {
        const translated = catalogs[lang][key as keyof typeof en];
        expect(translated, `${lang}:${key}`).toBeTruthy();
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(translated), `${lang}:${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('translate with parameters and fall back to English for an unknown language', () => {
    expect(t('hi', 'otp.invalid', { remaining: 3 })).toContain('3');
    expect(t('xx' as never, 'error.forbidden')).toBe(catalogs.en['error.forbidden']);
  });

  it('pick a supported language from an Accept-Language header', () => {
    expect(pickLang('hi-IN,hi;q=0.9,en;q=0.8')).toBe('hi');
    expect(pickLang('fr-FR', undefined, 'ta')).toBe('ta');
    expect(pickLang(undefined)).toBe('en');
  });
});
