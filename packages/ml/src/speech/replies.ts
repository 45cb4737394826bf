import type { Lang } from '@shebalance/core/i18n/lang';

/**
 * What the voice channel says back while the shared conversation engine (issue 5) is not wired in:
 * one short, warm line per intent, and the never-a-dead-end prompts. English and Hindi complete,
 * plus Tamil, Bengali and Marathi.
 */
export type VoiceReplyKey =
  | 'greeting'
  | 'help'
  | 'register'
  | 'assess_skill'
  | 'find_work'
  | 'accept_offer'
  | 'decline_offer'
  | 'check_earnings'
  | 'order_status'
  | 'update_availability'
  | 'get_certificate'
  | 'change_language'
  | 'talk_to_human'
  | 'none'
  | 'not_understood'
  | 'silence';

type Catalog = Record<VoiceReplyKey, string>;

const en: Catalog = {
  greeting: 'Namaste! I am SheBalance. How can I help you today?',
  help: 'I can find work for you, check your earnings, or give your certificate. Just say what you need.',
  register: 'Let us sign you up. First, tell me your name.',
  assess_skill: 'Please send two or three clear photos of your work. I will tell you your skill score.',
  find_work: 'Let me look for work near you.',
  accept_offer: 'Thank you! I have noted that you accept this work.',
  decline_offer: 'That is fine. I will not give you this work.',
  check_earnings: 'Let me check your earnings.',
  order_status: 'Let me check your order.',
  update_availability: 'Tell me how many hours a day you can work.',
  get_certificate: 'I will send your certificate.',
  change_language: 'Which language would you like? Hindi, English, Tamil, Bengali or Marathi.',
  talk_to_human: 'I will ask a person from our team to call you.',
  none: 'Sorry, I did not understand. Please tap a button, or say: help, work, earnings or certificate.',
  not_understood:
    'Sorry, I could not understand. Please tap a button, or say one of these: yes, no, or a number from one to five.',
  silence: 'I could not hear anything. Please speak a little louder, or tap a button.',
};

const hi: Catalog = {
  greeting: 'नमस्ते! मैं SheBalance हूँ। आज मैं आपकी क्या मदद करूँ?',
  help: 'मैं आपके लिए काम ढूँढ सकती हूँ, आपकी कमाई बता सकती हूँ, या आपका प्रमाण पत्र भेज सकती हूँ। बस बोलिए क्या चाहिए।',
  register: 'चलिए आपका नाम लिखते हैं। पहले अपना नाम बताइए।',
  assess_skill: 'अपने काम की दो या तीन साफ़ फ़ोटो भेजिए। मैं आपका हुनर स्कोर बताऊँगी।',
  find_work: 'मैं आपके पास का काम ढूँढती हूँ।',
  accept_offer: 'धन्यवाद! मैंने लिख लिया कि आप यह काम लेंगी।',
  decline_offer: 'कोई बात नहीं। यह काम आपको नहीं दूँगी।',
  check_earnings: 'मैं आपकी कमाई देखती हूँ।',
  order_status: 'मैं आपके ऑर्डर का हाल देखती हूँ।',
  update_availability: 'बताइए, आप दिन में कितने घंटे काम कर सकती हैं।',
  get_certificate: 'मैं आपका प्रमाण पत्र भेजती हूँ।',
  change_language: 'आप कौन सी भाषा चाहती हैं? हिंदी, अंग्रेज़ी, तमिल, बांग्ला या मराठी।',
  talk_to_human: 'मैं हमारी टीम के किसी व्यक्ति से आपको फ़ोन करवाती हूँ।',
  none: 'माफ़ कीजिए, मैं समझ नहीं पाई। कोई बटन दबाइए, या बोलिए: मदद, काम, कमाई या प्रमाण पत्र।',
  not_understood:
    'माफ़ कीजिए, मैं समझ नहीं पाई। कोई बटन दबाइए, या इनमें से कुछ बोलिए: हाँ, नहीं, या एक से पाँच तक कोई नंबर।',
  silence: 'मुझे कुछ सुनाई नहीं दिया। थोड़ा ज़ोर से बोलिए, या कोई बटन दबाइए।',
};

const ta: Catalog = {
  greeting: 'வணக்கம்! நான் SheBalance. இன்று உங்களுக்கு எப்படி உதவலாம்?',
  help: 'உங்களுக்கு வேலை தேடலாம், உங்கள் வருமானம் சொல்லலாம், அல்லது சான்றிதழ் அனுப்பலாம். என்ன வேண்டும் என்று சொல்லுங்கள்.',
  register: 'உங்களைப் பதிவு செய்வோம். முதலில் உங்கள் பெயரைச் சொல்லுங்கள்.',
  assess_skill: 'உங்கள் வேலையின் இரண்டு அல்லது மூன்று தெளிவான படங்களை அனுப்புங்கள். உங்கள் திறன் மதிப்பெண்ணைச் சொல்கிறேன்.',
  find_work: 'உங்கள் அருகில் உள்ள வேலையைத் தேடுகிறேன்.',
  accept_offer: 'நன்றி! இந்த வேலையை நீங்கள் ஏற்றுக்கொண்டதைக் குறித்துக்கொண்டேன்.',
  decline_offer: 'பரவாயில்லை. இந்த வேலையை உங்களுக்குத் தரமாட்டேன்.',
  check_earnings: 'உங்கள் வருமானத்தைப் பார்க்கிறேன்.',
  order_status: 'உங்கள் ஆர்டரைப் பார்க்கிறேன்.',
  update_availability: 'ஒரு நாளில் எத்தனை மணி நேரம் வேலை செய்ய முடியும் என்று சொல்லுங்கள்.',
  get_certificate: 'உங்கள் சான்றிதழை அனுப்புகிறேன்.',
  change_language: 'எந்த மொழி வேண்டும்? இந்தி, ஆங்கிலம், தமிழ், வங்காளம் அல்லது மராத்தி.',
  talk_to_human: 'எங்கள் குழுவில் ஒருவர் உங்களை அழைப்பார்.',
  none: 'மன்னிக்கவும், புரியவில்லை. ஒரு பொத்தானை அழுத்துங்கள், அல்லது சொல்லுங்கள்: உதவி, வேலை, வருமானம் அல்லது சான்றிதழ்.',
  not_understood:
    'மன்னிக்கவும், புரியவில்லை. ஒரு பொத்தானை அழுத்துங்கள், அல்லது இவற்றில் ஒன்றைச் சொல்லுங்கள்: ஆம், இல்லை, அல்லது ஒன்று முதல் ஐந்து வரை ஒரு எண்.',
  silence: 'எதுவும் கேட்கவில்லை. கொஞ்சம் சத்தமாகப் பேசுங்கள், அல்லது ஒரு பொத்தானை அழுத்துங்கள்.',
};

