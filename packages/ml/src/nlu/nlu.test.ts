import { describe, expect, it } from 'vitest';
import { DATA_LANGS, INTENTS, evaluate, formatEvalReport, heldoutData, parse, trainingData } from './index';
import { canonicalWords } from './text/normalize';

const NOW = new Date('2025-06-11T04:30:00Z');

describe('parse: intents per language', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['I need work', 'en', 'find_work'],
    ['when will I get my money', 'en', 'check_earnings'],
    ['mujhe kaam chahiye', 'hi', 'find_work'],
    ['paise kab milenge', 'hi', 'check_earnings'],
    ['मेरा सर्टिफिकेट भेजो', 'hi', 'get_certificate'],
    ['किसी इंसान से बात कराओ', 'hi', 'talk_to_human'],
    ['मला काम पाहिजे', 'mr', 'find_work'],
    ['भाषा बदला', 'mr', 'change_language'],
    ['எனக்கு வேலை வேண்டும்', 'ta', 'find_work'],
    ['என் ஆர்டர் எங்கே', 'ta', 'order_status'],
    ['আমার কাজ চাই', 'bn', 'find_work'],
    ['টাকা কবে পাব', 'bn', 'check_earnings'],
  ];
  for (const [text, lang, intent] of cases) {
    it(`${text} → ${intent} (${lang})`, () => {
      const result = parse(text);
      expect(result.intent).toBe(intent);
      expect(result.lang).toBe(lang);
      expect(result.confidence).toBeGreaterThan(0.45);
      expect(result.confidence).toBeLessThanOrEqual(1);
    });
  }

  it('marks Hinglish as romanized Hindi', () => {
    expect(parse('kal free hu', { now: NOW })).toMatchObject({
      lang: 'hi',
      script: 'latin',
      romanized: true,
      intent: 'update_availability',
      entities: [{ type: 'date', value: '2025-06-12', text: 'kal' }],
    });
  });

  it('returns entities alongside the intent', () => {
    const result = parse('roz 4 ghante kaam kar sakti hu agle hafte se', { now: NOW });
    expect(result.intent).toBe('update_availability');
    expect(result.entities.map((e) => [e.type, e.value])).toEqual([
      ['hours', 4],
      ['date', '2025-06-16'],
    ]);
  });
});

describe('parse: none and bad input', () => {
  it('answers none for gibberish and other topics', () => {
    for (const text of [
      'asdkjh qwpoe zzx',
      'xkcd blorf snarg',
      'कखग घचछ झटठ',
      'what is the weather in paris today',
    ]) {
      const result = parse(text);
      expect(result.intent, text).toBe('none');
      expect(result.confidence).toBeLessThan(0.45);
    }
  });

  it('never throws and answers none for empty, huge or odd input', () => {
    expect(parse('')).toMatchObject({ intent: 'none', confidence: 0, entities: [] });
    expect(parse('   \n\t ')).toMatchObject({ intent: 'none', entities: [] });
    expect(parse('👍👍')).toMatchObject({ intent: 'none' });
    expect(parse(undefined as unknown as string)).toMatchObject({ intent: 'none' });
    const huge = parse('mujhe kaam chahiye '.repeat(600));
    expect(huge.intent).toBe('find_work');
    expect(parse('x'.repeat(10_000)).intent).toBe('none');
    expect(parse('నాకు పని కావాలి', { lang: 'hi' })).toMatchObject({ supported: false, lang: 'hi' });
  });

  it('uses her stored language for text with no evidence', () => {
    expect(parse('ok', { lang: 'hi' }).lang).toBe('hi');
    expect(parse('1', { lang: 'ta' }).lang).toBe('ta');
  });
});

describe('training data and held-out split', () => {
  it('has every intent in every language, ≥ 25 to train and ≥ 5 held out', () => {
    for (const [files, min] of [
      [trainingData(), 25],
      [heldoutData(), 5],
    ] as const) {
      expect(files.map((f) => f.lang).sort()).toEqual([...DATA_LANGS].sort());
      for (const file of files) {
        expect(Object.keys(file.intents).sort()).toEqual([...INTENTS].sort());
        for (const intent of INTENTS)
          expect(file.intents[intent].length, `${file.lang} ${intent}`).toBeGreaterThanOrEqual(min);
      }
    }
  });

  it('keeps held-out utterances out of training', () => {
    const key = (t: string) => canonicalWords(t).join(' ');
    const train = new Set(trainingData().flatMap((f) => Object.values(f.intents).flat().map(key)));
    const leaked = heldoutData().flatMap((f) =>
      Object.values(f.intents)
        .flat()
        .filter((t) => train.has(key(t))),
    );
    expect(leaked).toEqual([]);
  });
});

describe('evaluation (issue 6 "done when": ≥ 90% held-out accuracy in every language)', () => {
  const report = evaluate();

  it('meets the bar in en, hi, hinglish, ta, bn and mr', () => {
    expect(report.languages.map((l) => l.lang)).toEqual([...DATA_LANGS]);
    for (const l of report.languages) expect(l.accuracy, `${l.lang} accuracy`).toBeGreaterThanOrEqual(0.9);
  });

  it('reports per-intent precision and recall in a table', () => {
    const table = formatEvalReport(report);
    for (const intent of INTENTS) expect(table).toContain(intent);
    for (const lang of DATA_LANGS) expect(table).toContain(`${lang} P / R`);
    const en = report.languages[0]!;
    for (const stats of Object.values(en.perIntent)) {
      expect(stats.precision).toBeGreaterThanOrEqual(0);
      expect(stats.recall).toBeLessThanOrEqual(1);
      expect(stats.support).toBeGreaterThanOrEqual(5);
    }
  });
});
