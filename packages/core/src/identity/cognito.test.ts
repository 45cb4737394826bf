import { describe, expect, it } from 'vitest';
import { isE164, roleFromCognitoGroups } from './cognito';

describe('Cognito group → role rule', () => {
  it('honours staff groups, then buyer, and defaults to artisan', () => {
    expect(roleFromCognitoGroups(['buyer', 'admin'])).toBe('admin');
    expect(roleFromCognitoGroups(['Reviewer'])).toBe('reviewer');
    expect(roleFromCognitoGroups(['buyer', 'newsletter'])).toBe('buyer');
    expect(roleFromCognitoGroups(['superuser', 'administrators'])).toBe('artisan');
    expect(roleFromCognitoGroups([])).toBe('artisan');
  });

  it('accepts only E.164 phone numbers', () => {
    expect(isE164('+919876543210')).toBe(true);
    expect(isE164('9876543210')).toBe(false);
    expect(isE164('+0123456789')).toBe(false);
    expect(isE164('+91 98765 43210')).toBe(false);
  });
});
