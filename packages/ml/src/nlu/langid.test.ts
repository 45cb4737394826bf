import { describe, expect, it } from 'vitest';
import { trainingData } from './data';
import { detectScript, identifyLanguage, trainLanguagePairs } from './langid';

const pairs = trainLanguagePairs(trainingData());
const id = (text: string, hint?: Parameters<typeof identifyLanguage>[1]) =>
  identifyLanguage(text, hint, pairs);

describe('detectScript', () => {
  it('finds the dominant script', () => {
    expect(detectScript('मुझे काम चाहिए')).toBe('devanagari');
    expect(detectScript('எனக்கு வேலை வேண்டும்')).toBe('tamil');
    expect(detectScript('আমার কাজ চাই')).toBe('bengali');
    expect(detectScript('I need work')).toBe('latin');
    expect(detectScript('मेरा order कहाँ है')).toBe('devanagari');
    expect(detectScript('నాకు పని కావాలి')).toBe('other');
    expect(detectScript('123 !!')).toBe('none');
    expect(detectScript('')).toBe('none');
  });
});

describe('identifyLanguage', () => {
  it('tells Tamil and Bengali by script', () => {
    expect(id('வேலை இருக்கா')).toMatchObject({ lang: 'ta', script: 'tamil', romanized: false });
    expect(id('কাজ আছে কি')).toMatchObject({ lang: 'bn', script: 'bengali', romanized: false });
  });

  it('tells Marathi from Hindi in Devanagari', () => {
    for (const text of ['मला काम हवे आहे', 'माझे पैसे किती झाले', 'उद्या मोकळी आहे', 'काय करायचं', 'माझी नोंदणी करा']) {
      expect(id(text).lang, text).toBe('mr');
    }
    for (const text of ['मुझे काम चाहिए', 'मेरे पैसे कब आएंगे', 'कल खाली हूं', 'क्या करना है', 'मेरा नाम लिख लो']) {
      expect(id(text).lang, text).toBe('hi');
    }
  });

  it('uses ळ as Marathi evidence even without models', () => {
    expect(identifyLanguage('मोकळा वेळ').lang).toBe('mr');
  });

  it('tells Hinglish from English in Latin letters', () => {
    for (const text of [
      'mujhe kaam chahiye',
      'paise kab milenge',
      'mera order kaha hai',
      'kal free hu',
      'nhi chahiye',
    ]) {
      expect(id(text), text).toMatchObject({ lang: 'hi', script: 'latin', romanized: true });
    }
    for (const text of ['I need work', 'where is my order', 'when will I get paid', 'call me please']) {
      expect(id(text), text).toMatchObject({ lang: 'en', romanized: false });
    }
  });

  it('lets her stored language decide text that carries no evidence', () => {
    expect(id('123', 'ta').lang).toBe('ta');
    expect(id('', 'bn')).toMatchObject({ lang: 'bn', script: 'none', confidence: 0 });
    expect(id('')).toMatchObject({ lang: 'en' });
  });

  it('flags scripts we do not speak', () => {
    expect(id('నాకు పని కావాలి', 'hi')).toMatchObject({ supported: false, script: 'other', lang: 'hi' });
  });

  it('reports confidence between 0.5 and 0.99 for real text', () => {
    const { confidence } = id('मला काम हवे आहे');
    expect(confidence).toBeGreaterThan(0.5);
    expect(confidence).toBeLessThanOrEqual(0.99);
  });
});
