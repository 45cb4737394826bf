import { describe, expect, it } from 'vitest';
import { formatCurrency, formatDate, formatNumber, formatPhone, toE164 } from './format';

describe('Indian formatting', () => {
  it('groups digits in lakhs and crores', () => {
    expect(formatNumber(123456, 'en')).toBe('1,23,456');
    expect(formatNumber(12345678, 'hi')).toBe('1,23,45,678');
    expect(formatNumber(999, 'ta')).toBe('999');
  });

  it('writes rupees with the ₹ sign, no paise for whole amounts', () => {
    expect(formatCurrency(123456, 'en')).toBe('₹1,23,456');
    expect(formatCurrency(123456, 'hi')).toBe('₹1,23,456');
    expect(formatCurrency(1250.5, 'en')).toBe('₹1,250.50');
  });

  it('writes dates day-month-year in India time, month named in her language', () => {
    // 20:00 UTC on 31 Dec is already 1 January in India.
    expect(formatDate('2025-12-31T20:00:00Z', 'en')).toBe('1 January 2026');
    expect(formatDate('2026-03-15T06:00:00Z', 'hi')).toBe('15 मार्च 2026');
    expect(formatDate('2026-03-15T06:00:00Z', 'ta')).toContain('மார்ச்');
  });

  it('reads and writes Indian mobile numbers', () => {
    expect(toE164('98765 43210')).toBe('+919876543210');
    expect(toE164('098765-43210')).toBe('+919876543210');
    expect(toE164('+91 98765 43210')).toBe('+919876543210');
    expect(toE164('12345')).toBeNull();
    expect(formatPhone('+919876543210')).toBe('+91 98765 43210');
  });
});
