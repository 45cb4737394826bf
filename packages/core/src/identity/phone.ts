/** Shows only the country code and the last four digits: "+91******3210". Safe for logs and other users. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.length <= 6) return '***';
  const cc = digits.startsWith('+91') ? '+91' : digits.slice(0, 3);
  return cc + '*'.repeat(Math.max(0, digits.length - cc.length - 4)) + digits.slice(-4);
}

/** Replaces anything that looks like a phone number inside free text (URLs, log lines). */
export function redactPhones(text: string): string {
  return text.replace(/(\+|%2B)?\d[\d\s-]{8,14}\d/g, (match) => maskPhone(decodeURIComponent(match)));
}
