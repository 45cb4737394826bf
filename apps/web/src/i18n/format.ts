import { LOCALES, type Lang } from './langs';

/**
 * Indian formatting: lakh/crore digit grouping (1,23,456), rupees without paise for whole
 * amounts, dates as day month year. Digits stay Latin (what Indian apps and printed prices use).
 */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(`${LOCALES[lang]}-u-nu-latn`, { maximumFractionDigits: 2 }).format(value);
}

export function formatCurrency(rupees: number, lang: Lang): string {
  const whole = Number.isInteger(rupees);
  return new Intl.NumberFormat(`${LOCALES[lang]}-u-nu-latn`, {
    style: 'currency',
    currency: 'INR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(rupees);
}

export function formatDate(date: Date | string, lang: Lang): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return new Intl.DateTimeFormat(`${LOCALES[lang]}-u-nu-latn`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Kolkata',
  }).format(d);
}

export function formatDateTime(date: Date | string, lang: Lang): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return new Intl.DateTimeFormat(`${LOCALES[lang]}-u-nu-latn`, {
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Asia/Kolkata',
  }).format(d);
}

/** "+919876543210" → "+91 98765 43210" (how Indians write mobile numbers). */
export function formatPhone(e164: string): string {
  const m = /^\+91(\d{5})(\d{5})$/.exec(e164);
  return m ? `+91 ${m[1]} ${m[2]}` : e164;
}

/** What she typed ("98765 43210", "098765-43210", "+91 98765 43210") → E.164, or null. */
export function toE164(input: string): string | null {
  const digits = input.replace(/[^\d+]/g, '');
  const national = digits.replace(/^\+91/, '').replace(/^0/, '');
  if (/^[6-9]\d{9}$/.test(national)) return `+91${national}`;
  if (/^\+\d{8,15}$/.test(digits)) return digits;
  return null;
}
