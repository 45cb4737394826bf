import { interpolate } from '../../i18n/messages';
import type { Lang } from '../../i18n/lang';
import type { Reason } from '../matching/types';

/** How a bulk order was split, in five languages (the same words for the buyer and the team). */
export const TEAM_REASON_KEYS = [
  'team_summary',
  'team_group',
  'team_nearby',
  'team_split_rule',
  'team_lead',
  'team_member_share',
] as const;
export type TeamReasonKey = (typeof TEAM_REASON_KEYS)[number];

export const TEAM_MESSAGES: Readonly<Record<Lang, Record<TeamReasonKey, string>>> = {
  en: {
    team_summary: 'A team of {members} artisans can make all {quantity} pieces before the deadline',
    team_group: '{members} members of the same self-help group make {pieces} pieces',
    team_nearby: '{members} artisans nearby make the other {pieces} pieces',
    team_split_rule:
      'Each share follows her free time and skill score, and is never more than she can make in time',
    team_lead: "The group's leader coordinates the team and the delivery",
    team_member_share: '{quantity} pieces (she can make up to {capacity} in time)',
  },
  hi: {
    team_summary: '{members} कारीगरों की टीम आख़िरी तारीख से पहले सभी {quantity} पीस बना सकती है',
    team_group: 'एक ही स्वयं सहायता समूह की {members} सदस्य {pieces} पीस बनाएँगी',
    team_nearby: 'पास की {members} कारीगर बाकी {pieces} पीस बनाएँगी',
    team_split_rule:
      'हर एक का हिस्सा उसके खाली समय और हुनर के स्कोर से तय होता है, और कभी उससे ज़्यादा नहीं जितना वह समय पर बना सके',
    team_lead: 'समूह की मुखिया टीम और डिलीवरी सँभालेंगी',
    team_member_share: '{quantity} पीस (वह समय पर {capacity} तक बना सकती है)',
  },
  ta: {
    team_summary: '{members} கலைஞர்கள் கொண்ட குழு கடைசி தேதிக்கு முன் {quantity} பொருட்களையும் செய்ய முடியும்',
    team_group: 'ஒரே சுய உதவிக் குழுவின் {members} உறுப்பினர்கள் {pieces} பொருட்கள் செய்வார்கள்',
    team_nearby: 'அருகிலுள்ள {members} கலைஞர்கள் மீதமுள்ள {pieces} பொருட்கள் செய்வார்கள்',
    team_split_rule:
      'ஒவ்வொருவரின் பங்கும் அவரது ஓய்வு நேரத்தையும் திறமை மதிப்பெண்ணையும் பொறுத்தது; நேரத்தில் செய்யக்கூடியதை விட அதிகமாக இருக்காது',
    team_lead: 'குழுத் தலைவி குழுவையும் டெலிவரியையும் ஒருங்கிணைப்பார்',
    team_member_share: '{quantity} பொருட்கள் (நேரத்தில் {capacity} வரை செய்ய முடியும்)',
  },
  bn: {
    team_summary: '{members} জন শিল্পীর একটি দল শেষ তারিখের আগে সব {quantity}টি পিস বানাতে পারবে',
    team_group: 'একই স্বনির্ভর গোষ্ঠীর {members} জন সদস্য {pieces}টি পিস বানাবেন',
    team_nearby: 'কাছাকাছি {members} জন শিল্পী বাকি {pieces}টি পিস বানাবেন',
    team_split_rule:
      'প্রত্যেকের ভাগ তাঁর ফাঁকা সময় আর দক্ষতার স্কোর অনুযায়ী, আর কখনও তিনি সময়ে যা বানাতে পারবেন তার বেশি নয়',
    team_lead: 'গোষ্ঠীর নেত্রী দল আর ডেলিভারি সামলাবেন',
    team_member_share: '{quantity}টি পিস (তিনি সময়ে {capacity}টি পর্যন্ত বানাতে পারবেন)',
  },
  mr: {
    team_summary: '{members} कारागिरांचा गट शेवटच्या तारखेपूर्वी सर्व {quantity} नग बनवू शकतो',
    team_group: 'एकाच स्वयं-सहायता गटातील {members} सदस्य {pieces} नग बनवतील',
    team_nearby: 'जवळच्या {members} कारागीर उरलेले {pieces} नग बनवतील',
    team_split_rule:
      'प्रत्येकीचा वाटा तिच्या मोकळ्या वेळेनुसार आणि कौशल्य गुणांनुसार ठरतो, आणि ती वेळेत जेवढे बनवू शकते त्यापेक्षा जास्त कधीच नसतो',
    team_lead: 'गटाच्या प्रमुख गट आणि डिलिव्हरी सांभाळतील',
    team_member_share: '{quantity} नग (ती वेळेत {capacity} पर्यंत बनवू शकते)',
  },
};

export function renderTeamReason(reason: Reason, lang: Lang): string {
  const template =
    (TEAM_MESSAGES[lang] ?? TEAM_MESSAGES.en)[reason.key as TeamReasonKey] ??
    TEAM_MESSAGES.en[reason.key as TeamReasonKey];
  return template ? interpolate(template, reason.params) : reason.key;
}
