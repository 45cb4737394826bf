import { getCraft, craftLabel } from '../../crafts';
import { interpolate } from '../../i18n/messages';
import { isLang, type Lang } from '../../i18n/lang';
import type { Reason } from './types';

/**
 * "Why you were matched", in five languages and for two readers: the buyer (about her) and the
 * artisan (to her). Placeholders: {craft} and {levelName} and {language} are filled by the renderer
 * from `craftId`, `level` and `lang`; numbers are shown as given.
 */
export type Audience = 'buyer' | 'artisan';
export const MATCH_REASON_KEYS = [
  'skill',
  'distance',
  'remote',
  'capacity',
  'on_time',
  'rating',
  'response',
  'language',
  'similarity',
  'new_artisan',
  'newcomer_boost',
  'fair_share_boost',
] as const;
export type MatchReasonKey = (typeof MATCH_REASON_KEYS)[number];
type Catalog = Record<MatchReasonKey, readonly [buyer: string, artisan: string]>;

const en: Catalog = {
  skill: [
    'Certified {levelName} (level {level}) in {craft}',
    'Your {craft} skill is certified {levelName} (level {level})',
  ],
  distance: ['{km} km from the delivery place', 'You are {km} km from the buyer'],
  remote: [
    'Works from {km} km away; the work will be sent by post',
    'The buyer accepts work sent from far away ({km} km)',
  ],
  capacity: [
    'Pieces she can make before the deadline: {pieces} ({quantity} needed)',
    'Pieces you can make before the deadline: {pieces}; the buyer needs {quantity}',
  ],
  on_time: ['Delivered {percent}% of her orders on time', 'You delivered {percent}% of your orders on time'],
  rating: ['Buyers rate her {stars} out of 5', 'Buyers rate you {stars} out of 5'],
  response: ['Answers {percent}% of offers', 'You answer {percent}% of offers'],
  language: ['Speaks {language}', 'You speak {language}, like the buyer'],
  similarity: [
    'Her work looks {percent}% like your reference photos',
    "Your work looks {percent}% like the buyer's photos",
  ],
  new_artisan: [
    'New on SheBalance: no orders yet, chosen for her certified skill',
    'You are new on SheBalance: your certified skill speaks for you',
  ],
  newcomer_boost: [
    'New artisan with a score close to the top: given a fair chance',
    'You are new and your score is close to the top, so you get a fair chance',
  ],
  fair_share_boost: [
    'Had few offers this month: given a fair share',
    'You had few offers this month, so this chance is yours',
  ],
};

const hi: Catalog = {
  skill: [
    '{craft} में प्रमाणित {levelName} (स्तर {level})',
    'आपका {craft} का हुनर प्रमाणित है: {levelName} (स्तर {level})',
  ],
  distance: ['डिलीवरी की जगह से {km} किमी दूर', 'आप खरीदार से {km} किमी दूर हैं'],
  remote: ['{km} किमी दूर से काम करती हैं; सामान डाक से भेजा जाएगा', 'खरीदार दूर से भेजा गया काम भी लेते हैं ({km} किमी)'],
  capacity: [
    'आख़िरी तारीख से पहले {pieces} पीस बना सकती हैं ({quantity} चाहिए)',
    'आख़िरी तारीख से पहले आप {pieces} पीस बना सकती हैं; खरीदार को {quantity} चाहिए',
  ],
  on_time: ['{percent}% ऑर्डर समय पर दिए', 'आपने {percent}% ऑर्डर समय पर दिए'],
  rating: ['खरीदारों ने 5 में से {stars} रेटिंग दी', 'खरीदारों ने आपको 5 में से {stars} रेटिंग दी'],
  response: ['{percent}% ऑफ़र का जवाब देती हैं', 'आप {percent}% ऑफ़र का जवाब देती हैं'],
  language: ['{language} बोलती हैं', 'आप खरीदार की भाषा {language} बोलती हैं'],
  similarity: [
    'उनका काम आपकी नमूना फ़ोटो से {percent}% मिलता है',
    'आपका काम खरीदार की फ़ोटो से {percent}% मिलता है',
  ],
  new_artisan: [
    'SheBalance पर नई हैं: अभी कोई ऑर्डर नहीं, प्रमाणित हुनर के आधार पर चुनी गईं',
    'आप SheBalance पर नई हैं: आपका प्रमाणित हुनर ही आपकी पहचान है',
  ],
  newcomer_boost: [
    'नई कारीगर, स्कोर सबसे ऊपर वालों के करीब: उन्हें भी बराबर मौका',
    'आप नई हैं और आपका स्कोर सबसे ऊपर वालों के करीब है, इसलिए आपको भी मौका मिला',
  ],
  fair_share_boost: [
    'इस महीने कम ऑफ़र मिले: उन्हें भी उनका हिस्सा',
    'इस महीने आपको कम ऑफ़र मिले थे, इसलिए यह मौका आपका है',
  ],
};

