import { describe, expect, it } from 'vitest';
import { expectedReplyMatch, type ReplyOption } from './reply-match';

const offer: ReplyOption[] = [
  { id: 'accept', phrases: { en: ['Accept'], hi: ['स्वीकार करें', 'haan kar lungi'], ta: ['ஏற்கிறேன்'] } },
  { id: 'decline', phrases: { en: ['Decline'], hi: ['मना करें'], bn: ['বাতিল'] } },
  { id: 'details', phrases: { en: ['More details'], hi: ['और जानकारी'], mr: ['अधिक माहिती'] } },
];

const languages: ReplyOption[] = [
  { id: 'en', phrases: { en: ['English'] } },
  { id: 'hi', phrases: { en: ['Hindi'], hi: ['हिंदी'] } },
  { id: 'ta', phrases: { en: ['Tamil'], ta: ['தமிழ்'] } },
  { id: 'bn', phrases: { en: ['Bengali', 'Bangla'], bn: ['বাংলা'] } },
  { id: 'mr', phrases: { en: ['Marathi'], mr: ['मराठी'] } },
];

const id = (text: string, options: ReplyOption[] = offer) => expectedReplyMatch(text, options)?.id;

describe('expectedReplyMatch', () => {
  it('takes menu numbers as digits, Indic digits and number words', () => {
    expect(expectedReplyMatch('2', offer)).toMatchObject({ id: 'decline', via: 'number' });
    expect(id('३')).toBe('details');
    expect(id('option 1')).toBe('accept');
    expect(id('do')).toBe('decline');
    expect(id('तीन')).toBe('details');
    expect(id('দুই')).toBe('decline');
    expect(id('pehla')).toBe('accept');
    expect(id('4')).toBeUndefined();
  });

  it('maps yes and no words in every language to the accept / decline options', () => {
    for (const yes of ['haan', 'ha', 'ji', 'हाँ', 'ஆம்', 'হ্যাঁ', 'होय', 'yes', 'theek hai', 'ठीक है']) {
      expect(expectedReplyMatch(yes, offer), yes).toMatchObject({ id: 'accept', via: 'yes' });
    }
    for (const no of ['nahi', 'ना', 'இல்லை', 'না', 'नाही', 'no', 'nahi ji', 'नको']) {
      expect(expectedReplyMatch(no, offer), no).toMatchObject({ id: 'decline', via: 'no' });
    }
  });

  it('matches phrases in any language, inside a sentence and with a typo', () => {
    expect(expectedReplyMatch('मना करें', offer)).toMatchObject({ id: 'decline', score: 1 });
    expect(id('please give more details')).toBe('details');
    expect(id('अधिक माहिती')).toBe('details');
    expect(expectedReplyMatch('Declin', offer)).toMatchObject({ id: 'decline', via: 'fuzzy' });
    expect(id('tamil', languages)).toBe('ta');
    expect(id('বাংলা', languages)).toBe('bn');
    expect(id('मराठी', languages)).toBe('mr');
  });

  it('returns undefined for replies that match nothing, and for bad input', () => {
    expect(id('what is the weather')).toBeUndefined();
    expect(id('')).toBeUndefined();
    expect(expectedReplyMatch('yes', [])).toBeUndefined();
    expect(expectedReplyMatch(undefined as unknown as string, offer)).toBeUndefined();
  });
});
