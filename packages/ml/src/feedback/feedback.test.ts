import { getCraft } from '@shebalance/core/crafts/index';
import { SUPPORTED_LANGS } from '@shebalance/core/i18n/lang';
import { describe, expect, it } from 'vitest';
import { IMAGE_REJECT_REASONS } from '../image/errors';
import { QUALITY_PROBLEMS } from '../quality/gate';
import { EVIDENCE_NAMES, type EvidenceFeatures } from '../scoring/evidence';
import { estimateMarketValue } from '../value/estimate';
import { CATALOGS, type MessageKey } from './catalog/index';
import { formatInr, interpolate, placeholders } from './format';
import { describeLevel, intakeMessage, levelName, retakeTips } from './labels';
import { buildFeedback, feedbackKeys } from './suggestions';
import { describeValue } from './value';

const SCRIPT: Record<string, RegExp> = {
  hi: /[\u0900-\u097F]/,
  mr: /[\u0900-\u097F]/,
  ta: /[\u0B80-\u0BFF]/,
  bn: /[\u0980-\u09FF]/,
};

const evidence = (overrides: Partial<EvidenceFeatures>): EvidenceFeatures => ({
  ...(Object.fromEntries(EVIDENCE_NAMES.map((n) => [n, 0.8])) as EvidenceFeatures),
  ...overrides,
});

describe('message catalogs', () => {
  const keys = Object.keys(CATALOGS.en) as MessageKey[];

  it('have every key, with the same placeholders, in every language', () => {
    for (const lang of SUPPORTED_LANGS) {
      const catalog = CATALOGS[lang];
      expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        expect(catalog[key].trim().length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(placeholders(catalog[key]), `${lang} ${key}`).toEqual(placeholders(CATALOGS.en[key]));
      }
    }
  });

  it('are really translated, in the language’s own script', () => {
    for (const [lang, script] of Object.entries(SCRIPT)) {
      const catalog = CATALOGS[lang as keyof typeof CATALOGS];
      for (const key of keys) {
        expect(catalog[key], `${lang} ${key}`).toMatch(script);
        expect(catalog[key]).not.toBe(CATALOGS.en[key]);
      }
    }
  });

  it('cover every evidence feature, quality problem, level and intake reason', () => {
    for (const n of EVIDENCE_NAMES) {
      expect(keys).toEqual(expect.arrayContaining([`suggest.${n}`, `praise.${n}`, `evidence.${n}`]));
    }
    for (const p of QUALITY_PROBLEMS) expect(keys).toContain(`retake.${p}`);
    for (const r of IMAGE_REJECT_REASONS) expect(keys).toContain(`intake.${r}`);
    for (const l of [1, 2, 3, 4, 5]) expect(keys).toContain(`level.${l}`);
  });
});

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(formatInr(120000)).toBe('1,20,000');
  });
});

describe('buildFeedback', () => {
  it('praises the strongest evidence and targets the weakest, weakest first', () => {
    const e = evidence({ lineSharpness: 0.2, colourRichness: 0.45, symmetry: 0.95 });
    expect(feedbackKeys({ overall: 55 }, e)).toEqual([
      'praise.symmetry',
      'suggest.lineSharpness',
      'suggest.colourRichness',
    ]);
    const en = buildFeedback({ overall: 55 }, e, 'en');
    expect(en[1]).toMatch(/stitches and lines even/);
    const hi = buildFeedback({ overall: 55 }, e, 'hi');
    expect(hi[1]).toBe(CATALOGS.hi['suggest.lineSharpness']);
  });

  it('always gives 2–4 lines, in every language', () => {
    let seed = 1;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i++) {
      const e = Object.fromEntries(EVIDENCE_NAMES.map((n) => [n, rand()])) as EvidenceFeatures;
      const overall = Math.round(rand() * 100);
      const keys = feedbackKeys({ overall }, e, { photoCount: 1 + Math.floor(rand() * 4) });
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(keys.length).toBeLessThanOrEqual(4);
      expect(new Set(keys).size).toBe(keys.length);
    }
    for (const lang of SUPPORTED_LANGS)
      expect(buildFeedback({ overall: 40 }, evidence({ symmetry: 0.1 }), lang)).toHaveLength(2);
  });

  it('sets a stretch goal when nothing is weak, and invites a master to teach', () => {
    expect(feedbackKeys({ overall: 70 }, evidence({}))).toEqual(['praise.symmetry', 'suggest.keepGoing']);
    expect(feedbackKeys({ overall: 88 }, evidence({ edgeDensity: 0.95 }))).toEqual([
      'praise.edgeDensity',
      'suggest.teachOthers',
    ]);
    expect(feedbackKeys({ overall: 70 }, evidence({}), { photoCount: 1 })).toContain('suggest.morePhotos');
    expect(
      feedbackKeys({ overall: 10 }, evidence(Object.fromEntries(EVIDENCE_NAMES.map((n) => [n, 0.1]))))[0],
    ).toBe('praise.general');
  });
});

describe('retake tips and labels', () => {
  it('give one tip per problem in her language', () => {
    expect(retakeTips(['too_dark', 'blurry', 'too_dark'], 'en')).toEqual([
      CATALOGS.en['retake.too_dark'],
      CATALOGS.en['retake.blurry'],
    ]);
    expect(retakeTips(['too_far'], 'ta')[0]).toMatch(SCRIPT.ta!);
    expect(retakeTips([], 'hi')).toEqual([]);
  });

  it('name levels and intake problems', () => {
    expect(levelName(5, 'en')).toBe('Master');
    expect(describeLevel(3, 'hi')).toBe('आपका हुनर स्तर: कुशल कारीगर (5 में से 3)');
    for (const lang of SUPPORTED_LANGS) {
      for (const r of [...IMAGE_REJECT_REASONS, 'too_many_photos', 'no_photos'] as const) {
        expect(intakeMessage(r, lang)).not.toMatch(/[{}]/);
      }
    }
    expect(intakeMessage('too_large', 'en')).toContain('10 MB');
    expect(intakeMessage('too_many_photos', 'en')).toContain('8 photos');
  });
});

describe('describeValue', () => {
  const craft = getCraft('chikankari')!;

  it('explains the estimate in words, with rupees and the craft name in her language', () => {
    const value = estimateMarketValue({
      craft,
      complexity: 70,
      quality: 60,
      level: 4,
      completedOrderPrices: [2500, 3000, 3200],
    });
    const en = describeValue(value, 'en');
    expect(en[0]).toBe(`Estimated price: ₹${formatInr(value.min)} – ₹${formatInr(value.max)} per piece.`);
    expect(en[1]).toContain(craft.names.en);
    expect(en.some((l) => l.includes('3 completed orders'))).toBe(true);
    expect(en).toHaveLength(1 + value.basis.length);
    const hi = describeValue(value, 'hi');
    expect(hi[1]).toContain(craft.names.hi);
    for (const lang of SUPPORTED_LANGS) {
      for (const line of describeValue(value, lang)) expect(line).not.toMatch(/[{}]/);
      const plain = describeValue(
        estimateMarketValue({ craft, complexity: 50, quality: 50, level: 3 }),
        lang,
      );
      for (const line of plain) expect(line).not.toMatch(/[{}]/);
    }
    expect(describeValue(value, 'en', { craftName: 'Her work' })[1]).toMatch(/^Her work/);
  });
});