const ta: Catalog = {
  skill: [
    '{craft} கலையில் சான்றளிக்கப்பட்ட {levelName} (நிலை {level})',
    'உங்கள் {craft} திறமை சான்றளிக்கப்பட்டது: {levelName} (நிலை {level})',
  ],
  distance: [
    'டெலிவரி இடத்திலிருந்து {km} கி.மீ. தொலைவில்',
    'நீங்கள் வாங்குபவரிடமிருந்து {km} கி.மீ. தொலைவில் இருக்கிறீர்கள்',
  ],
  remote: [
    '{km} கி.மீ. தொலைவிலிருந்து வேலை செய்கிறார்; பொருள் அஞ்சலில் அனுப்பப்படும்',
    'தொலைவிலிருந்து அனுப்பும் வேலையையும் வாங்குபவர் ஏற்கிறார் ({km} கி.மீ.)',
  ],
  capacity: [
    'கடைசி தேதிக்கு முன் {pieces} பொருட்கள் செய்ய முடியும் ({quantity} தேவை)',
    'கடைசி தேதிக்கு முன் நீங்கள் {pieces} பொருட்கள் செய்ய முடியும்; வாங்குபவருக்கு {quantity} தேவை',
  ],
  on_time: ['{percent}% ஆர்டர்களை நேரத்தில் கொடுத்தார்', 'நீங்கள் {percent}% ஆர்டர்களை நேரத்தில் கொடுத்தீர்கள்'],
  rating: ['வாங்குபவர்கள் 5-க்கு {stars} மதிப்பீடு தந்தனர்', 'வாங்குபவர்கள் உங்களுக்கு 5-க்கு {stars} மதிப்பீடு தந்தனர்'],
  response: ['{percent}% வாய்ப்புகளுக்கு பதில் சொல்கிறார்', 'நீங்கள் {percent}% வாய்ப்புகளுக்கு பதில் சொல்கிறீர்கள்'],
  language: ['{language} பேசுகிறார்', 'வாங்குபவரின் மொழியான {language} நீங்கள் பேசுகிறீர்கள்'],
  similarity: [
    'இவரது வேலை உங்கள் மாதிரி புகைப்படங்களுடன் {percent}% ஒத்துப்போகிறது',
    'உங்கள் வேலை வாங்குபவரின் புகைப்படங்களுடன் {percent}% ஒத்துப்போகிறது',
  ],
  new_artisan: [
    'SheBalance-இல் புதியவர்: இன்னும் ஆர்டர் இல்லை, சான்றளிக்கப்பட்ட திறமைக்காக தேர்வு',
    'நீங்கள் SheBalance-இல் புதியவர்: உங்கள் சான்றளிக்கப்பட்ட திறமையே உங்கள் அடையாளம்',
  ],
  newcomer_boost: [
    'புதிய கலைஞர், மதிப்பெண் முன்னணியினருக்கு அருகில்: நியாயமான வாய்ப்பு',
    'நீங்கள் புதியவர், உங்கள் மதிப்பெண் முன்னணிக்கு அருகில் உள்ளது, அதனால் உங்களுக்கும் வாய்ப்பு',
  ],
  fair_share_boost: [
    'இந்த மாதம் குறைவான வாய்ப்புகள் கிடைத்தன: நியாயமான பங்கு',
    'இந்த மாதம் உங்களுக்கு குறைவான வாய்ப்புகள் வந்தன, அதனால் இந்த வாய்ப்பு உங்களுக்கு',
  ],
};

