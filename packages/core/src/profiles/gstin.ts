/**
 * GSTIN (Goods and Services Tax Identification Number) rules.
 *
 *   27 AAPFU0939F 1 Z V
 *   │  │          │ │ └ check character (Luhn mod 36 over the first 14)
 *   │  │          │ └── always 'Z'
 *   │  │          └──── entity number for this PAN in this state (1–9, then A–Z)
 *   │  └─────────────── PAN: 5 letters, 4 digits, 1 letter
 *   └────────────────── GST state code, 01–38
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SHAPE = /^(\d{2})([A-Z]{5}\d{4}[A-Z])([1-9A-Z])Z([0-9A-Z])$/;

/** GST state codes as ISO 3166-2:IN suffixes (the geo module's state codes). */
export const GST_STATE_CODES: Readonly<Record<string, string>> = {
  '01': 'JK',
  '02': 'HP',
  '03': 'PB',
  '04': 'CH',
  '05': 'UK',
  '06': 'HR',
  '07': 'DL',
  '08': 'RJ',
  '09': 'UP',
  '10': 'BR',
  '11': 'SK',
  '12': 'AR',
  '13': 'NL',
  '14': 'MN',
  '15': 'MZ',
  '16': 'TR',
  '17': 'ML',
  '18': 'AS',
  '19': 'WB',
  '20': 'JH',
  '21': 'OD',
  '22': 'CG',
  '23': 'MP',
  '24': 'GJ',
  '25': 'DH',
  '26': 'DH',
  '27': 'MH',
  '28': 'AP',
  '29': 'KA',
  '30': 'GA',
  '31': 'LD',
  '32': 'KL',
  '33': 'TN',
  '34': 'PY',
  '35': 'AN',
  '36': 'TS',
  '37': 'AP',
  '38': 'LA',
};

/** Upper-cases and removes spaces, dots and dashes people type between the groups. */
export function normalizeGstin(text: string): string {
  return text.toUpperCase().replace(/[\s.-]/g, '');
}

/** The check character for the first 14 characters of a GSTIN (Luhn mod 36: factors 1, 2, 1, 2 … from the left). */
export function gstinCheckChar(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = ALPHABET.indexOf(first14[i] ?? '');
    if (value < 0) throw new RangeError(`not a GSTIN character: ${first14[i]}`);
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET[(36 - (sum % 36)) % 36]!;
}

export type GstinProblem = 'length' | 'format' | 'state_code' | 'checksum';

/** Why a (normalised) GSTIN is not valid, or null when it is. */
export function gstinProblem(gstin: string): GstinProblem | null {
  if (gstin.length !== 15) return 'length';
  const match = SHAPE.exec(gstin);
  if (!match) return 'format';
  const state = Number(match[1]);
  if (state < 1 || state > 38) return 'state_code';
  return gstinCheckChar(gstin.slice(0, 14)) === match[4] ? null : 'checksum';
}

export const isValidGstin = (gstin: string): boolean => gstinProblem(normalizeGstin(gstin)) === null;

/** The ISO state code a valid GSTIN was registered in. */
export const gstinState = (gstin: string): string | undefined => GST_STATE_CODES[gstin.slice(0, 2)];
