import { lexicon, wordSet } from '../text/tokenize';

/** Relative-day phrases (space-separated tokens) → offset in days from today (India time). */
export const RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['day after tomorrow', 2],
  ['day before yesterday', -2],
  ['aaj', 0],
  ['aj', 0],
  ['today', 0],
  ['tdy', 0],
  ['tonight', 0],
  ['आज', 0],
  ['आजच', 0],
  ['இன்று', 0],
  ['இன்னைக்கு', 0],
  ['இன்றைக்கு', 0],
  ['আজ', 0],
  ['আজকে', 0],
  ['kal', 1],
  ['kl', 1],
  ['tomorrow', 1],
  ['tmrw', 1],
  ['tomorow', 1],
  ['tmr', 1],
  ['tommorow', 1],
  ['कल', 1],
  ['उद्या', 1],
  ['udya', 1],
  ['நாளை', 1],
  ['நாளைக்கு', 1],
  ['কাল', 1],
  ['কালকে', 1],
  ['আগামীকাল', 1],
  ['நாளை மறுநாள்', 2],
  ['parso', 2],
  ['parson', 2],
  ['parsun', 2],
  ['परसों', 2],
  ['परसो', 2],
  ['परवा', 2],
  ['পরশু', 2],
  ['நாளன்னைக்கு', 2],
  ['yesterday', -1],
  ['நேற்று', -1],
  ['গতকাল', -1],
  ['काल', -1],
];

/** Next week (→ its Monday) and next month (→ its 1st). */
export const NEXT_WEEK = [
  'next week',
  'agle hafte',
  'agle hafta',
  'agla hafta',
  'agle saptah',
  'अगले हफ्ते',
  'अगले हफ़्ते',
  'अगला हफ्ता',
  'अगले सप्ताह',
  'पुढच्या आठवड्यात',
  'पुढच्या आठवड्याला',
  'पुढील आठवड्यात',
  'পরের সপ্তাহে',
  'আগামী সপ্তাহে',
  'পরের সপ্তাহ',
  'அடுத்த வாரம்',
  'அடுத்த வாரத்தில்',
];
export const NEXT_MONTH = [
  'next month',
  'agle mahine',
  'agla mahina',
  'अगले महीने',
  'अगला महीना',
  'पुढच्या महिन्यात',
  'পরের মাসে',
  'আগামী মাসে',
  'அடுத்த மாதம்',
  'அடுத்த மாசம்',
];

/** Words that may stand before a weekday without changing it: 'next Monday', 'agle somvar'. */
export const WEEKDAY_PREFIX = wordSet([
  'next',
  'coming',
  'this',
  'on',
  'agle',
  'agla',
  'is',
  'अगले',
  'अगला',
  'इस',
  'पुढच्या',
  'पुढील',
  'या',
  'পরের',
  'আগামী',
  'এই',
  'அடுத்த',
  'இந்த',
]);

/** Weekday words, 0 = Sunday … 6 = Saturday. Indic stems also match with suffixes ('सोमवारपासून'). */
const WEEKDAY_ENTRIES: readonly (readonly [number, readonly string[]])[] = [
  [
    0,
    [
      'sunday',
      'ravivar',
      'raviwar',
      'itvar',
      'itwar',
      'etwar',
      'रविवार',
      'इतवार',
      'ரவிவார்',
      'ஞாயிறு',
      'ஞாயிற்றுக்கிழமை',
      'রবিবার',
    ],
  ],
  [1, ['monday', 'mon', 'somvar', 'somwar', 'सोमवार', 'திங்கள்', 'திங்கட்கிழமை', 'সোমবার']],
  [2, ['tuesday', 'tue', 'tues', 'mangalvar', 'mangalwar', 'मंगलवार', 'मंगळवार', 'செவ்வாய்', 'মঙ্গলবার']],
  [3, ['wednesday', 'wed', 'budhvar', 'budhwar', 'बुधवार', 'புதன்', 'বুধবার']],
  [
    4,
    [
      'thursday',
      'thu',
      'thurs',
      'guruvar',
      'guruwar',
      'brihaspativar',
      'गुरुवार',
      'बृहस्पतिवार',
      'வியாழன்',
      'বৃহস্পতিবার',
    ],
  ],
  [5, ['friday', 'shukravar', 'shukrawar', 'sukravar', 'शुक्रवार', 'வெள்ளி', 'வெள்ளிக்கிழமை', 'শুক্রবার']],
  [6, ['saturday', 'shanivar', 'shaniwar', 'saniwar', 'शनिवार', 'சனி', 'சனிக்கிழமை', 'শনিবার']],
];
export const WEEKDAYS: ReadonlyMap<string, number> = lexicon(
  Object.fromEntries(WEEKDAY_ENTRIES.flatMap(([day, words]) => words.map((w) => [w, day]))),
);
/** Indic weekday words long enough to match as a prefix of a suffixed form. */
export const WEEKDAY_STEMS: readonly (readonly [string, number])[] = [...WEEKDAYS.entries()].filter(
  ([word]) => !/^[a-z]+$/.test(word) && word.length >= 4,
);

