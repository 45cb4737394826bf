import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGS } from '../i18n/lang';
import { CATEGORY_LABELS, categoryLabel } from './categories';
import { compactName, normalizeName } from './normalize';
import { craftIds, craftLabel, crafts, craftTerms, findCraftByName, getCraft, isCraftId } from './taxonomy';
import { CRAFT_CATEGORIES } from './types';

const STATE_CODES = new Set(
  'AP AR AS BR CG GA GJ HR HP JH KA KL MP MH MN ML MZ NL OD PB RJ SK TN TS TR UK UP WB AN CH DH DL JK LA LD PY'.split(
    ' ',
  ),
);
const SCRIPT: Record<string, RegExp> = {
  en: /^[\p{Script=Latin}\d\s()×.,'-]+$/u,
  hi: /^[\p{Script=Devanagari}\s]+$/u,
  mr: /^[\p{Script=Devanagari}\s]+$/u,
  ta: /^[\p{Script=Tamil}\s]+$/u,
  bn: /^[\p{Script=Bengali}\s]+$/u,
};
const scriptsIn = (text: string): Set<string> => {
  const found = new Set<string>();
  for (const ch of text.replace(/[\s\d\p{P}\u200c\u200d]/gu, '')) {
    const script = [
      'Latin',
      'Devanagari',
      'Tamil',
      'Bengali',
      'Gurmukhi',
      'Oriya',
      'Telugu',
      'Malayalam',
    ].find((s) => new RegExp(`\\p{Script=${s}}`, 'u').test(ch));
    found.add(script ?? `other:${ch}`);
  }
  return found;
};

const REQUIRED = [
  'chikankari',
  'phulkari',
  'kantha',
  'zardozi',
  'mirror-work',
  'ajrakh',
  'bagru',
  'dabu',
  'bandhani',
  'leheriya',
  'handloom-weaving',
  'madhubani',
  'warli',
  'gond',
  'pattachitra',
  'kalamkari',
  'pichwai',
  'kangra-painting',
  'kalighat-painting',
  'kerala-mural',
  'mandana',
  'tanjore-painting',
  'phad-painting',
  'pottery',
  'terracotta',
  'basketry',
  'cane-bamboo',
  'wooden-toys',
  'beadwork',
  'macrame',
  'crochet-knitting',
  'jewellery',
  'papier-mache',
  'dhokra',
  'lac',
  'leather',
  'applique',
  'durrie-carpet',
  'sozni',
  'ikat',
  'blue-pottery',
];

describe('craft taxonomy data', () => {
  it('holds at least 36 crafts with unique kebab-case ascii ids, including every required craft', () => {
    expect(crafts.length).toBeGreaterThanOrEqual(36);
    expect(new Set(craftIds).size).toBe(crafts.length);
    for (const id of craftIds) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const id of REQUIRED) expect(craftIds, id).toContain(id);
  });

  it('names every craft in all five languages, each in its own script', () => {
    for (const craft of crafts) {
      for (const lang of SUPPORTED_LANGS) {
        const name = craft.names[lang];
        expect(name.trim().length, `${craft.id}.${lang}`).toBeGreaterThan(0);
        expect(name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), `${craft.id}.${lang}`).toMatch(
          SCRIPT[lang]!,
        );
      }
    }
  });

  it('writes each alias in a single script', () => {
    for (const craft of crafts) {
      for (const alias of craft.aliases) expect(scriptsIn(alias).size, `${craft.id}: ${alias}`).toBe(1);
    }
  });

  it('never lets one name or alias point at two crafts', () => {
    const owner = new Map<string, string>();
    for (const craft of crafts) {
      for (const term of craftTerms(craft)) {
        const key = compactName(term);
        const previous = owner.get(key);
        expect(
          previous === undefined || previous === craft.id,
          `'${term}' in ${previous} and ${craft.id}`,
        ).toBe(true);
        owner.set(key, craft.id);
      }
    }
  });

  it('has a known category, valid regions, plausible prices, hours and an NSQF reference', () => {
    for (const craft of crafts) {
      expect(CRAFT_CATEGORIES).toContain(craft.category);
      for (const region of craft.regions)
        expect(STATE_CODES.has(region), `${craft.id}: ${region}`).toBe(true);
      const { min, max } = craft.priceInrPerPiece;
      expect(Number.isInteger(min) && Number.isInteger(max), craft.id).toBe(true);
      expect(min, craft.id).toBeGreaterThan(0);
      expect(min, craft.id).toBeLessThan(max);
      expect(max, craft.id).toBeLessThanOrEqual(100_000);
      expect(craft.hoursPerPiece, craft.id).toBeGreaterThan(0);
      expect(craft.unit.length, craft.id).toBeGreaterThan(0);
      expect(craft.nsqf.sector).toMatch(/^(Handicrafts and Carpet|Textile) Sector Skill Council$/);
      expect(craft.nsqf.jobRole.length, craft.id).toBeGreaterThan(3);
    }
  });

  it('labels every category in every language', () => {
    for (const category of CRAFT_CATEGORIES) {
      for (const lang of SUPPORTED_LANGS) expect(CATEGORY_LABELS[category][lang].length).toBeGreaterThan(0);
    }
    expect(categoryLabel('embroidery', 'hi')).toBe('कढ़ाई');
  });
});

