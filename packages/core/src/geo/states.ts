import type { State } from './types';

type Row = readonly [
  code: string,
  name: string,
  hi: string,
  lat: number,
  lng: number,
  aliases: readonly string[],
];

const STATE_ROWS: readonly Row[] = [
  ['AP', 'Andhra Pradesh', 'आंध्र प्रदेश', 15.9, 79.7, ['andhra', 'ఆంధ్ర ప్రదేశ్', 'आन्ध्र प्रदेश']],
  ['AR', 'Arunachal Pradesh', 'अरुणाचल प्रदेश', 28.2, 94.7, ['arunachal']],
  ['AS', 'Assam', 'असम', 26.2, 92.9, ['asom', 'অসম', 'আসাম']],
  ['BR', 'Bihar', 'बिहार', 25.9, 85.6, ['বিহার']],
  ['CG', 'Chhattisgarh', 'छत्तीसगढ़', 21.3, 81.9, ['chattisgarh', 'chhatisgarh', 'CT']],
  ['GA', 'Goa', 'गोवा', 15.4, 74.0, ['गोंय']],
  ['GJ', 'Gujarat', 'गुजरात', 22.7, 71.6, ['gujrat', 'ગુજરાત']],
  ['HR', 'Haryana', 'हरियाणा', 29.1, 76.1, ['hariyana']],
  ['HP', 'Himachal Pradesh', 'हिमाचल प्रदेश', 31.9, 77.2, ['himachal']],
  ['JH', 'Jharkhand', 'झारखंड', 23.6, 85.3, ['jharkhand', 'झारखण्ड']],
  ['KA', 'Karnataka', 'कर्नाटक', 15.0, 75.7, ['karnatak', 'ಕರ್ನಾಟಕ']],
  ['KL', 'Kerala', 'केरल', 10.4, 76.4, ['keralam', 'കേരളം', 'केरला']],
  ['MP', 'Madhya Pradesh', 'मध्य प्रदेश', 23.5, 78.3, ['एमपी']],
  ['MH', 'Maharashtra', 'महाराष्ट्र', 19.4, 76.1, ['maharastra']],
  ['MN', 'Manipur', 'मणिपुर', 24.7, 93.9, []],
  ['ML', 'Meghalaya', 'मेघालय', 25.5, 91.3, []],
  ['MZ', 'Mizoram', 'मिज़ोरम', 23.3, 92.8, []],
  ['NL', 'Nagaland', 'नागालैंड', 26.1, 94.5, []],
  ['OD', 'Odisha', 'ओडिशा', 20.5, 84.4, ['orissa', 'OR', 'उड़ीसा', 'ओड़िशा', 'ଓଡ଼ିଶା']],
  ['PB', 'Punjab', 'पंजाब', 30.8, 75.4, ['ਪੰਜਾਬ']],
  ['RJ', 'Rajasthan', 'राजस्थान', 26.6, 73.8, ['rajastan']],
  ['SK', 'Sikkim', 'सिक्किम', 27.6, 88.5, []],
  ['TN', 'Tamil Nadu', 'तमिलनाडु', 11.0, 78.4, ['tamilnadu', 'தமிழ்நாடு', 'तमिल नाडु']],
  ['TS', 'Telangana', 'तेलंगाना', 17.9, 79.0, ['TG', 'తెలంగాణ']],
  ['TR', 'Tripura', 'त्रिपुरा', 23.8, 91.7, []],
  ['UK', 'Uttarakhand', 'उत्तराखंड', 30.1, 79.2, ['uttaranchal', 'UT', 'उत्तराखण्ड']],
  ['UP', 'Uttar Pradesh', 'उत्तर प्रदेश', 27.1, 80.9, ['यूपी']],
  ['WB', 'West Bengal', 'पश्चिम बंगाल', 23.0, 87.9, ['bengal', 'paschim banga', 'পশ্চিমবঙ্গ', 'बंगाल']],
  [
    'AN',
    'Andaman and Nicobar Islands',
    'अंडमान और निकोबार द्वीपसमूह',
    11.7,
    92.7,
    ['andaman', 'andaman nicobar'],
  ],
  ['CH', 'Chandigarh', 'चंडीगढ़', 30.73, 76.78, []],
  [
    'DH',
    'Dadra and Nagar Haveli and Daman and Diu',
    'दादरा और नगर हवेली और दमन और दीव',
    20.4,
    72.9,
    ['dadra nagar haveli', 'daman and diu', 'daman diu', 'DN', 'DD'],
  ],
  ['DL', 'Delhi', 'दिल्ली', 28.65, 77.2, ['nct of delhi', 'new delhi', 'dilli', 'नई दिल्ली']],
  [
    'JK',
    'Jammu and Kashmir',
    'जम्मू और कश्मीर',
    33.7,
    75.0,
    ['j&k', 'jammu kashmir', 'kashmir', 'जम्मू कश्मीर', 'कश्मीर'],
  ],
  ['LA', 'Ladakh', 'लद्दाख', 34.2, 77.6, []],
  ['LD', 'Lakshadweep', 'लक्षद्वीप', 10.6, 72.6, []],
  ['PY', 'Puducherry', 'पुडुचेरी', 11.9, 79.8, ['pondicherry', 'pondy', 'புதுச்சேரி']],
];

const UNION_TERRITORIES = new Set(['AN', 'CH', 'DH', 'DL', 'JK', 'LA', 'LD', 'PY']);

/** All 28 states and 8 union territories. */
export const states: readonly State[] = Object.freeze(
  STATE_ROWS.map(([code, name, hi, lat, lng, aliases]) => ({
    code,
    kind: UNION_TERRITORIES.has(code) ? ('ut' as const) : ('state' as const),
    name,
    hi,
    aliases,
    lat,
    lng,
  })),
);