/** Month names, 1-based. */
const MONTH_ENTRIES: readonly (readonly [number, readonly string[]])[] = [
  [1, ['january', 'jan', 'जनवरी', 'जानेवारी', 'জানুয়ারি', 'ஜனவரி']],
  [2, ['february', 'feb', 'फरवरी', 'फ़रवरी', 'फेब्रुवारी', 'ফেব্রুয়ারি', 'பிப்ரவரி']],
  [3, ['march', 'mar', 'मार्च', 'মার্চ', 'மார்ச்']],
  [4, ['april', 'apr', 'अप्रैल', 'एप्रिल', 'এপ্রিল', 'ஏப்ரல்']],
  [5, ['may', 'मई', 'मे', 'মে', 'மே']],
  [6, ['june', 'jun', 'जून', 'জুন', 'ஜூன்']],
  [7, ['july', 'jul', 'जुलाई', 'जुलै', 'জুলাই', 'ஜூலை']],
  [8, ['august', 'aug', 'अगस्त', 'ऑगस्ट', 'আগস্ট', 'ஆகஸ்ட்']],
  [9, ['september', 'sep', 'sept', 'सितंबर', 'सितम्बर', 'सप्टेंबर', 'সেপ্টেম্বর', 'செப்டம்பர்']],
  [10, ['october', 'oct', 'अक्टूबर', 'ऑक्टोबर', 'অক্টোবর', 'அக்டோபர்']],
  [11, ['november', 'nov', 'नवंबर', 'नवम्बर', 'नोव्हेंबर', 'নভেম্বর', 'நவம்பர்']],
  [12, ['december', 'dec', 'दिसंबर', 'दिसम्बर', 'डिसेंबर', 'ডিসেম্বর', 'டிசம்பர்']],
];
export const MONTHS: ReadonlyMap<string, number> = lexicon(
  Object.fromEntries(MONTH_ENTRIES.flatMap(([month, words]) => words.map((w) => [w, month]))),
);

/** '3 din baad', '3 days later', '3 দিন পরে', '3 நாள் கழிச்சு'. */
export const DAY_UNITS = wordSet([
  'din',
  'dino',
  'day',
  'days',
  'दिन',
  'दिनों',
  'दिवस',
  'দিন',
  'நாள்',
  'நாட்கள்',
]);
/** Day words that already mean 'after N days' (Marathi 'दोन दिवसांनी'). */
export const DAYS_LATER = wordSet(['दिवसांनी', 'दिनांनी']);
export const WEEK_UNITS = wordSet([
  'hafte',
  'hafta',
  'week',
  'weeks',
  'हफ्ते',
  'हफ्ता',
  'सप्ताह',
  'आठवडे',
  'সপ্তাহ',
  'வாரம்',
]);
export const AFTER_WORDS = wordSet([
  'baad',
  'later',
  'bad',
  'बाद',
  'नंतर',
  'পরে',
  'கழித்து',
  'கழிச்சு',
  'பிறகு',
]);
export const IN_WORDS = wordSet(['in', 'after', 'within']);
/** 'सोमवार को', 'রবিবার' — ordinal suffix after a day number ('25th'). */
export const ORDINAL_SUFFIX = wordSet(['st', 'nd', 'rd', 'th', 'tarikh', 'तारीख', 'तारीख़', 'তারিখ', 'தேதி']);
