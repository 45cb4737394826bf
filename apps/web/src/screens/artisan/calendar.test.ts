import { describe, expect, it } from 'vitest';
import { formatDate } from '../../i18n/format';
import { catalogs } from '../../i18n/catalogs';
import { LANGS } from '../../i18n/langs';
import { formatDay } from './calendar';

/** `t` over one catalog: "a.b" keys, {{name}} values (what i18next does for these strings). */
function translator(lang: (typeof LANGS)[number]) {
  return (key: string, values: Record<string, string | number> = {}) => {
    let node: unknown = catalogs[lang];
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    return (node as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
  };
}

describe('formatDay (a date without Intl.DateTimeFormat)', () => {
  const dates = [
    ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2024, m, 15, 6))),
    new Date('2025-03-31T20:00:00Z'), // already 1 April in India
    '2023-12-31T18:29:00Z',
    '2026-02-28T00:00:00.000Z',
  ];
  it.each(LANGS)('%s: writes what Intl writes in India', (lang) => {
    const t = translator(lang);
    for (const date of dates) expect(formatDay(date, t), String(date)).toBe(formatDate(date, lang));
  });
});