const bn: Catalog = {
  greeting: 'নমস্কার! আমি SheBalance। আজ আপনাকে কীভাবে সাহায্য করব?',
  help: 'আমি আপনার জন্য কাজ খুঁজতে পারি, আপনার আয় জানাতে পারি, বা আপনার সার্টিফিকেট পাঠাতে পারি। কী চান বলুন।',
  register: 'চলুন আপনার নাম লিখি। প্রথমে আপনার নাম বলুন।',
  assess_skill: 'আপনার কাজের দুই বা তিনটি পরিষ্কার ছবি পাঠান। আমি আপনার দক্ষতার স্কোর জানাব।',
  find_work: 'আপনার কাছাকাছি কাজ খুঁজছি।',
  accept_offer: 'ধন্যবাদ! লিখে নিলাম যে আপনি এই কাজটি নেবেন।',
  decline_offer: 'ঠিক আছে। এই কাজটি আপনাকে দেব না।',
  check_earnings: 'আপনার আয় দেখছি।',
  order_status: 'আপনার অর্ডারের খবর দেখছি।',
  update_availability: 'বলুন, দিনে কত ঘণ্টা কাজ করতে পারবেন।',
  get_certificate: 'আপনার সার্টিফিকেট পাঠাচ্ছি।',
  change_language: 'কোন ভাষা চান? হিন্দি, ইংরেজি, তামিল, বাংলা বা মারাঠি।',
  talk_to_human: 'আমাদের দলের একজন আপনাকে ফোন করবেন।',
  none: 'দুঃখিত, বুঝতে পারিনি। একটি বোতাম টিপুন, বা বলুন: সাহায্য, কাজ, আয় বা সার্টিফিকেট।',
  not_understood:
    'দুঃখিত, বুঝতে পারিনি। একটি বোতাম টিপুন, বা এর মধ্যে একটি বলুন: হ্যাঁ, না, বা এক থেকে পাঁচের মধ্যে একটি সংখ্যা।',
  silence: 'কিছু শুনতে পেলাম না। একটু জোরে বলুন, বা একটি বোতাম টিপুন।',
};

const mr: Catalog = {
  greeting: 'नमस्कार! मी SheBalance. आज मी तुम्हाला कशी मदत करू?',
  help: 'मी तुमच्यासाठी काम शोधू शकते, तुमची कमाई सांगू शकते, किंवा तुमचे प्रमाणपत्र पाठवू शकते. काय हवे ते सांगा.',
  register: 'चला तुमची नोंदणी करूया. आधी तुमचे नाव सांगा.',
  assess_skill: 'तुमच्या कामाचे दोन किंवा तीन स्पष्ट फोटो पाठवा. मी तुमचा कौशल्य गुण सांगेन.',
  find_work: 'मी तुमच्या जवळचे काम शोधते.',
  accept_offer: 'धन्यवाद! तुम्ही हे काम घेणार असे मी लिहून घेतले.',
  decline_offer: 'काही हरकत नाही. हे काम तुम्हाला देणार नाही.',
  check_earnings: 'मी तुमची कमाई पाहते.',
  order_status: 'मी तुमच्या ऑर्डरची स्थिती पाहते.',
  update_availability: 'सांगा, तुम्ही दिवसाला किती तास काम करू शकता.',
  get_certificate: 'मी तुमचे प्रमाणपत्र पाठवते.',
  change_language: 'तुम्हाला कोणती भाषा हवी? हिंदी, इंग्रजी, तमिळ, बंगाली किंवा मराठी.',
  talk_to_human: 'आमच्या टीममधील कोणीतरी तुम्हाला फोन करेल.',
  none: 'माफ करा, मला समजले नाही. एखादे बटण दाबा, किंवा सांगा: मदत, काम, कमाई किंवा प्रमाणपत्र.',
  not_understood:
    'माफ करा, मला समजले नाही. एखादे बटण दाबा, किंवा यापैकी काही सांगा: हो, नाही, किंवा एक ते पाच मधला एखादा आकडा.',
  silence: 'मला काहीच ऐकू आले नाही. थोडे मोठ्याने बोला, किंवा एखादे बटण दाबा.',
};

const catalogs: Record<Lang, Catalog> = { en, hi, ta, bn, mr };
export const VOICE_REPLY_LANGS = Object.keys(catalogs) as Lang[];

export const voiceReply = (key: VoiceReplyKey, lang: Lang): string => catalogs[lang][key];
