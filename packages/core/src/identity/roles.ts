export const ROLES = ['artisan', 'buyer', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person may choose for herself when a new phone number signs in. */
export const SELF_SERVICE_ROLES: readonly Role[] = ['artisan', 'buyer'];

/** Roles whose sessions must pass TOTP multi-factor authentication before they act as that role. */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['reviewer', 'admin'];

export const isStaff = (role: Role) => role === 'reviewer' || role === 'admin';
