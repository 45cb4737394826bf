import { describe, expect, it } from 'vitest';
import { en } from './catalog/en';
import { catalogs } from './catalogs';
import { LANGS, pickLang } from './langs';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const SCRIPT: Record<string, RegExp> = {
  hi: /[\u0900-\u097F]/,
  mr: /[\u0900-\u097F]/,
  ta: /[\u0B80-\u0BFF]/,
  bn: /[\u0980-\u09FF]/,
};

describe('UI message catalogs', () => {
  const source = flatten(en);

  it.each(LANGS.filter((l) => l !== 'en'))(
    '%s has every English key, no extra key, same placeholders',
    (lang) => {
      const catalog = flatten(catalogs[lang]);
      expect([...catalog.keys()].sort()).toEqual([...source.keys()].sort());
      for (const [key, text] of source) {
        expect(placeholders(catalog.get(key)!), `${lang}:${key}`).toEqual(placeholders(text));
        expect(catalog.get(key)!.trim().length, `${lang}:${key} is empty`).toBeGreaterThan(0);
      }
    },
  );

  it.each(['hi', 'ta', 'bn', 'mr'] as const)('%s is really translated (in its own script)', (lang) => {
    const catalog = flatten(catalogs[lang]);
    const untranslated = [...catalog].filter(([key, text]) => {
      const english = source.get(key)!;
      return (
        text === english &&
        SCRIPT[lang]!.test(english) === false &&
        /[a-z]{3}/i.test(english.replace(/\{\{\w+\}\}|SheBalance|GSTIN|SMS/g, ''))
      );
    });
    expect(untranslated.map(([k]) => k)).toEqual([]);
    const inScript = [...catalog.values()].filter((t) => SCRIPT[lang]!.test(t)).length;
    expect(inScript / catalog.size).toBeGreaterThan(0.9);
  });
});

describe('pickLang', () => {
  it('keeps a saved choice, else follows the browser, else Hindi', () => {
    expect(pickLang('ta', ['en-IN'])).toBe('ta');
    expect(pickLang(null, ['fr-FR', 'bn-IN'])).toBe('bn');
    expect(pickLang('xx', ['fr-FR'])).toBe('hi');
  });
});
