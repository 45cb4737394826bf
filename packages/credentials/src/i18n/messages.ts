import type { Lang } from '@shebalance/core/i18n/lang';

/** Every string the credential, certificate PDF and PNG show. Placeholders: `{name}`. */
export type MessageKey =
  | 'certTitle'
  | 'awardedTo'
  | 'craftLevel'
  | 'forSkill'
  | 'technique'
  | 'complexity'
  | 'quality'
  | 'overall'
  | 'date'
  | 'scanToVerify'
  | 'issuedBy'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'level4'
  | 'level5'
  | 'skillLevel'
  | 'achievementName'
  | 'achievementDescription'
  | 'criteriaNarrative'
  | 'confirmedByReviewer'
  | 'confirmedAutomatically'
  | 'evidenceName';

type Catalog = Record<MessageKey, string>;

const en: Catalog = {
  certTitle: 'Handicraft Skill Certificate',
  awardedTo: 'This certificate is given to',
  craftLevel: '{craft} · Level {level} of 5 · {levelName}',
  forSkill: 'for the skill seen in her own work',
  technique: 'Technique',
  complexity: 'Detail and design',
  quality: 'Finish and quality',
  overall: 'Overall',
  date: 'Date: {date}',
  scanToVerify: 'Scan to check this certificate',
  issuedBy: 'Issued by SheBalance',
  level1: 'Beginner',
  level2: 'Developing',
  level3: 'Skilled',
  level4: 'Advanced',
  level5: 'Master artisan',
  skillLevel: 'Skill level',
  achievementName: '{craft} — Level {level} ({levelName})',
  achievementDescription:
    'Skill in {craft} at level {level} of 5 ({levelName}), assessed from photos of her own work.',
  criteriaNarrative:
    'Photos of her own work were scored for technique, detail and finish. An overall score of {min} or more out of 100 gives level {level}.',
  confirmedByReviewer: 'A trained reviewer checked and confirmed the result.',
  confirmedAutomatically: 'The result was confirmed automatically because the assessment was very confident.',
  evidenceName: 'Work photo {n}',
};

const hi: Catalog = {
  certTitle: 'हस्तशिल्प कौशल प्रमाणपत्र',
  awardedTo: 'यह प्रमाणपत्र दिया जाता है',
  craftLevel: '{craft} · स्तर {level} (5 में से) · {levelName}',
  forSkill: 'उनके अपने काम में दिखे हुनर के लिए',
  technique: 'तकनीक',
  complexity: 'बारीकी और डिज़ाइन',
  quality: 'फ़िनिश और गुणवत्ता',
  overall: 'कुल',
  date: 'तारीख: {date}',
  scanToVerify: 'इस प्रमाणपत्र की जाँच के लिए स्कैन करें',
  issuedBy: 'SheBalance द्वारा जारी',
  level1: 'शुरुआती',
  level2: 'आगे बढ़ती हुई',
  level3: 'कुशल',
  level4: 'उन्नत',
  level5: 'मास्टर कारीगर',
  skillLevel: 'कौशल स्तर',
  achievementName: '{craft} — स्तर {level} ({levelName})',
  achievementDescription: '{craft} में कौशल: 5 में से स्तर {level} ({levelName}), उनके अपने काम की फ़ोटो से जाँचा गया।',
  criteriaNarrative:
    'उनके अपने काम की फ़ोटो को तकनीक, बारीकी और फ़िनिश पर अंक दिए गए। 100 में से {min} या उससे ज़्यादा कुल अंक पर स्तर {level} मिलता है।',
  confirmedByReviewer: 'एक प्रशिक्षित जाँचकर्ता ने नतीजे की जाँच करके पुष्टि की।',
  confirmedAutomatically: 'जाँच बहुत भरोसेमंद थी, इसलिए नतीजे की पुष्टि अपने-आप हुई।',
  evidenceName: 'काम की फ़ोटो {n}',
};

const ta: Catalog = {
  certTitle: 'கைவினைத் திறன் சான்றிதழ்',
  awardedTo: 'இந்தச் சான்றிதழ் வழங்கப்படுவது',
  craftLevel: '{craft} · நிலை {level} (5-இல்) · {levelName}',
  forSkill: 'அவரது சொந்த வேலையில் தெரிந்த திறமைக்காக',
  technique: 'நுட்பம்',
  complexity: 'நுணுக்கமும் வடிவமைப்பும்',
  quality: 'முடிப்பும் தரமும்',
  overall: 'மொத்தம்',
  date: 'தேதி: {date}',
  scanToVerify: 'இந்தச் சான்றிதழைச் சரிபார்க்க ஸ்கேன் செய்யுங்கள்',
  issuedBy: 'வழங்கியது SheBalance',
  level1: 'தொடக்க நிலை',
  level2: 'வளரும் நிலை',
  level3: 'திறமையானவர்',
  level4: 'மேம்பட்டவர்',
  level5: 'தலைசிறந்த கைவினைஞர்',
  skillLevel: 'திறன் நிலை',
  achievementName: '{craft} — நிலை {level} ({levelName})',
  achievementDescription:
    '{craft} திறன்: 5-இல் நிலை {level} ({levelName}), அவரது சொந்த வேலையின் படங்களைக் கொண்டு மதிப்பிடப்பட்டது.',
  criteriaNarrative:
    'அவரது சொந்த வேலையின் படங்களுக்கு நுட்பம், நுணுக்கம், முடிப்பு ஆகியவற்றுக்கு மதிப்பெண் வழங்கப்பட்டது. 100-இல் {min} அல்லது அதற்கு மேல் மொத்த மதிப்பெண் பெற்றால் நிலை {level} கிடைக்கும்.',
  confirmedByReviewer: 'பயிற்சி பெற்ற ஒரு சரிபார்ப்பாளர் முடிவைச் சரிபார்த்து உறுதி செய்தார்.',
  confirmedAutomatically: 'மதிப்பீடு மிகவும் உறுதியாக இருந்ததால் முடிவு தானாக உறுதி செய்யப்பட்டது.',
  evidenceName: 'வேலைப் படம் {n}',
};

