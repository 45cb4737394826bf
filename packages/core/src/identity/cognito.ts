import type { Role } from './roles';

/**
 * How a Cognito user pool's `cognito:groups` become a SheBalance role, applied once, when the local
 * user is provisioned on first sight of her Cognito identity:
 *
 * - a group named `admin` → admin; else `reviewer` → reviewer (the pool's administrators decide who
 *   is staff, so staff groups are honoured — these accounts still need TOTP before acting as staff);
 * - else `buyer` → buyer; anything else (no groups, unknown groups) → artisan.
 *
 * Afterwards the local role is authoritative and changes only through the admin API; a Cognito identity
 * linked to an existing account (same verified phone number) keeps that account's role.
 */
export function roleFromCognitoGroups(groups: readonly string[]): Role {
  const names = new Set(groups.map((g) => g.trim().toLowerCase()));
  if (names.has('admin')) return 'admin';
  if (names.has('reviewer')) return 'reviewer';
  if (names.has('buyer')) return 'buyer';
  return 'artisan';
}

/** E.164: a plus, a non-zero country digit, 8–15 digits in all (Cognito stores `phone_number` this way). */
export const isE164 = (phone: string) => /^\+[1-9]\d{7,14}$/.test(phone);
