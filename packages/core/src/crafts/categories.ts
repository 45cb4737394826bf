import type { Lang } from '../i18n/lang';
import type { CraftCategory } from './types';

/** Category labels as spoken to an artisan, in every supported language. */
export const CATEGORY_LABELS: Readonly<Record<CraftCategory, Readonly<Record<Lang, string>>>> = {
  embroidery: { en: 'Embroidery', hi: 'कढ़ाई', ta: 'பூத்தையல்', bn: 'সূচিকর্ম', mr: 'भरतकाम' },
  'printing-dyeing': {
    en: 'Printing and dyeing',
    hi: 'छपाई और रंगाई',
    ta: 'அச்சு மற்றும் சாயம்',
    bn: 'ছাপা ও রং',
    mr: 'छपाई व रंगकाम',
  },
  weaving: { en: 'Weaving', hi: 'बुनाई', ta: 'நெசவு', bn: 'বয়ন', mr: 'विणकाम' },
  painting: { en: 'Painting', hi: 'चित्रकला', ta: 'ஓவியம்', bn: 'চিত্রকলা', mr: 'चित्रकला' },
  pottery: { en: 'Pottery and clay', hi: 'मिट्टी का काम', ta: 'மண்பாண்டக் கலை', bn: 'মাটির কাজ', mr: 'मातीकाम' },
  fibre: {
    en: 'Fibre, cane and yarn',
    hi: 'रेशा, बेंत और धागे का काम',
    ta: 'நார், பிரம்பு மற்றும் நூல் வேலை',
    bn: 'আঁশ, বেত ও সুতোর কাজ',
    mr: 'धागा, वेत व तंतू काम',
  },
  woodwork: { en: 'Woodwork', hi: 'लकड़ी का काम', ta: 'மர வேலை', bn: 'কাঠের কাজ', mr: 'लाकूडकाम' },
  metal: { en: 'Metal craft', hi: 'धातु शिल्प', ta: 'உலோகக் கைவினை', bn: 'ধাতুশিল্প', mr: 'धातुकाम' },
  jewellery: {
    en: 'Jewellery and beads',
    hi: 'गहने और मोती',
    ta: 'நகை மற்றும் மணிகள்',
    bn: 'গয়না ও পুঁতি',
    mr: 'दागिने व मणी',
  },
  other: { en: 'Other crafts', hi: 'अन्य शिल्प', ta: 'பிற கைவினைகள்', bn: 'অন্যান্য শিল্প', mr: 'इतर हस्तकला' },
};

export function categoryLabel(category: CraftCategory, lang: Lang): string {
  const labels = CATEGORY_LABELS[category];
  return labels[lang] || labels.en;
}
