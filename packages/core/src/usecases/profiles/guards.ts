import { isStaff, type Role } from '../../identity/roles';
import { AppError, forbidden } from '../../shared/errors';
import type { Actor } from '../deps';

/** Access checks the profile use cases run first. */
export function requireRole(actor: Actor, role: Role): void {
  if (actor.role !== role) throw new AppError('forbidden', 'profile.wrong_role', { role });
}

/** Reviewers and admins, with a session that passed multi-factor authentication. */
export function requireStaff(actor: Actor): void {
  if (!isStaff(actor.role)) throw forbidden();
  if (!actor.mfa) throw new AppError('forbidden', 'mfa.required', {}, { code: 'mfa-required' });
}
