import { AppError, forbidden, unauthorized, type Actor, type Role, type User } from '@shebalance/core';
import { authenticate } from '@shebalance/core/usecases/auth/authenticate';
import type { FastifyInstance, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { Container } from '../container';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor & { user: User; mfaRequiredButMissing: boolean };
    actorLang?: string;
  }
}

export interface Guard {
  /** Requires a valid bearer token; optionally one of `roles`. Staff roles also need a TOTP-verified session. */
  require(roles?: Role[], options?: { allowWithoutMfa?: boolean }): preHandlerHookHandler;
  /** Reads the bearer token when present, for routes that show more to some callers. */
  optional(): preHandlerHookHandler;
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthorized('error.token_invalid');
  return token;
}

export function createGuard(container: Container): Guard {
  const resolve = async (request: FastifyRequest, token: string) => {
    const result = await authenticate(container.deps, token);
    request.actor = result;
    request.actorLang = result.user.preferredLanguage;
    return result;
  };
  return {
    require(roles, options = {}) {
      return async (request) => {
        const token = bearer(request);
        if (!token) throw unauthorized();
        const actor = await resolve(request, token);
        if (roles && !roles.includes(actor.role)) throw forbidden();
        if (actor.mfaRequiredButMissing && !options.allowWithoutMfa)
          throw new AppError('forbidden', 'mfa.required', {}, { code: 'mfa-required' });
      };
    },
    optional() {
      return async (request) => {
        const token = bearer(request);
        if (token) await resolve(request, token);
      };
    },
  };
}

export function registerAuth(app: FastifyInstance) {
  app.decorateRequest('actor', undefined);
  app.decorateRequest('actorLang', undefined);
}
