import { AppError, forbidden } from '../../shared/errors';
import type { Actor } from '../deps';

/** Admin actions need an admin whose session passed TOTP. */
export function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw forbidden();
  if (!actor.mfa) throw new AppError('forbidden', 'mfa.required', {}, { code: 'mfa-required' });
}
