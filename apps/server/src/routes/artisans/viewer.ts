import type { Actor } from '@shebalance/core';
import type { FastifyRequest } from 'fastify';

/**
 * Who is looking, for routes open to everyone: the signed-in actor, or undefined for anonymous callers
 * and for staff whose session has not passed MFA (they see only what anyone sees).
 */
export function viewerOf(request: FastifyRequest): Actor | undefined {
  const actor = request.actor;
  if (!actor || actor.mfaRequiredButMissing) return undefined;
  return { userId: actor.userId, role: actor.role, mfa: actor.mfa };
}
