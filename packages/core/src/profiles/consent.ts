import { CONSENT_PURPOSES, type Consent, type ConsentPurpose } from './types';

/** The version of the consent texts the app and WhatsApp flows show today. */
export const CURRENT_CONSENT_TEXT_VERSION = '2026-01';

export const isConsentPurpose = (value: unknown): value is ConsentPurpose =>
  typeof value === 'string' && (CONSENT_PURPOSES as readonly string[]).includes(value);

export interface ConsentStatus {
  purpose: ConsentPurpose;
  /** 'not_asked' until a first record exists for this purpose. */
  status: 'granted' | 'withdrawn' | 'not_asked';
  /** The record that decided the status (the newest one for this purpose). */
  latest: Consent | null;
}

/** The current state for every purpose from an append-only history in recording order (oldest first). */
export function currentConsents(history: readonly Consent[]): ConsentStatus[] {
  const latest = new Map<ConsentPurpose, Consent>();
  for (const record of history) latest.set(record.purpose, record);
  return CONSENT_PURPOSES.map((purpose) => {
    const record = latest.get(purpose) ?? null;
    return {
      purpose,
      status: record ? (record.granted ? 'granted' : 'withdrawn') : 'not_asked',
      latest: record,
    };
  });
}

/** Whether the newest record for `purpose` grants it. */
export function hasConsent(history: readonly Consent[], purpose: ConsentPurpose): boolean {
  for (let i = history.length - 1; i >= 0; i--)
    if (history[i]!.purpose === purpose) return history[i]!.granted;
  return false;
}
