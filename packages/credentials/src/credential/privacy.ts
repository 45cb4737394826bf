/** Thrown when a credential would carry her phone number or exact location. */
export class PrivateDataError extends Error {
  constructor(readonly path: string) {
    super(`private data must not appear in a credential (at ${path})`);
    this.name = 'PrivateDataError';
  }
}

const FORBIDDEN_KEYS = new Set([
  'phone',
  'telephone',
  'mobile',
  'geo',
  'latitude',
  'longitude',
  'address',
  'location',
]);
// An Indian mobile number (optionally +91), standing alone in text.
const PHONE = /(?<![\w-])(?:\+?91[\s-]?)?[6-9]\d{4}[\s-]?\d{5}(?![\w-])/;
// A latitude,longitude pair with ≥4 decimals (≈10 m): an exact location.
const COORDINATES = /-?\d{1,2}\.\d{4,}\s*,\s*-?\d{1,3}\.\d{4,}/;
const URI = /^[a-z][a-z0-9+.-]*:\S*$/i;

/** Throws PrivateDataError if any key or text in the credential looks like a phone number or exact location. */
export function assertNoPrivateData(value: unknown, path = '$'): void {
  if (typeof value === 'string') {
    if (URI.test(value)) return;
    if (PHONE.test(value) || COORDINATES.test(value)) throw new PrivateDataError(path);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => assertNoPrivateData(item, `${path}[${i}]`));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key.toLowerCase())) throw new PrivateDataError(`${path}.${key}`);
      assertNoPrivateData(item, `${path}.${key}`);
    }
  }
}
