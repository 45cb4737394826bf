import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGS } from '../i18n/lang';
import { charCount, LIMITS } from '../whatsapp/validate';
import { conversationCatalogs } from './catalog';
import { en } from './catalog/en';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const LIMIT_BY_PREFIX: Record<string, number> = {
  'btn.': LIMITS.buttonTitle,
  'row.': LIMITS.rowTitle,
  'desc.': LIMITS.rowDescription,
  'list.': LIMITS.listButton,
};

describe('conversation catalogs', () => {
  for (const lang of SUPPORTED_LANGS) {
    it(`${lang}: every key, same placeholders, non-empty, within WhatsApp limits`, () => {
      const catalog = conversationCatalogs[lang];
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const [key, source] of Object.entries(en)) {
        const text = catalog[key as keyof typeof en];
        expect(text.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(source));
        const prefix = Object.keys(LIMIT_BY_PREFIX).find((p) => key.startsWith(p));
        if (prefix)
          expect(charCount(text), `${lang} ${key}: "${text}"`).toBeLessThanOrEqual(LIMIT_BY_PREFIX[prefix]!);
        expect(charCount(text), `${lang} ${key}`).toBeLessThanOrEqual(LIMITS.interactiveBody);
      }
    });
  }

  it('non-English catalogs are translated, not copies of English', () => {
    for (const lang of SUPPORTED_LANGS.filter((l) => l !== 'en')) {
      const same = Object.keys(en).filter(
        (k) =>
          k !== 'desc.language' &&
          conversationCatalogs[lang][k as keyof typeof en] === en[k as keyof typeof en],
      );
      expect(same, lang).toEqual([]);
    }
  });
});