describe('craft look-ups', () => {
  it('gets crafts by id and rejects unknown ids', () => {
    expect(getCraft('chikankari')?.names.hi).toBe('चिकनकारी');
    expect(getCraft('nope')).toBeUndefined();
    expect(isCraftId('warli')).toBe(true);
    expect(isCraftId('Warli')).toBe(false);
    expect(isCraftId(42)).toBe(false);
  });

  it.each([
    ['Chikankari', 'chikankari'],
    ['chicken kari', 'chikankari'],
    ['CHIKENKARI', 'chikankari'],
    ['Chikan-Kari', 'chikankari'],
    ['चिकनकारी', 'chikankari'],
    ['फुलकारी', 'phulkari'],
    ['फूलकारी', 'phulkari'],
    ['ਫੁਲਕਾਰੀ', 'phulkari'],
    ['জরদোজি', undefined],
    ['जरदोजी', 'zardozi'],
    ['ज़रदोज़ी', 'zardozi'],
    ['zari work', 'zardozi'],
    ['shisha', 'mirror-work'],
    ['Macrame', 'macrame'],
    ['macramé', 'macrame'],
    ['papier mache', 'papier-mache'],
    ['Papier-Mâché', 'papier-mache'],
    ['বাঁধনি', 'bandhani'],
    ['बाँधनी', 'bandhani'],
    ['bandhej', 'bandhani'],
    ['மதுபனி ஓவியம்', 'madhubani'],
    ['वारली चित्रकला', 'warli'],
    ['kantha', 'kantha'],
    ['কাঁথা', 'kantha'],
    ['dokra', 'dhokra'],
    ['mithila', 'madhubani'],
    ['Pochampally', 'ikat'],
    ['kroshiya', 'crochet-knitting'],
    ['channapatna', 'wooden-toys'],
    ['something else', undefined],
    ['', undefined],
  ])('finds %j → %s', (text, id) => {
    expect(findCraftByName(text)?.id).toBe(id);
  });

  it('finds a craft named inside a sentence, preferring the longer phrase', () => {
    expect(findCraftByName('main madhubani painting banati hoon')?.id).toBe('madhubani');
    expect(findCraftByName('मैं लखनवी चिकन के कुर्ते बनाती हूँ')?.id).toBe('chikankari');
    expect(findCraftByName('I sell bagh print dupattas')?.id).toBe('block-printing');
    expect(findCraftByName('an old bagh from Patiala')?.id).toBe('phulkari');
    expect(findCraftByName('I like black tea')).toBeUndefined();
  });

  it('labels a craft in the asked language', () => {
    const craft = getCraft('warli')!;
    expect(craftLabel(craft, 'mr')).toBe('वारली चित्रकला');
    expect(craftLabel(craft, 'en')).toBe('Warli Painting');
    expect(craftLabel({ ...craft, names: { ...craft.names, ta: '' } }, 'ta')).toBe('Warli Painting');
  });

  it('normalises case, Latin diacritics, nuktas, chandrabindu and punctuation', () => {
    expect(normalizeName('  Papier-Mâché! ')).toBe('papier mache');
    expect(normalizeName('ज़री')).toBe(normalizeName('जरी'));
    expect(normalizeName('बाँधनी')).toBe(normalizeName('बांधनी'));
  });
});
