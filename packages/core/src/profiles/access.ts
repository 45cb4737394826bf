import type { Actor } from '../usecases/deps';

/**
 * Object-level rules for profiles. `actor` is undefined for anonymous callers and for staff whose session
 * has not passed MFA (they see only what anyone sees).
 */

/** Her private data (availability, location, consents, phone): the owner herself and admins. */
export const canSeePrivateProfile = (actor: Actor | undefined, ownerId: string): boolean =>
  !!actor && (actor.userId === ownerId || actor.role === 'admin');

/** A phone number is shown to its owner and to admins only. */
export const canSeePhone = canSeePrivateProfile;

/** Reviewers manage the artisans they onboarded; admins manage everyone. */
export const canManageArtisan = (actor: Actor, profile: { createdBy: string | null }): boolean =>
  actor.role === 'admin' || (actor.role === 'reviewer' && profile.createdBy === actor.userId);
