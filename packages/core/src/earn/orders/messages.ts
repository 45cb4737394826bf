import { interpolate } from '../../i18n/messages';
import type { Lang } from '../../i18n/lang';
import type { DeclineReason, OfferRefusalCode } from './offer-machine';
import type { OrderRefusalCode, OrderStatus } from './order-machine';

/** Order and offer words in five languages: refusals, status names, decline reasons (quick replies). */
interface Catalog {
  order: Record<OrderRefusalCode, string>;
  offer: Record<OfferRefusalCode, string>;
  status: Record<OrderStatus, string>;
  decline: Record<DeclineReason, string>;
}

const en: Catalog = {
  order: {
    unknown_status: 'There is no such order step.',
    same_state: 'The order is already at this step.',
    final_state: 'This order is finished and cannot change now.',
    illegal_transition: 'The order cannot go from "{from}" to "{to}".',
    actor_not_allowed: 'You cannot do this step of the order.',
  },
  offer: {
    actor_not_allowed: 'You cannot do this with this offer.',
    offer_closed: 'This offer is already closed.',
    offer_expired: 'Sorry, the time to answer this offer is over.',
    not_yet_expired: 'This offer is still open.',
    sold_out: 'Sorry, other artisans have already taken all the pieces of this order.',
    decline_reason_required: 'Please tell us why you are saying no.',
  },
  status: {
    accepted: 'Accepted',
    in_progress: 'Being made',
    ready: 'Ready',
    shipped: 'Sent',
    delivered: 'Delivered',
    confirmed: 'Confirmed by the buyer',
    paid: 'Paid',
    cancelled: 'Cancelled',
    disputed: 'Under review',
  },
  decline: {
    busy: 'I am busy now',
    price_too_low: 'The price is too low',
    deadline_too_short: 'Not enough time',
    too_far: 'Too far',
    not_my_craft: 'Not my kind of work',
    other: 'Another reason',
  },
};

const hi: Catalog = {
  order: {
    unknown_status: 'ऑर्डर का ऐसा कोई चरण नहीं है।',
    same_state: 'ऑर्डर पहले से इसी चरण पर है।',
    final_state: 'यह ऑर्डर पूरा हो चुका है, अब इसमें बदलाव नहीं हो सकता।',
    illegal_transition: 'ऑर्डर "{from}" से "{to}" पर नहीं जा सकता।',
    actor_not_allowed: 'ऑर्डर का यह कदम आपके लिए नहीं है।',
  },
  offer: {
    actor_not_allowed: 'इस ऑफ़र पर यह काम आपके लिए नहीं है।',
    offer_closed: 'यह ऑफ़र पहले ही बंद हो चुका है।',
    offer_expired: 'माफ़ कीजिए, इस ऑफ़र का जवाब देने का समय ख़त्म हो गया।',
    not_yet_expired: 'यह ऑफ़र अभी खुला है।',
    sold_out: 'माफ़ कीजिए, इस ऑर्डर के सारे पीस दूसरी कारीगरों ने ले लिए हैं।',
    decline_reason_required: 'कृपया बताइए कि आप मना क्यों कर रही हैं।',
  },
  status: {
    accepted: 'स्वीकार',
    in_progress: 'बन रहा है',
    ready: 'तैयार',
    shipped: 'भेज दिया',
    delivered: 'पहुँच गया',
    confirmed: 'खरीदार ने पुष्टि की',
    paid: 'भुगतान हो गया',
    cancelled: 'रद्द',
    disputed: 'जाँच चल रही है',
  },
  decline: {
    busy: 'मैं अभी व्यस्त हूँ',
    price_too_low: 'दाम बहुत कम है',
    deadline_too_short: 'समय कम है',
    too_far: 'बहुत दूर है',
    not_my_craft: 'यह मेरा काम नहीं है',
    other: 'कोई और कारण',
  },
};

const ta: Catalog = {
  order: {
    unknown_status: 'ஆர்டரில் இப்படி ஒரு நிலை இல்லை.',
    same_state: 'ஆர்டர் ஏற்கனவே இந்த நிலையில் உள்ளது.',
    final_state: 'இந்த ஆர்டர் முடிந்துவிட்டது, இனி மாற்ற முடியாது.',
    illegal_transition: 'ஆர்டர் "{from}" நிலையிலிருந்து "{to}" நிலைக்கு போக முடியாது.',
    actor_not_allowed: 'ஆர்டரின் இந்த படியை நீங்கள் செய்ய முடியாது.',
  },
  offer: {
    actor_not_allowed: 'இந்த வாய்ப்பில் இதை நீங்கள் செய்ய முடியாது.',
    offer_closed: 'இந்த வாய்ப்பு ஏற்கனவே மூடப்பட்டது.',
    offer_expired: 'மன்னிக்கவும், இந்த வாய்ப்புக்கு பதில் சொல்லும் நேரம் முடிந்துவிட்டது.',
    not_yet_expired: 'இந்த வாய்ப்பு இன்னும் திறந்திருக்கிறது.',
    sold_out: 'மன்னிக்கவும், இந்த ஆர்டரின் எல்லா பொருட்களையும் மற்ற கலைஞர்கள் ஏற்கனவே எடுத்துவிட்டார்கள்.',
    decline_reason_required: 'ஏன் வேண்டாம் என்கிறீர்கள் என்று தயவுசெய்து சொல்லுங்கள்.',
  },
  status: {
    accepted: 'ஏற்கப்பட்டது',
    in_progress: 'செய்யப்படுகிறது',
    ready: 'தயார்',
    shipped: 'அனுப்பப்பட்டது',
    delivered: 'சேர்ந்துவிட்டது',
    confirmed: 'வாங்குபவர் உறுதி செய்தார்',
    paid: 'பணம் வந்தது',
    cancelled: 'ரத்து',
    disputed: 'பரிசீலனையில்',
  },
  decline: {
    busy: 'நான் இப்போது வேலையாக இருக்கிறேன்',
    price_too_low: 'விலை மிகக் குறைவு',
    deadline_too_short: 'நேரம் போதாது',
    too_far: 'மிகத் தொலைவு',
    not_my_craft: 'இது என் வேலை இல்லை',
    other: 'வேறு காரணம்',
  },
};