const bn: Catalog = {
  skill: [
    '{craft}-এ প্রত্যয়িত {levelName} (স্তর {level})',
    'আপনার {craft}-এর দক্ষতা প্রত্যয়িত: {levelName} (স্তর {level})',
  ],
  distance: ['ডেলিভারির জায়গা থেকে {km} কিমি দূরে', 'আপনি ক্রেতার থেকে {km} কিমি দূরে আছেন'],
  remote: ['{km} কিমি দূর থেকে কাজ করেন; জিনিস ডাকে পাঠানো হবে', 'ক্রেতা দূর থেকে পাঠানো কাজও নেন ({km} কিমি)'],
  capacity: [
    'শেষ তারিখের আগে {pieces}টি পিস বানাতে পারবেন ({quantity}টি দরকার)',
    'শেষ তারিখের আগে আপনি {pieces}টি পিস বানাতে পারবেন; ক্রেতার {quantity}টি দরকার',
  ],
  on_time: ['{percent}% অর্ডার সময়মতো দিয়েছেন', 'আপনি {percent}% অর্ডার সময়মতো দিয়েছেন'],
  rating: ['ক্রেতারা 5-এর মধ্যে {stars} রেটিং দিয়েছেন', 'ক্রেতারা আপনাকে 5-এর মধ্যে {stars} রেটিং দিয়েছেন'],
  response: ['{percent}% অফারের উত্তর দেন', 'আপনি {percent}% অফারের উত্তর দেন'],
  language: ['{language} বলেন', 'আপনি ক্রেতার ভাষা {language} বলেন'],
  similarity: ['ওঁর কাজ আপনার নমুনা ছবির সঙ্গে {percent}% মেলে', 'আপনার কাজ ক্রেতার ছবির সঙ্গে {percent}% মেলে'],
  new_artisan: [
    'SheBalance-এ নতুন: এখনও অর্ডার নেই, প্রত্যয়িত দক্ষতার জন্য বাছাই',
    'আপনি SheBalance-এ নতুন: আপনার প্রত্যয়িত দক্ষতাই আপনার পরিচয়',
  ],
  newcomer_boost: [
    'নতুন শিল্পী, স্কোর শীর্ষের কাছাকাছি: ন্যায্য সুযোগ',
    'আপনি নতুন আর আপনার স্কোর শীর্ষের কাছাকাছি, তাই আপনিও সুযোগ পেলেন',
  ],
  fair_share_boost: [
    'এই মাসে কম অফার পেয়েছেন: ন্যায্য ভাগ',
    'এই মাসে আপনি কম অফার পেয়েছিলেন, তাই এই সুযোগ আপনার',
  ],
};

const mr: Catalog = {
  skill: [
    '{craft} मध्ये प्रमाणित {levelName} (स्तर {level})',
    'तुमचे {craft} चे कौशल्य प्रमाणित आहे: {levelName} (स्तर {level})',
  ],
  distance: ['डिलिव्हरीच्या ठिकाणापासून {km} किमी दूर', 'तुम्ही खरेदीदारापासून {km} किमी दूर आहात'],
  remote: ['{km} किमी दूरून काम करतात; माल पोस्टाने पाठवला जाईल', 'खरेदीदार दूरून पाठवलेले कामही घेतात ({km} किमी)'],
  capacity: [
    'शेवटच्या तारखेपूर्वी {pieces} नग बनवू शकतात ({quantity} हवे)',
    'शेवटच्या तारखेपूर्वी तुम्ही {pieces} नग बनवू शकता; खरेदीदाराला {quantity} हवे आहेत',
  ],
  on_time: ['{percent}% ऑर्डर वेळेवर दिल्या', 'तुम्ही {percent}% ऑर्डर वेळेवर दिल्या'],
  rating: ['खरेदीदारांनी 5 पैकी {stars} रेटिंग दिले', 'खरेदीदारांनी तुम्हाला 5 पैकी {stars} रेटिंग दिले'],
  response: ['{percent}% ऑफरना उत्तर देतात', 'तुम्ही {percent}% ऑफरना उत्तर देता'],
  language: ['{language} बोलतात', 'तुम्ही खरेदीदाराची भाषा {language} बोलता'],
  similarity: ['त्यांचे काम तुमच्या नमुना फोटोंशी {percent}% जुळते', 'तुमचे काम खरेदीदाराच्या फोटोंशी {percent}% जुळते'],
  new_artisan: [
    'SheBalance वर नवीन: अजून ऑर्डर नाहीत, प्रमाणित कौशल्यासाठी निवड',
    'तुम्ही SheBalance वर नवीन आहात: तुमचे प्रमाणित कौशल्य हीच तुमची ओळख',
  ],
  newcomer_boost: [
    'नवीन कारागीर, गुण आघाडीच्या जवळ: योग्य संधी',
    'तुम्ही नवीन आहात आणि तुमचे गुण आघाडीच्या जवळ आहेत, म्हणून तुम्हालाही संधी',
  ],
  fair_share_boost: [
    'या महिन्यात कमी ऑफर मिळाल्या: योग्य वाटा',
    'या महिन्यात तुम्हाला कमी ऑफर मिळाल्या, म्हणून ही संधी तुमची',
  ],
};