const bn: Catalog = {
  certTitle: 'হস্তশিল্প দক্ষতার প্রশংসাপত্র',
  awardedTo: 'এই প্রশংসাপত্র দেওয়া হলো',
  craftLevel: '{craft} · স্তর {level} (5-এর মধ্যে) · {levelName}',
  forSkill: 'তাঁর নিজের কাজে দেখা দক্ষতার জন্য',
  technique: 'কৌশল',
  complexity: 'সূক্ষ্মতা ও নকশা',
  quality: 'ফিনিশ ও গুণমান',
  overall: 'সামগ্রিক',
  date: 'তারিখ: {date}',
  scanToVerify: 'এই প্রশংসাপত্র যাচাই করতে স্ক্যান করুন',
  issuedBy: 'SheBalance দ্বারা প্রদত্ত',
  level1: 'শিক্ষানবিশ',
  level2: 'এগিয়ে চলেছেন',
  level3: 'দক্ষ',
  level4: 'অভিজ্ঞ',
  level5: 'ওস্তাদ কারিগর',
  skillLevel: 'দক্ষতার স্তর',
  achievementName: '{craft} — স্তর {level} ({levelName})',
  achievementDescription:
    '{craft}-এ দক্ষতা: 5-এর মধ্যে স্তর {level} ({levelName}), তাঁর নিজের কাজের ছবি দেখে মূল্যায়ন করা হয়েছে।',
  criteriaNarrative:
    'তাঁর নিজের কাজের ছবিতে কৌশল, সূক্ষ্মতা ও ফিনিশের জন্য নম্বর দেওয়া হয়েছে। 100-এর মধ্যে মোট {min} বা তার বেশি পেলে স্তর {level} মেলে।',
  confirmedByReviewer: 'একজন প্রশিক্ষিত যাচাইকারী ফলাফল দেখে নিশ্চিত করেছেন।',
  confirmedAutomatically: 'মূল্যায়ন খুব নির্ভরযোগ্য ছিল, তাই ফলাফল নিজে থেকেই নিশ্চিত হয়েছে।',
  evidenceName: 'কাজের ছবি {n}',
};

const mr: Catalog = {
  certTitle: 'हस्तकला कौशल्य प्रमाणपत्र',
  awardedTo: 'हे प्रमाणपत्र देण्यात येत आहे',
  craftLevel: '{craft} · स्तर {level} (5 पैकी) · {levelName}',
  forSkill: 'त्यांच्या स्वतःच्या कामात दिसलेल्या कौशल्यासाठी',
  technique: 'तंत्र',
  complexity: 'बारकावे आणि नक्षी',
  quality: 'फिनिश आणि दर्जा',
  overall: 'एकूण',
  date: 'दिनांक: {date}',
  scanToVerify: 'हे प्रमाणपत्र तपासण्यासाठी स्कॅन करा',
  issuedBy: 'SheBalance तर्फे दिलेले',
  level1: 'नवशिकी',
  level2: 'प्रगती करणारी',
  level3: 'कुशल',
  level4: 'प्रगत',
  level5: 'निष्णात कारागीर',
  skillLevel: 'कौशल्य स्तर',
  achievementName: '{craft} — स्तर {level} ({levelName})',
  achievementDescription:
    '{craft} मधील कौशल्य: 5 पैकी स्तर {level} ({levelName}), त्यांच्या स्वतःच्या कामाच्या फोटोंवरून तपासले.',
  criteriaNarrative:
    'त्यांच्या स्वतःच्या कामाच्या फोटोंना तंत्र, बारकावे आणि फिनिश यावर गुण दिले. 100 पैकी {min} किंवा त्याहून जास्त एकूण गुण मिळाल्यास स्तर {level} मिळतो.',
  confirmedByReviewer: 'प्रशिक्षित तपासनीसाने निकाल तपासून खात्री केली.',
  confirmedAutomatically: 'मूल्यांकन खूप खात्रीशीर होते, म्हणून निकाल आपोआप निश्चित झाला.',
  evidenceName: 'कामाचा फोटो {n}',
};

export const CERTIFICATE_MESSAGES: Record<Lang, Catalog> = { en, hi, ta, bn, mr };

/** Looks up a message in `lang` (falling back to English) and fills `{placeholders}`. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = CERTIFICATE_MESSAGES[lang]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in vars ? String(vars[name]) : `{${name}}`,
  );
}

/** A date as her language writes it (Latin digits, like the scores beside it). */
export function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(`${lang}-IN`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Kolkata',
    numberingSystem: 'latn',
  }).format(date);
}