const bn: Catalog = {
  order: {
    unknown_status: 'অর্ডারের এমন কোনো ধাপ নেই।',
    same_state: 'অর্ডারটি আগে থেকেই এই ধাপে আছে।',
    final_state: 'এই অর্ডার শেষ হয়ে গেছে, এখন আর বদলানো যাবে না।',
    illegal_transition: 'অর্ডার "{from}" থেকে "{to}"-তে যেতে পারে না।',
    actor_not_allowed: 'অর্ডারের এই ধাপটি আপনি করতে পারবেন না।',
  },
  offer: {
    actor_not_allowed: 'এই অফারে আপনি এটা করতে পারবেন না।',
    offer_closed: 'এই অফার আগেই বন্ধ হয়ে গেছে।',
    offer_expired: 'দুঃখিত, এই অফারের উত্তর দেওয়ার সময় শেষ।',
    not_yet_expired: 'এই অফার এখনও খোলা আছে।',
    sold_out: 'দুঃখিত, এই অর্ডারের সব পিস অন্য শিল্পীরা নিয়ে নিয়েছেন।',
    decline_reason_required: 'দয়া করে বলুন কেন না বলছেন।',
  },
  status: {
    accepted: 'গৃহীত',
    in_progress: 'তৈরি হচ্ছে',
    ready: 'তৈরি',
    shipped: 'পাঠানো হয়েছে',
    delivered: 'পৌঁছে গেছে',
    confirmed: 'ক্রেতা নিশ্চিত করেছেন',
    paid: 'টাকা দেওয়া হয়েছে',
    cancelled: 'বাতিল',
    disputed: 'পর্যালোচনায়',
  },
  decline: {
    busy: 'আমি এখন ব্যস্ত',
    price_too_low: 'দাম খুব কম',
    deadline_too_short: 'সময় কম',
    too_far: 'অনেক দূরে',
    not_my_craft: 'এটা আমার কাজ নয়',
    other: 'অন্য কারণ',
  },
};

const mr: Catalog = {
  order: {
    unknown_status: 'ऑर्डरचा असा कोणताही टप्पा नाही.',
    same_state: 'ऑर्डर आधीच याच टप्प्यावर आहे.',
    final_state: 'ही ऑर्डर पूर्ण झाली आहे, आता बदलता येणार नाही.',
    illegal_transition: 'ऑर्डर "{from}" वरून "{to}" वर जाऊ शकत नाही.',
    actor_not_allowed: 'ऑर्डरचा हा टप्पा तुम्ही करू शकत नाही.',
  },
  offer: {
    actor_not_allowed: 'या ऑफरवर हे तुम्ही करू शकत नाही.',
    offer_closed: 'ही ऑफर आधीच बंद झाली आहे.',
    offer_expired: 'माफ करा, या ऑफरला उत्तर देण्याची वेळ संपली.',
    not_yet_expired: 'ही ऑफर अजून खुली आहे.',
    sold_out: 'माफ करा, या ऑर्डरचे सर्व नग इतर कारागिरांनी आधीच घेतले आहेत.',
    decline_reason_required: 'कृपया सांगा, तुम्ही नकार का देत आहात.',
  },
  status: {
    accepted: 'स्वीकारली',
    in_progress: 'बनत आहे',
    ready: 'तयार',
    shipped: 'पाठवली',
    delivered: 'पोहोचली',
    confirmed: 'खरेदीदाराने खात्री केली',
    paid: 'पैसे मिळाले',
    cancelled: 'रद्द',
    disputed: 'तपासणीत',
  },
  decline: {
    busy: 'मी आत्ता कामात आहे',
    price_too_low: 'किंमत खूप कमी आहे',
    deadline_too_short: 'वेळ कमी आहे',
    too_far: 'खूप लांब आहे',
    not_my_craft: 'हे माझे काम नाही',
    other: 'दुसरे कारण',
  },
};

export const ORDER_MESSAGES: Readonly<Record<Lang, Catalog>> = { en, hi, ta, bn, mr };

const pick = (lang: Lang) => ORDER_MESSAGES[lang] ?? en;

export const orderStatusLabel = (status: OrderStatus, lang: Lang) => pick(lang).status[status] ?? status;
export const declineReasonLabel = (reason: DeclineReason, lang: Lang) => pick(lang).decline[reason] ?? reason;

/** Explains an order refusal; statuses appear by their names in `lang`. */
export function renderOrderRefusal(
  refusal: { code: OrderRefusalCode; from: string; to: string },
  lang: Lang,
): string {
  const label = (s: string) => (s in en.status ? orderStatusLabel(s as OrderStatus, lang) : s);
  return interpolate(pick(lang).order[refusal.code], { from: label(refusal.from), to: label(refusal.to) });
}

export const renderOfferRefusal = (code: OfferRefusalCode, lang: Lang) => pick(lang).offer[code];