export const MATCH_MESSAGES: Readonly<Record<Lang, Catalog>> = { en, hi, ta, bn, mr };

/** Skill level names, index = level − 1. */
export const LEVEL_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Beginner', 'Developing', 'Skilled', 'Expert', 'Master'],
  hi: ['शुरुआती', 'उभरती', 'कुशल', 'माहिर', 'उस्ताद'],
  ta: ['தொடக்கநிலை', 'வளரும் நிலை', 'திறமையானவர்', 'நிபுணர்', 'தலைசிறந்தவர்'],
  bn: ['শিক্ষানবিশ', 'উন্নতিশীল', 'দক্ষ', 'বিশেষজ্ঞ', 'ওস্তাদ'],
  mr: ['नवशिकी', 'प्रगतीशील', 'कुशल', 'तज्ज्ञ', 'उस्ताद'],
};

/** Each supported language's name, in each supported language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, Readonly<Record<Lang, string>>>> = {
  en: { en: 'English', hi: 'Hindi', ta: 'Tamil', bn: 'Bengali', mr: 'Marathi' },
  hi: { en: 'अंग्रेज़ी', hi: 'हिंदी', ta: 'तमिल', bn: 'बांग्ला', mr: 'मराठी' },
  ta: { en: 'ஆங்கிலம்', hi: 'இந்தி', ta: 'தமிழ்', bn: 'வங்காளம்', mr: 'மராத்தி' },
  bn: { en: 'ইংরেজি', hi: 'হিন্দি', ta: 'তামিল', bn: 'বাংলা', mr: 'মারাঠি' },
  mr: { en: 'इंग्रजी', hi: 'हिंदी', ta: 'तमिळ', bn: 'बंगाली', mr: 'मराठी' },
};

export function levelName(level: number, lang: Lang): string {
  const names = LEVEL_NAMES[lang] ?? LEVEL_NAMES.en;
  return names[Math.min(5, Math.max(1, Math.round(level))) - 1]!;
}

/** Fills the derived placeholders every earn catalog may use: craft, levelName, language. */
export function enrichParams(params: Reason['params'], lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  if (typeof params.craftId === 'string') {
    const craft = getCraft(params.craftId);
    out.craft = craft ? craftLabel(craft, lang) : params.craftId;
  }
  if (typeof params.level === 'number') out.levelName = levelName(params.level, lang);
  if (isLang(params.lang)) out.language = (LANGUAGE_NAMES[lang] ?? LANGUAGE_NAMES.en)[params.lang];
  return out;
}

/** Renders one match reason for the buyer or the artisan; unknown keys fall back to the key itself. */
export function renderMatchReason(reason: Reason, lang: Lang, audience: Audience = 'buyer'): string {
  const catalog = MATCH_MESSAGES[lang] ?? en;
  const entry = catalog[reason.key as MatchReasonKey] ?? en[reason.key as MatchReasonKey];
  if (!entry) return reason.key;
  return interpolate(entry[audience === 'buyer' ? 0 : 1], enrichParams(reason.params, lang));
}
